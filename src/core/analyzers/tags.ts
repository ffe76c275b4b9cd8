/**
 * Keyword tags: suggests tags when asked (`options.tags`; the editor's per-keystroke analysis does not), and checks an
 * existing «كلمات دلالية:» line wherever it is: tags written with Persian look-alike letters, and tags that never
 * occur in the article.
 */
import { matchKey, PERSIAN_LOOKALIKES } from '../normalize/normalize';
import { generateTags } from '../tags/generate';
import { hasPersianLetters, readTagLines, type TagLineItem } from '../tags/tagLine';
import type { Doc } from '../types';
import type { Analyzer, Context } from './analyzer';

/** The analyzer. */
export const tags: Analyzer = {
	name: 'tags',
	rules: [
		{
			id: 'tags.persian-letters',
			defaultLevel: 'warning',
			title: 'Tag written with Persian letters',
			description: 'A keyword tag on the «كلمات دلالية» line is written with Persian look-alike letters (ک ی ە): it looks right but does not match the same word written in Arabic letters, so the tag page and search miss the article.',
			descriptionAr: 'كلمة دلالية مكتوبة بحروف فارسية تشبه العربية (ک ی ە): تبدو صحيحة لكنها لا تطابق الكلمة نفسها بالحروف العربية، فتفوت المقالةَ صفحةُ الوسم والبحث.',
			standard: 'editorial-rules.md §5 — Persian/Urdu look-alikes',
			example: 'كلمات دلالية: روسيا، کوریا الشمالیة',
			good: 'كلمات دلالية: روسيا، كوريا الشمالية',
		},
		{
			id: 'tags.not-in-article',
			defaultLevel: 'hint',
			title: 'Tag not in the article',
			description: 'A keyword tag on the «كلمات دلالية» line never occurs in the article body (proclitics و/ف/ب/ل/ال aside): check that it belongs to this article.',
			descriptionAr: 'كلمة دلالية لا ترد في نص المقالة (بصرف النظر عن و/ف/ب/ل/ال): تحقق من أنها تخص هذه المقالة.',
			example: 'قال الوزير إن الحكومة ستعمل على ذلك.\nكلمات دلالية: الانتخابات',
			good: 'قال الوزير إن الحكومة ستعمل على ذلك.\nكلمات دلالية: الحكومة',
		},
	],
	run(ctx: Context): void {
		if (ctx.options.tags === true) {
			ctx.tags.push(...generateTags(ctx.doc, { count: ctx.options.tagCount ?? 6, entities: ctx.entities }));
		}
		if (ctx.enabled('tags.persian-letters') || ctx.enabled('tags.not-in-article')) {
			checkTagLines(ctx);
		}
	},
};

/**
 * The check runs on every keystroke: a text without a tag line costs one scan for the label's letters; a tag line
 * costs one pass over the body that reads only the words that may match its tags.
 */
function checkTagLines(ctx: Context): void {
	const { lines, body } = readTagLines(ctx.doc.text);
	if (lines.length === 0 || body === undefined) {
		return;
	}
	for (const line of lines) {
		for (const tag of line.tags) {
			if (hasPersianLetters(tag.text)) {
				const fixed = arabicSpelling(ctx.doc, tag, lines);
				ctx.report({
					ruleId: 'tags.persian-letters',
					start: tag.start,
					end: tag.end,
					message: `The tag «${tag.text}» is written with Persian look-alike letters; write it «${fixed}» so that it matches the article and the tag page.`,
					messageAr: `الكلمة الدلالية «${tag.text}» مكتوبة بحروف فارسية؛ اكتبها «${fixed}» لتطابق المقالة وصفحة الوسم.`,
					fixes: [{ title: `Write «${fixed}» in Arabic letters`, edits: [{ start: tag.start, end: tag.end, newText: fixed }], preferred: true }],
				});
			}
			if (/[\p{L}]/u.test(tag.text) && !body.has(tag.text)) {
				ctx.report({
					ruleId: 'tags.not-in-article',
					start: tag.start,
					end: tag.end,
					message: `The tag «${tag.text}» does not occur in the article; check that it belongs to it.`,
					messageAr: `الكلمة الدلالية «${tag.text}» لا ترد في نص المقالة؛ تحقق من أنها تخصها.`,
				});
			}
		}
	}
}

/**
 * The tag in Arabic letters: each word as the article writes the same word (same matching key) outside the tag lines,
 * or else with each Persian letter replaced by the Arabic letter it imitates (final ی becomes ي).
 */
function arabicSpelling(doc: Doc, tag: TagLineItem, lines: ReadonlyArray<{ start: number; end: number }>): string {
	// Only the keys of the tag's own words are looked for.
	const wanted = new Set<string>();
	for (const m of tag.text.matchAll(/\S+/gu)) {
		wanted.add(matchKey(m[0]));
	}
	const spelled = new Map<string, string>();
	for (const t of doc.tokens) {
		if (t.kind !== 'word' || !wanted.has(t.key) || spelled.has(t.key) || lines.some((l) => t.start >= l.start && t.start < l.end) || hasPersianLetters(t.text)) {
			continue;
		}
		spelled.set(t.key, t.text.replace(/[\u064b-\u065f\u0640]/gu, ''));
	}
	return tag.text.replace(/\S+/gu, (word) => {
		const known = spelled.get(matchKey(word));
		if (known !== undefined) {
			return known;
		}
		let out = '';
		for (const ch of word) {
			out += PERSIAN_LOOKALIKES.get(ch.charCodeAt(0)) ?? ch;
		}
		return out;
	});
}
