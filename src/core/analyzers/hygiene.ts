/**
 * Text hygiene (editorial-rules.md §5): characters that break search, matching and tags, or that a desk corrects
 * by hand every day — Persian look-alike letters, invisible characters, Persian and mixed digits, Latin punctuation
 * in Arabic runs, tatweel in body text, and hamza errors from a high-precision list. Every check has a quick fix
 * where a safe one exists. Nothing is rewritten silently.
 */
import { QAT_MISSING, WASL_WRITTEN_AS_QAT } from '../lexicon/hygiene';
import { isInvisible, PERSIAN_LOOKALIKES } from '../normalize/normalize';
import { isArabicLetter } from '../tokenize/charClasses';
import type { Doc, Token } from '../types';
import type { Analyzer, Context } from './analyzer';
import { PrefixFilter } from './phrases';

/** Final Persian yeh in these words stands for ى (alef maqsura), not ي. */
const MAQSURA_WORDS = new Set(['على', 'إلى', 'الى', 'حتى', 'متى', 'لدى', 'مستشفى', 'مصطفى', 'موسى', 'عيسى', 'يحيى', 'ليلى', 'سلمى', 'منى', 'هدى', 'كبرى', 'صغرى', 'أخرى', 'اخرى', 'أولى', 'اولى', 'ذكرى', 'مدى', 'سوى', 'أدنى', 'أقصى', 'أعلى', 'مبنى', 'معنى', 'مستوى', 'فتوى', 'دعوى', 'شكوى', 'قتلى', 'جرحى', 'أسرى', 'مرضى', 'بشرى', 'كسرى', 'رضا', 'عسى', 'لقى', 'بقى', 'أعطى', 'ألقى', 'أجرى', 'أبدى', 'نفى', 'روى', 'رأى', 'مضى']);

/** The g-sound letters: flagged, with no fix, because the Arabic letter depends on the newsroom (ج غ ق ك). */
const G_LETTERS = new Set([0x06af, 0x06a8, 0x0763]);

