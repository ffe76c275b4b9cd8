/**
 * One name, two spellings (editorial-rules.md §5): a foreign name transliterated two ways in one article
 * (جونج/جونغ، شويجو/شويغو، ترمب/ترامب، زيلينسكي/زيلنسكي). The words of every entity mention are grouped by their
 * transliteration skeleton (`ner/skeleton.ts`); in a group with more than one spelling, every use of a minority
 * spelling is reported with a quick fix to the majority spelling. The workspace house style
 * (`AnalyzeOptions.houseStyle`, from `.isnad/house-style.json`) overrides the majority, and a spelling it lists as a
 * variant is reported even when the article uses no other.
 *
 * A word outside any mention joins a group too when its skeleton is exactly that of a name word of the group and it
 * is long enough (four letters or more) to make a chance match unlikely: the model may miss one spelling of a name
 * it found elsewhere («بعد زيارة شويغو»).
 */
import { matchKey } from '../normalize/normalize';
import { typeProcliticLength, typeSkeleton, type Mention } from '../ner/recognize';
import { linkSkeletons } from '../ner/skeleton';
import { bareSegments, beginDocument, documentWords, isCurrent, newStamp, typeOf, type DocumentWords, type WordType } from '../ner/vocab';
import type { Token } from '../types';
import type { Analyzer, Context } from './analyzer';
import { ENTITY_MENTIONS, ENTITY_WORDS } from './entities';
import { words } from './words';

const RULE = 'names.spelling-variant';

/** One use of a name word: where the word (without its proclitic) is, and how it is spelled. */
interface Use {
	readonly start: number;
	readonly end: number;
	/** The word as written, proclitic left out. */
	readonly surface: string;
	/** Its matching key. */
	readonly key: string;
	/** Whether the use is inside an entity mention. */
	readonly inEntity: boolean;
	/** The type of its key. */
	readonly type: WordType;
}

/** Name words shorter than this are not checked (كيم، بان): too many unrelated words share a short skeleton. */
const MIN_LETTERS = 3;
/** Words outside mentions must be at least this long to join a group. */
const MIN_LETTERS_OUTSIDE = 4;

/** The use of token `t` (of type `type`) with the first `strip` key letters (a proclitic) left out. */
function useOf(t: Token, type: WordType, strip: number, inEntity: boolean): Use {
	let start = t.start;
	if (strip > 0) {
		let consumed = 0;
		let i = 0;
		while (i < t.text.length && consumed < strip) {
			consumed += matchKey(t.text[i]!).length;
			i++;
		}
		while (i < t.text.length && matchKey(t.text[i]!) === '') {
			i++;
		}
		start = t.start + i;
	}
	const surface = t.text.slice(start - t.start);
	const key = strip > 0 ? t.key.slice(strip) : t.key;
	return { start, end: t.end, surface, key, inEntity, type: strip > 0 ? typeOf(key) : type };
}

/** Whether a word is a function word (preposition, particle, complementizer, time word), remembered per type. */
function isFunctionWord(t: WordType): boolean {
	if (t.functionWord < 0) {
		const fw = words();
		const k = t.key;
		t.functionWord = fw.prepositions.has(k) || fw.particles.has(k) || fw.complementizers.has(k) || fw.time.has(k) ? 1 : 0;
	}
	return t.functionWord === 1;
}

/**
 * How many proclitic letters to strip from a word outside the mentions so that it joins a name (see the module
 * comment), or -1 when it does not: the word itself or without a proclitic attested in the article (never the
 * article), else the word without any proclitic but the article that fits.
 */
function outsideStrip(t: WordType, docStamp: number, fits: (k: WordType) => boolean): number {
	if (isFunctionWord(t)) {
		return -1;
	}
	const strip = typeProcliticLength(t, docStamp, undefined);
	if (fits(strip > 0 ? typeOf(t.key.slice(strip)) : t)) {
		return strip;
	}
	let found = -1;
	for (const seg of bareSegments(t)) {
		if (fits(seg.stem)) {
			found = seg.prefix;
		}
	}
	return found;
}