/** The analyzer. */
export const hygiene: Analyzer = {
	name: 'hygiene',
	rules: [
		{
			id: 'hygiene.persian-letter',
			defaultLevel: 'error',
			title: 'Persian look-alike letter',
			description: 'A Persian or Urdu letter that looks like an Arabic one (ک، ی، ە، ھ، ۀ، ے) is a different character: search, tags and names do not match it.',
			descriptionAr: 'حرف فارسي أو أردي يشبه حرفاً عربياً (ک، ی، ە، ھ، ۀ، ے) وهو رمز مختلف: لا يطابقه البحث ولا الوسوم ولا الأسماء.',
			example: 'وقال الرئیس إن کوریا تتفاوض.',
			good: 'وقال الرئيس إن كوريا تتفاوض.',
		},
		{
			id: 'hygiene.invisible-character',
			defaultLevel: 'warning',
			title: 'Invisible character',
			description: 'An invisible character (zero-width space or joiner, a direction mark, a bidi control, a byte-order mark inside the text, a soft hyphen) breaks search and matching, and no reader can see it.',
			descriptionAr: 'رمز غير مرئي (مسافة أو واصل صفري العرض، علامة اتجاه، رمز تحكم ثنائي الاتجاه، علامة ترتيب البايتات داخل النص، شرطة ناعمة) يُفسد البحث والمطابقة ولا يراه القارئ.',
			example: 'وقال الوزير\u200F إن الحكومة ستعمل.',
			good: 'وقال الوزير إن الحكومة ستعمل.',
		},
		{
			id: 'hygiene.persian-digit',
			defaultLevel: 'warning',
			title: 'Persian digit',
			description: 'Persian digits (۰–۹) are different characters from the Arabic-Indic ones (٠–٩), and ۴ ۵ ۶ look different.',
			descriptionAr: 'الأرقام الفارسية (۰–۹) رموز مختلفة عن الأرقام العربية الهندية (٠–٩)، والأرقام ۴ ۵ ۶ تختلف في شكلها.',
			example: 'قُتل ۴ أشخاص.',
			good: 'قُتل ٤ أشخاص.',
		},
		{
			id: 'hygiene.mixed-digits',
			defaultLevel: 'info',
			title: 'Mixed digit systems',
			description: 'The article writes numbers both in Arabic-Indic digits (٠–٩) and in Western digits (0–9); a house style uses one.',
			descriptionAr: 'يكتب الخبر الأعداد بالأرقام العربية الهندية (٠–٩) وبالأرقام الغربية (0–9) معاً؛ الأسلوب المعتمد نظام واحد.',
			example: 'قُتل ٤ أشخاص وجُرح 12.',
			good: 'قُتل ٤ أشخاص وجُرح ١٢.',
		},
		{
			id: 'hygiene.latin-punctuation',
			defaultLevel: 'info',
			title: 'Latin punctuation in Arabic',
			description: 'A Latin comma, semicolon or question mark between Arabic words; Arabic uses ، ؛ ؟.',
			descriptionAr: 'فاصلة أو فاصلة منقوطة أو علامة استفهام لاتينية بين كلمات عربية؛ تُكتب بالعربية ، ؛ ؟.',
			example: 'وقال الوزير, إن الحكومة ستعمل.',
			good: 'وقال الوزير، إن الحكومة ستعمل.',
		},
		{
			id: 'hygiene.tatweel',
			defaultLevel: 'hint',
			title: 'Tatweel in body text',
			description: 'Tatweel (ـ) stretches a word for display; in body text it breaks search. It is correct after لـ بـ كـ before a quote mark, a digit or a Latin word (لـ«رويترز»، بـ2025).',
			descriptionAr: 'التطويل (ـ) يمدّ الكلمة للعرض، وفي متن الخبر يُفسد البحث. وهو صحيح بعد لـ بـ كـ قبل علامة تنصيص أو رقم أو كلمة لاتينية (لـ«رويترز»، بـ2025).',
			example: 'وقال الوزيـــر إن الحكومة ستعمل.',
			good: 'وقال الوزير لـ«رويترز» إن الحكومة ستعمل.',
		},
		{
			id: 'hygiene.hamza-wasl',
			defaultLevel: 'info',
			title: 'Hamza on a connecting alef',
			description: 'A word that begins with a connecting alef (hamzat al-wasl) is written with إ: اسم، ابن، امرأة، اثنان، and the masdars of forms VII, VIII and X (انتخابات، اجتماع، استقالة).',
			descriptionAr: 'كلمة تبدأ بهمزة وصل كُتبت بالهمزة «إ»: اسم، ابن، امرأة، اثنان، ومصادر الأفعال الخماسية والسداسية (انتخابات، اجتماع، استقالة).',
			example: 'وعقد إجتماع لمناقشة الإتفاق.',
			good: 'وعقد اجتماع لمناقشة الاتفاق.',
		},
		{
			id: 'hygiene.hamza-missing',
			defaultLevel: 'hint',
			title: 'Missing hamza',
			description: 'A word that always takes a hamza on its alef is written without it (اكد for أكد، امس for أمس). Some outlets drop hamzas by house style: turn this rule off there.',
			descriptionAr: 'كلمة تُكتب دائماً بالهمزة وردت دونها (اكد بدل أكد، امس بدل أمس). بعض المؤسسات تحذف الهمزة في أسلوبها: أوقف هذه القاعدة عندها.',
			example: 'واكد الوزير امس أن الحكومة ستعمل.',
			good: 'وأكد الوزير أمس أن الحكومة ستعمل.',
		},
	],
	run(ctx: Context): void {
		const { doc } = ctx;
		scanCharacters(ctx, doc);
		scanWords(ctx, doc);
	},
};

interface Tables {
	readonly wasl: ReadonlyMap<string, string>;
	readonly missing: ReadonlyMap<string, string>;
	readonly filter: PrefixFilter;
}

let tables: Tables | undefined;

function lists(): Tables {
	if (tables === undefined) {
		// Looked up on the token as written (hamza forms matter here), with the conjunction و allowed before.
		const wasl = new Map(WASL_WRITTEN_AS_QAT.flatMap(([bad, good]) => [[bad, good], ['و' + bad, 'و' + good]] as Array<[string, string]>));
		const missing = new Map(QAT_MISSING);
		const filter = new PrefixFilter();
		for (const k of [...wasl.keys(), ...missing.keys()]) {
			filter.add(k);
		}
		tables = { wasl, missing, filter };
	}
	return tables;
}

/**
 * The spans of the «كلمات دلالية» tag lines (checked by the tags analyzer instead), found once per document so a
 * long line with many Persian letters costs no more than a short one.
 */
function tagLineSpans(doc: Doc): Array<{ start: number; end: number }> {
	const out: Array<{ start: number; end: number }> = [];
	for (const p of doc.paragraphs) {
		const head = doc.text.slice(p.start, Math.min(p.end, p.start + 24)).replace(/[\u064B-\u065F\u0640\s]/g, '');
		if (/^(كلمات|کلمات)(دلالية|دلالیة|مفتاحية|مفتاحیة)/.test(head)) {
			out.push({ start: p.start, end: p.end });
		}
	}
	return out;
}

/** Persian letters, g-letters, invisible characters and Persian digits: one pass over the characters. */
function scanCharacters(ctx: Context, doc: Doc): void {
	const text = doc.text;
	const tagLines = tagLineSpans(doc);
	const n = text.length;
	let arabicIndic = 0;
	let western = 0;
	const numbers: Array<{ start: number; end: number; system: 'arabic' | 'western' | 'persian' }> = [];
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x0600 && c !== 0x00ad && !(c >= 0x30 && c <= 0x39)) {
			continue;
		}
		if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) {
			const system = c <= 0x39 ? 'western' : c <= 0x0669 ? 'arabic' : 'persian';
			let j = i + 1;
			while (j < n && sameSystem(text.charCodeAt(j), system)) {
				j++;
			}
			numbers.push({ start: i, end: j, system });
			if (system === 'arabic') {
				arabicIndic++;
			} else if (system === 'western') {
				western++;
			}
			i = j - 1;
			continue;
		}
		// Persian look-alikes live in U+06A8–U+06D5 and U+0763: a range test before the table keeps this pass cheap.
		if (((c >= 0x06a8 && c <= 0x06d5) || c === 0x0763) && (PERSIAN_LOOKALIKES.has(c) || G_LETTERS.has(c))) {
			// Report the whole word, once, with the letters replaced.
			let s = i;
			while (s > 0 && isWordChar(text.charCodeAt(s - 1))) {
				s--;
			}
			let e = i + 1;
			while (e < n && isWordChar(text.charCodeAt(e))) {
				e++;
			}
			if (!tagLines.some((l) => l.start <= i && i < l.end)) {
				reportPersianWord(ctx, text, s, e);
			}
			i = e - 1;
			continue;
		}
		if ((c >= 0x200b || c === 0x061c || c === 0x00ad) && isInvisible(c) && !(c === 0xfeff && i === 0)) {
			let e = i + 1;
			while (e < n && isInvisible(text.charCodeAt(e))) {
				e++;
			}
			ctx.report({
				ruleId: 'hygiene.invisible-character',
				start: i,
				end: e,
				message: `Invisible character${e - i > 1 ? 's' : ''} ${[...text.slice(i, e)].map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}: it breaks search and matching.`,
				messageAr: 'رمز غير مرئي يُفسد البحث والمطابقة.',
				fixes: [{ title: 'Remove the invisible character', preferred: true, edits: [{ start: i, end: e, newText: '' }] }],
			});
			i = e - 1;
		}
	}
	const majority: 'arabic' | 'western' = arabicIndic >= western ? 'arabic' : 'western';
	for (const num of numbers) {
		if (num.system === 'persian') {
			const target = arabicIndic === 0 && western > 0 ? 'western' : 'arabic';
			ctx.report({
				ruleId: 'hygiene.persian-digit',
				start: num.start,
				end: num.end,
				message: `Persian digits in «${text.slice(num.start, num.end)}»: use ${target === 'arabic' ? 'Arabic-Indic digits (٠–٩)' : 'Western digits (0–9)'}.`,
				messageAr: 'أرقام فارسية: استخدم الأرقام المعتمدة في الخبر.',
				fixes: [{ title: 'Convert the digits', preferred: true, edits: [{ start: num.start, end: num.end, newText: convertDigits(text.slice(num.start, num.end), target) }] }],
			});
		} else if (arabicIndic > 0 && western > 0 && num.system !== majority) {
			ctx.report({
				ruleId: 'hygiene.mixed-digits',
				start: num.start,
				end: num.end,
				message: `«${text.slice(num.start, num.end)}» uses ${num.system === 'arabic' ? 'Arabic-Indic' : 'Western'} digits while most numbers in the article use ${majority === 'arabic' ? 'Arabic-Indic' : 'Western'} ones.`,
				messageAr: 'نظام أرقام يخالف أغلب أرقام الخبر.',
				fixes: [{ title: 'Convert the digits', edits: [{ start: num.start, end: num.end, newText: convertDigits(text.slice(num.start, num.end), majority) }] }],
			});
		}
	}
}