/** The analyzer. */
export const names: Analyzer = {
	name: 'names',
	rules: [
		{
			id: RULE,
			defaultLevel: 'warning',
			title: 'One name spelled two ways',
			description:
				'The same foreign name is transliterated two ways in one article (جونج/جونغ، ترمب/ترامب). Pick one spelling — the house style, else the majority — and use it throughout.',
			descriptionAr: 'اسم أجنبي واحد كُتب بطريقتين في المقال نفسه (جونج/جونغ، ترمب/ترامب). اعتمد رسماً واحداً، رسم الدار أو الأكثر وروداً، والتزمه في المقال كله.',
			standard: 'editorial-rules.md §5 — consistent transliteration of foreign names',
			example: 'التقى كيم جونج أون ... وقال كيم جونغ أون',
			good: 'التقى كيم جونغ أون ... وقال كيم جونغ أون',
		},
	],
	run(ctx: Context): void {
		if (ctx.options.entities === false || !ctx.enabled(RULE)) {
			return;
		}
		const mentions = ctx.scratch.get(ENTITY_MENTIONS) as readonly Mention[] | undefined;
		if (mentions === undefined || mentions.length === 0) {
			return;
		}
		const toks = ctx.doc.tokens;
		// The types of the words, as the recognizer looked them up (unless the vocabulary has started afresh since).
		beginDocument();
		let words = ctx.scratch.get(ENTITY_WORDS) as DocumentWords | undefined;
		if (words === undefined || !isCurrent(words) || words.types.length !== toks.length) {
			words = documentWords(toks);
		}
		const types = words.types;
		const docStamp = words.stamp;
		const uses: Use[] = [];
		const inMention = new Uint8Array(toks.length);
		for (const m of mentions) {
			for (let i = m.first; i < m.end; i++) {
				inMention[i] = 1;
				const t = toks[i]!;
				if (t.kind !== 'word' || t.script !== 'arabic') {
					continue;
				}
				const u = useOf(t, types[i]!, i === m.first ? m.stripped : 0, true);
				if (u.key.length >= MIN_LETTERS) {
					uses.push(u);
				}
			}
		}
		// House style: variant key → preferred spelling, and preferred key → preferred spelling.
		const house = new Map<string, string>();
		const housePreferred = new Map<string, string>();
		for (const [variant, preferred] of Object.entries(ctx.options.houseStyle ?? {})) {
			if (typeof preferred === 'string' && preferred.trim() !== '' && variant.trim() !== '') {
				house.set(matchKey(variant.trim()), preferred.trim());
				housePreferred.set(matchKey(preferred.trim()), preferred.trim());
			}
		}
		// Words outside mentions whose skeleton is a name word's skeleton.
		const nameSkeletons = new Set(uses.map((u) => typeSkeleton(u.type)));
		const fits = (k: WordType): boolean => k.key.length >= MIN_LETTERS_OUTSIDE && !isFunctionWord(k) && (nameSkeletons.has(typeSkeleton(k)) || house.has(k.key));
		// What a word type outside the mentions contributes depends on its key alone (in this document): how many
		// letters to strip, or -1 when it is not a name. Worked out once per type (`memoValue` holds it for this pass).
		const pass = newStamp();
		for (let i = 0; i < toks.length; i++) {
			const t = toks[i]!;
			if (inMention[i] === 1 || t.kind !== 'word' || t.script !== 'arabic') {
				continue;
			}
			const type = types[i]!;
			if (type.memo !== pass) {
				type.memo = pass;
				type.memoValue = outsideStrip(type, docStamp, fits);
			}
			const strip = type.memoValue;
			if (strip >= 0) {
				uses.push(useOf(t, type, strip, false));
			}
		}
		if (uses.length === 0) {
			return;
		}
		uses.sort((a, b) => a.start - b.start);
		// Spellings, their counts and first surfaces; groups of linked skeletons.
		const spellings: string[] = [];
		const index = new Map<string, number>();
		const counts: number[] = [];
		const firstSurface: string[] = [];
		const inEntity: boolean[] = [];
		const spellingTypes: WordType[] = [];
		for (const u of uses) {
			let k = index.get(u.key);
			if (k === undefined) {
				k = spellings.length;
				index.set(u.key, k);
				spellings.push(u.key);
				spellingTypes.push(u.type);
				counts.push(0);
				firstSurface.push(u.surface);
				inEntity.push(false);
			}
			counts[k]!++;
			inEntity[k] ||= u.inEntity;
		}
		const groups = linkSkeletons(spellingTypes.map(typeSkeleton));
		const members = new Map<number, number[]>();
		spellings.forEach((_, k) => {
			const g = groups[k]!;
			const list = members.get(g) ?? [];
			list.push(k);
			members.set(g, list);
		});
		/** Per spelling: the spelling to use instead (as written), or undefined when it is fine. */
		const fixTo: Array<{ text: string; why: 'house' | 'majority' } | undefined> = spellings.map(() => undefined);
		for (const list of members.values()) {
			// A group needs a spelling found inside a mention or listed by the house style: other words only join names.
			if (!list.some((k) => inEntity[k] || house.has(spellings[k]!))) {
				continue;
			}
			let preferred: { key: string; text: string; why: 'house' | 'majority' } | undefined;
			for (const k of list) {
				const h = house.get(spellings[k]!) ?? housePreferred.get(spellings[k]!);
				if (h !== undefined) {
					preferred = { key: matchKey(h), text: h, why: 'house' };
					break;
				}
			}
			if (preferred === undefined) {
				if (list.length < 2) {
					continue;
				}
				let best = list[0]!;
				for (const k of list) {
					if (counts[k]! > counts[best]!) {
						best = k;
					}
				}
				preferred = { key: spellings[best]!, text: firstSurface[best]!, why: 'majority' };
			}
			for (const k of list) {
				if (spellings[k] !== preferred.key) {
					fixTo[k] = { text: preferred.text, why: preferred.why };
				}
			}
		}
		for (const u of uses) {
			const to = fixTo[index.get(u.key)!];
			if (to === undefined) {
				continue;
			}
			const others = `«${to.text}»`;
			const message =
				to.why === 'house'
					? `«${u.surface}»: the house style spells this name ${others}.`
					: `«${u.surface}» is spelled ${others} elsewhere in this article; use one spelling of a name throughout.`;
			const messageAr = to.why === 'house' ? `«${u.surface}»: رسم الدار لهذا الاسم ${others}.` : `«${u.surface}» ورد في موضع آخر من المقال بالرسم ${others}؛ التزم رسماً واحداً للاسم.`;
			ctx.report({
				ruleId: RULE,
				start: u.start,
				end: u.end,
				message,
				messageAr,
				fixes: [{ title: `Spell it ${to.text}`, edits: [{ start: u.start, end: u.end, newText: to.text }], preferred: true }],
			});
		}
	},
};