function sameSystem(c: number, system: 'arabic' | 'western' | 'persian'): boolean {
	return system === 'western' ? c >= 0x30 && c <= 0x39 : system === 'arabic' ? c >= 0x0660 && c <= 0x0669 : c >= 0x06f0 && c <= 0x06f9;
}

function convertDigits(s: string, target: 'arabic' | 'western'): string {
	let out = '';
	for (const ch of s) {
		const c = ch.charCodeAt(0);
		const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x0660 && c <= 0x0669 ? c - 0x0660 : c >= 0x06f0 && c <= 0x06f9 ? c - 0x06f0 : -1;
		out += d < 0 ? ch : String.fromCharCode((target === 'arabic' ? 0x0660 : 0x30) + d);
	}
	return out;
}

function isWordChar(c: number): boolean {
	return isArabicLetter(c) || (c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670;
}

function reportPersianWord(ctx: Context, text: string, s: number, e: number): void {
	const word = text.slice(s, e);
	let fixed = '';
	let fixable = true;
	for (let k = 0; k < word.length; k++) {
		const c = word.charCodeAt(k);
		if (G_LETTERS.has(c)) {
			fixable = false;
			fixed += word[k];
			continue;
		}
		const arabic = PERSIAN_LOOKALIKES.get(c);
		if (arabic === undefined) {
			fixed += word[k];
			continue;
		}
		// A final Persian yeh is ى in words that end in alef maqsura (على، إلى، مستشفى), ي elsewhere.
		const final = k === word.length - 1 || !isArabicLetter(word.charCodeAt(k + 1));
		fixed += c === 0x06cc && final && MAQSURA_WORDS.has(fixed + 'ى') ? 'ى' : arabic;
	}
	ctx.report({
		ruleId: 'hygiene.persian-letter',
		start: s,
		end: e,
		message: fixable ? `«${word}» is written with Persian look-alike letters; in Arabic it is «${fixed}».` : `«${word}» uses a Persian letter for the g sound (گ، ڨ، ݣ); write it with the letter of your house style (ج، غ، ق).`,
		messageAr: fixable ? `«${word}» مكتوبة بحروف فارسية مشابهة؛ تُكتب بالعربية «${fixed}».` : `«${word}» فيها حرف فارسي لصوت الجيم غير المعطشة؛ اكتبه بحرف الأسلوب المعتمد (ج، غ، ق).`,
		fixes: fixable ? [{ title: `Write «${fixed}»`, preferred: true, edits: [{ start: s, end: e, newText: fixed }] }] : undefined,
	});
}

/** Latin punctuation in Arabic runs, tatweel in body text, hamza errors: one pass over the tokens. */
function scanWords(ctx: Context, doc: Doc): void {
	const toks = doc.tokens;
	const t = lists();
	for (let i = 0; i < toks.length; i++) {
		const tok = toks[i]!;
		if (tok.kind === 'punct' && (tok.text === ',' || tok.text === ';' || tok.text === '?')) {
			if (isArabicWord(toks[i - 1]) && !tok.spaceBefore && (isArabicWord(toks[i + 1]) || tok.text === '?')) {
				const arabic = tok.text === ',' ? '،' : tok.text === ';' ? '؛' : '؟';
				ctx.report({
					ruleId: 'hygiene.latin-punctuation',
					start: tok.start,
					end: tok.end,
					message: `Latin «${tok.text}» in Arabic text: write «${arabic}».`,
					messageAr: `علامة لاتينية «${tok.text}» في نص عربي: اكتب «${arabic}».`,
					fixes: [{ title: `Replace with «${arabic}»`, preferred: true, edits: [{ start: tok.start, end: tok.end, newText: arabic }] }],
				});
			}
			continue;
		}
		if (tok.kind !== 'word' || tok.script !== 'arabic') {
			continue;
		}
		const tatweel = tok.text.indexOf('ـ');
		if (tatweel >= 0 && !allowedTatweel(toks, i)) {
			ctx.report({
				ruleId: 'hygiene.tatweel',
				start: tok.start,
				end: tok.end,
				message: `Tatweel in «${tok.text}»: it breaks search; write «${tok.text.replace(/ـ/g, '')}».`,
				messageAr: `تطويل في «${tok.text}» يُفسد البحث.`,
				fixes: [{ title: 'Remove the tatweel', preferred: true, edits: [{ start: tok.start, end: tok.end, newText: tok.text.replace(/ـ/g, '') }] }],
			});
		}
		// Only a word with إ, or one that starts with ا (after an optional و), can be on the hamza lists.
		const text = tok.text;
		const c0 = text.charCodeAt(0);
		if (text.indexOf('إ') < 0 && c0 !== 0x0627 && !(c0 === 0x0648 && text.charCodeAt(1) === 0x0627)) {
			continue;
		}
		const plain = text.replace(/[\u064B-\u065F\u0640\u0670]/g, '');
		// Proclitics and the article stay as written: «والإتفاق» → «والاتفاق».
		const prefix = /^[وف]?[بلك]?(ال)?/.exec(plain)?.[0] ?? '';
		const bare = prefix.endsWith('ال') || prefix.length > 0 && t.filter.mayMatch(plain.slice(prefix.length)) ? plain.slice(prefix.length) : plain;
		const lead = plain.slice(0, plain.length - bare.length);
		if (!t.filter.mayMatch(bare) && !t.filter.mayMatch(plain)) {
			continue;
		}
		const waslBare = t.wasl.get(bare);
		const wasl = waslBare === undefined ? undefined : lead + waslBare;
		if (wasl !== undefined) {
			ctx.report({
				ruleId: 'hygiene.hamza-wasl',
				start: tok.start,
				end: tok.end,
				message: `«${tok.text}» begins with a connecting alef: write «${wasl}».`,
				messageAr: `«${tok.text}» تبدأ بهمزة وصل: تُكتب «${wasl}».`,
				fixes: plain === tok.text ? [{ title: `Write «${wasl}»`, preferred: true, edits: [{ start: tok.start, end: tok.end, newText: wasl }] }] : undefined,
			});
			continue;
		}
		// The missing-hamza list spells its conjunction forms out (واكد), so it is looked up on the word as written.
		const missing = t.missing.get(plain);
		if (missing !== undefined) {
			ctx.report({
				ruleId: 'hygiene.hamza-missing',
				start: tok.start,
				end: tok.end,
				message: `«${tok.text}» is missing its hamza: «${missing}».`,
				messageAr: `«${tok.text}» تنقصها الهمزة: «${missing}».`,
				fixes: plain === tok.text ? [{ title: `Write «${missing}»`, preferred: true, edits: [{ start: tok.start, end: tok.end, newText: missing }] }] : undefined,
			});
		}
	}
}

function isArabicWord(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'word' && t.script === 'arabic';
}

/** لـ بـ كـ (and و/ف before them) glued to a quote mark, a digit or a Latin word is correct style. */
function allowedTatweel(toks: readonly Token[], i: number): boolean {
	const t = toks[i]!;
	// «هـ» after a year is the abbreviation of the Hijri era (1436هـ، 1436 هـ).
	if (/^هـ+$/.test(t.text)) {
		const prev = toks[i - 1];
		return prev !== undefined && prev.kind === 'number';
	}
	// A proclitic or the article standing before a number, a quotation or a Latin word, glued or not: «لـ"103"»،
	// «الـ 11»، «بالـ iPhone».
	if (!/^[وف]?(?:[لبك]|[بلك]?ال|لل)ـ+$/.test(t.text)) {
		return false;
	}
	const next = toks[i + 1];
	return next !== undefined && (next.kind === 'quote' || next.kind === 'number' || next.script === 'latin');
}
