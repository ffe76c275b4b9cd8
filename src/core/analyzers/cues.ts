/**
 * Attribution cues: every verb of saying (in any of its generated forms) and every attribution frame of
 * editorial-rules.md §2, with the ambiguous verbs disambiguated by their context. Speakers are linked later, by the
 * attribution analyzer; this one only finds the cues and checks the verbs themselves.
 */
import { ATTRIBUTION_PHRASES, NON_CUE_FORMULAS, QAWL_NOUNS, type CueCondition, type PhraseEntry, type VerbEntry } from '../lexicon/attributionVerbs';
import { ANNA_GOVERNORS } from '../lexicon/functionWords';
import { verbForms, type VerbForm } from '../morphology/verbForms';
import { matchKey } from '../normalize/normalize';
import type { Doc, Token, VerbClass } from '../types';
import type { Analyzer, Context } from './analyzer';
import { PrefixFilter } from './phrases';
import { isClauseBreak, isColon, isComma, isComplementizer, words } from './words';

/** What the attribution analyzer needs to know about each cue, parallel to `ctx.cues`. */
export interface CueInfo {
	/** First and past-the-last token of the cue. */
	readonly first: number;
	readonly end: number;
	readonly agreement: VerbForm['agreement'] | 'none';
	/** For phrases: whether the source follows the frame (بحسب X). */
	readonly sourceFollows: boolean;
	readonly verb: VerbEntry | undefined;
	readonly phrase: PhraseEntry | undefined;
	/** Whether the verb carries an object pronoun, so the noun after it is its subject (ما قاله الوزير). */
	readonly object?: boolean;
}

/** Scratch key under which `CueInfo[]` is stored. */
export const CUE_INFO = 'cues.info';

/**
 * Verbs reported by `attribution.loaded-verb`: those that cast doubt (D) or disparage (E), and the factives that
 * imply a confession or a concession (اعترف، أقرّ). The other factives (أوضح، بيّن، كشف) are common in straight
 * copy; «كشف» with an anonymous source is a sourcing problem, checked by the sources analyzer.
 */
const LOADED: ReadonlySet<VerbClass> = new Set(['D', 'E']);
const LOADED_FACTIVES: ReadonlySet<string> = new Set(['اعترف', 'أقرّ']);

const CLASS_NAMES: Readonly<Record<VerbClass, string>> = {
	N: 'neutral',
	S: 'stance',
	O: 'opinion',
	F: 'factive: presents the claim as true',
	D: 'casts doubt on the speaker',
	A: 'accusation',
	E: 'pejorative',
};
const CLASS_NAMES_AR: Readonly<Record<VerbClass, string>> = {
	N: 'محايد',
	S: 'يصف موقف المتحدث',
	O: 'رأي أو تكهّن',
	F: 'يقدّم الكلام على أنه حقيقة',
	D: 'يشكّك في المتحدث',
	A: 'اتهام',
	E: 'ازدرائي',
};

/** The English and Arabic name of a verb class, for hovers. */
export function className(cls: VerbClass): { en: string; ar: string } {
	return { en: CLASS_NAMES[cls], ar: CLASS_NAMES_AR[cls] };
}

interface PhraseTable {
	/** Phrases by the key of their first word, longest first. */
	readonly byFirst: ReadonlyMap<string, ReadonlyArray<{ entry: PhraseEntry; keys: readonly string[] }>>;
	readonly nonCue: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
	readonly qawl: ReadonlySet<string>;
	/** Lets through only the words that may start a frame or a non-cue formula. */
	readonly filter: PrefixFilter;
}

let phraseTable: PhraseTable | undefined;

function phrases(): PhraseTable {
	if (phraseTable === undefined) {
		const byFirst = new Map<string, Array<{ entry: PhraseEntry; keys: readonly string[] }>>();
		for (const entry of ATTRIBUTION_PHRASES) {
			const keys = entry.words.map(matchKey);
			// A frame may also be written with a leading و (وبحسب، ووفقاً).
			for (const first of [keys[0]!, 'و' + keys[0]!]) {
				const list = byFirst.get(first) ?? [];
				list.push({ entry, keys: [first, ...keys.slice(1)] });
				byFirst.set(first, list);
			}
		}
		for (const list of byFirst.values()) {
			list.sort((a, b) => b.keys.length - a.keys.length);
		}
		const nonCue = new Map<string, Array<readonly string[]>>();
		for (const f of NON_CUE_FORMULAS) {
			const keys = f.map(matchKey);
			const list = nonCue.get(keys[0]!) ?? [];
			list.push(keys);
			nonCue.set(keys[0]!, list);
		}
		const filter = new PrefixFilter();
		for (const k of [...byFirst.keys(), ...nonCue.keys()]) {
			filter.add(k);
		}
		phraseTable = { byFirst, nonCue, qawl: new Set(QAWL_NOUNS.map(matchKey)), filter };
	}
	return phraseTable;
}

/** The analyzer. */
export const cues: Analyzer = {
	name: 'cues',
	rules: [
		{
			id: 'attribution.loaded-verb',
			defaultLevel: 'hint',
			title: 'Loaded verb of attribution',
			description:
				'A verb of saying that colours the statement: «زعم» and «ادّعى» cast doubt on the speaker, «اعترف» implies a confession, «كشف» presents a claim as fact. «قال» is neutral.',
			descriptionAr: 'فعل إسناد غير محايد: «زعم» و«ادّعى» يشكّكان في المتحدث، و«اعترف» يوحي باعتراف بذنب، و«كشف» يقدّم الادعاء حقيقةً. «قال» محايد.',
			standard: 'S16 — AP, Mongabay: “said” is neutral; “claimed” casts doubt; “admitted” implies a confession',
			example: 'وزعم المتحدث أن القوات انسحبت من المدينة.',
			good: 'وقال المتحدث إن القوات انسحبت من المدينة.',
		},
		{
			id: 'attribution.qala-anna',
			defaultLevel: 'warning',
			title: '«قال أن» instead of «قال إن»',
			description: 'After the verb قال and its forms, the complementizer is «إنّ», not «أنّ».',
			descriptionAr: 'بعد الفعل «قال» وتصريفاته تُكسر همزة «إنّ»، فيقال «قال إن» لا «قال أن».',
			example: 'وقال الوزير أن الحكومة ستعمل على ذلك.',
			good: 'وقال الوزير إن الحكومة ستعمل على ذلك.',
		},
	],
	run(ctx: Context): void {
		const { doc } = ctx;
		const forms = verbForms();
		const table = phrases();
		const infos: CueInfo[] = [];
		ctx.scratch.set(CUE_INFO, infos);
		const entityStarts = new Set(ctx.entities.map((e) => e.start));
		const toks = doc.tokens;
		for (let i = 0; i < toks.length; i++) {
			const t = toks[i]!;
			if (t.kind !== 'word' || t.script !== 'arabic') {
				continue;
			}
			const framed = table.filter.mayMatch(t.key);
			// Editorial formulas (يذكر أن، يشار إلى أن، الجدير بالذكر) attribute nothing.
			const formulas = framed ? table.nonCue.get(t.key) : undefined;
			if (formulas !== undefined && formulas.some((f) => matchesAt(toks, i, f))) {
				i += 1;
				continue;
			}
			const phrase = framed ? matchPhrase(doc, i, table, entityStarts) : undefined;
			if (phrase !== undefined) {
				const last = toks[phrase.end - 1]!;
				ctx.cues.push({ start: t.start, end: last.end, lemma: phrase.entry.words.join(' '), cls: 'N', form: 'phrase', speaker: null, explicitSpeaker: false });
				infos.push({ first: i, end: phrase.end, agreement: 'none', sourceFollows: phrase.entry.sourceFollows, verb: undefined, phrase: phrase.entry });
				i = phrase.end - 1;
				continue;
			}
			// A form of the table must hold in its context; «هذا ما أضافه» is a cue by its frame.
			const direct = forms.get(t.key);
			const form = direct ?? demonstrativeFrame(toks, i, forms);
			if (form === undefined || (direct !== undefined && !holds(doc, i, form))) {
				continue;
			}
			// «نقل عن»، «نقل عنه»: the preposition belongs to the cue.
			const withAn = form.entry.lemma === 'نقل' && /^عنه?[ام]?$|^عنها$|^عنهم$/.test(toks[i + 1]?.key ?? '') ? toks[i + 1]! : undefined;
			const end = withAn ?? t;
			ctx.cues.push({ start: t.start, end: end.end, lemma: form.entry.lemma, cls: form.entry.cls, form: form.form, speaker: null, explicitSpeaker: false });
			infos.push({ first: i, end: withAn === undefined ? i + 1 : i + 2, agreement: form.agreement, sourceFollows: withAn !== undefined, verb: form.entry, phrase: undefined, object: form.object });
			if (form.form !== 'passive') {
				checkVerb(ctx, doc, i, form);
			}
		}
		// «نقلت الوكالة عن الوزير قوله»: the noun قوله is the cue of the quote that follows.
		for (let i = 0; i < toks.length; i++) {
			const t = toks[i]!;
			if (t.kind === 'word' && table.qawl.has(t.key) && (isColon(toks[i + 1]) || toks[i + 1]?.kind === 'quote' || isComplementizer(toks[i + 1]) || anBefore(toks, i))) {
				insertSorted(ctx, infos, { start: t.start, end: t.end, lemma: 'قال', cls: 'N', form: 'phrase', speaker: null, explicitSpeaker: false }, { first: i, end: i + 1, agreement: 'none', sourceFollows: false, verb: undefined, phrase: undefined });
			}
		}
	},
};

/** Demonstratives that open «هذا ما قاله …»: the statement before, pointed back to. */
const DEMONSTRATIVE_MA = new Set(['هذا', 'وهذا', 'هذه', 'وهذه', 'ذلك', 'وذلك', 'هو', 'وهو', 'هي', 'وهي'].map(matchKey));

/**
 * «"…"، هذا ما أضافه المرشح»: a past verb of saying with an object pronoun after «هذا ما» is a cue even when the verb
 * takes no object pronoun elsewhere (أضافه، أكده، أوضحه): the pronoun is the statement just quoted.
 */
function demonstrativeFrame(toks: readonly Token[], i: number, forms: ReadonlyMap<string, VerbForm>): VerbForm | undefined {
	const t = toks[i]!;
	const prev = toks[i - 1];
	const before = toks[i - 2];
	if (t.kind !== 'word' || prev?.key !== 'ما' || before === undefined || before.kind !== 'word' || !DEMONSTRATIVE_MA.has(before.key)) {
		return undefined;
	}
	const m = /^(.{3,})(ه|ها)$/u.exec(t.key);
	const form = m === null ? undefined : forms.get(m[1]!);
	return form !== undefined && form.form === 'verb' && form.tense === 'past' ? form : undefined;
}

/** «نقل عن الوزير قوله»: an «عن» shortly before the noun قوله. */
function anBefore(toks: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
		const t = toks[k]!;
		if (t.sentence !== toks[i]!.sentence) {
			return false;
		}
		if (t.kind === 'word' && (t.key === 'عن' || t.key.startsWith('نقل'))) {
			return true;
		}
	}
	return false;
}

function insertSorted(ctx: Context, infos: CueInfo[], cue: Context['cues'][number], info: CueInfo): void {
	let k = ctx.cues.length;
	while (k > 0 && ctx.cues[k - 1]!.start > cue.start) {
		k--;
	}
	ctx.cues.splice(k, 0, cue);
	infos.splice(k, 0, info);
}

function matchesAt(toks: readonly Token[], i: number, keys: readonly string[]): boolean {
	for (let k = 0; k < keys.length; k++) {
		const t = toks[i + k];
		if (t === undefined || t.kind !== 'word') {
			return false;
		}
		// «أن*» stands for any complementizer (يذكر أن، يذكر أنه).
		if (keys[k] === 'ان*' ? !isComplementizer(t) : t.key !== keys[k]) {
			return false;
		}
	}
	return true;
}

/** Source-like words after «بحسب / حسب / وفق»: without one, the frame means "per the plan", not attribution. */
const SOURCEISH = new Set(
	[
		'ما', 'مصادر', 'مصدر', 'مسؤول', 'مسؤولين', 'مسؤولون', 'بيان', 'البيان', 'تقرير', 'التقرير', 'تقارير', 'وكالة', 'الوكالة', 'صحيفة', 'الصحيفة',
		'وزارة', 'الوزارة', 'هيئة', 'الهيئة', 'شهود', 'وسائل', 'تصريح', 'تصريحات', 'دراسة', 'الدراسة', 'إحصاءات', 'إحصائيات', 'الإحصاءات', 'الإحصائيات',
		'بيانات', 'معلومات', 'المعلومات', 'أرقام', 'الأرقام', 'تقديرات', 'استطلاع', 'المتحدث', 'الناطق', 'موقع', 'قناة', 'مصدر', 'المصدر',
		'المصادر', 'مسؤولي', 'مسؤولو', 'خبراء', 'محللين', 'مراقبين', 'ناشطين', 'سكان', 'رواية', 'إفادة', 'شهادة', 'مكتب', 'المكتب', 'الشرطة',
		'الجيش', 'الحكومة', 'المرصد', 'منظمة', 'المنظمة', 'الأمم', 'رئيس', 'الرئيس', 'وزير', 'الوزير', 'مدير', 'المدير', 'مصرف', 'البنك', 'بنك',
		'شركة', 'الشركة', 'المركز', 'مركز', 'جامعة', 'مجلس', 'المجلس', 'اللجنة', 'لجنة', 'إدارة', 'الإدارة', 'مديرية', 'المديرية', 'الدفاع', 'وثيقة',
		'وثائق', 'صحف', 'تلفزيون', 'التلفزيون', 'الإذاعة', 'إذاعة', 'مسح', 'نتائج', 'المحكمة', 'محكمة', 'النيابة', 'القاضي', 'الخبير', 'الخبراء',
	].map(matchKey),
);
const NEEDS_SOURCE = new Set(['بحسب', 'حسب', 'وفق', 'وبحسب', 'وحسب', 'ووفق', 'وفقاً', 'ووفقاً', 'طبقاً', 'وطبقاً', 'بناءً', 'وبناءً', 'استناداً', 'واستناداً'].map(matchKey));

/** Whether a key is a verb form, also with an object pronoun (نقلته). */
function isVerbForm(key: string): boolean {
	const forms = verbForms();
	return forms.has(key) || /(ه|ها|هم)$/.test(key) && (forms.has(key.replace(/(ه|ها|هم)$/, '')) || forms.has(key.replace(/(ه|ها|هم)$/, '').replace(/ت$/, 'ت')));
}

/** Words a frame absorbs after it: «في تصريحات صحفية»، «في مقابلة مع»، «على حسابه في». */
const PHRASE_ADJECTIVES = new Set(['صحفي', 'صحافي', 'صحفية', 'صحافية', 'صحفيه', 'صحافيه', 'هاتفي'].map(matchKey));

/** Frames that absorb a following «عبر» (في مداخلة عبر إذاعة …). */
const VIA_FRAMES = new Set(['مداخلة', 'مقابلة', 'تصريحات', 'تصريح'].map(matchKey));

function matchPhrase(doc: Doc, i: number, table: PhraseTable, entityStarts: ReadonlySet<number>): { entry: PhraseEntry; end: number } | undefined {
	const toks = doc.tokens;
	const candidates = table.byFirst.get(toks[i]!.key);
	if (candidates === undefined) {
		return undefined;
	}
	for (const { entry, keys } of candidates) {
		let ok = true;
		let end = i;
		let gluedNoun: Token | undefined;
		for (let k = 0; k < keys.length; k++) {
			const t = toks[i + k];
			if (t === undefined || t.kind !== 'word') {
				ok = false;
				break;
			}
			const last = k === keys.length - 1;
			if (last && entry.gluedPreposition === true) {
				// وفقاً لـ«رويترز» (a separate لـ) or وفقاً للوزارة (glued): the frame's span ends before the noun.
				if (t.key === keys[k]) {
					end = i + k + 1;
				} else if (t.key.startsWith(keys[k]!) && t.key.length > 2) {
					end = i + k;
					gluedNoun = t;
				} else {
					ok = false;
				}
				break;
			}
			if (t.key !== keys[k]) {
				ok = false;
				break;
			}
			end = i + k + 1;
		}
		if (!ok) {
			continue;
		}
		if (NEEDS_SOURCE.has(keys[0]!)) {
			// «بحسب الخطة» and «وفقاً للقانون» are not attribution: the frame needs a source after it.
			const next = gluedNoun ?? toks[end];
			if (next === undefined || next.kind === 'punct') {
				continue;
			}
			const nounKey = gluedNoun !== undefined ? gluedNoun.key.slice(keys[keys.length - 1]!.length) : next.key;
			if (next.kind === 'quote') {
				// بحسب "سكاي نيوز": a quoted name.
				return { entry, end };
			}
			if (nounKey === 'ما') {
				// «بحسب ما ذكرت …» attributes only when a verb of saying follows.
				const verb = toks[end + 1];
				if (verb === undefined || verb.kind !== 'word' || !isVerbForm(verb.key)) {
					continue;
				}
				return { entry, end: end + 1 };
			}
			if (!SOURCEISH.has(nounKey) && !SOURCEISH.has('ال' + nounKey) && !startsEntity(next, entityStarts)) {
				continue;
			}
			return { entry, end };
		}
		// Speech right after the phrase, or after a comma («اكتفى … بالقول، إن «…»»).
		const speechAt = isComma(toks[end]) && toks[end + 1]?.sentence === toks[end]!.sentence ? end + 1 : end;
		if (entry.speechFollows === true && !(toks[speechAt]?.kind === 'quote' || isColon(toks[speechAt]) || isComplementizer(toks[speechAt]))) {
			continue;
		}
		// Absorb the frame's adjectives and companion preposition: «في تصريحات صحفية»، «في مقابلة مع».
		let n = 0;
		while (n < 2 && toks[end]?.kind === 'word' && PHRASE_ADJECTIVES.has(toks[end]!.key)) {
			end++;
			n++;
		}
		const after = toks[end];
		if (after?.kind === 'word' && (after.key === 'مع' || (after.key === 'في' && keys[keys.length - 1]!.startsWith('حساب')) || (after.key === 'عبر' && VIA_FRAMES.has(keys[keys.length - 1]!)))) {
			end++;
		}
		return { entry, end };
	}
	return undefined;
}

/** Whether an entity mention starts inside a token (its span may leave out a proclitic). */
function startsEntity(t: Token, entityStarts: ReadonlySet<number>): boolean {
	for (let o = t.start; o < t.end; o++) {
		if (entityStarts.has(o)) {
			return true;
		}
	}
	return false;
}

/** True prepositions: a verb form right after one is a verbal noun (إلى وصفها، في كشف). */
const TRUE_PREPOSITIONS = new Set(
	['في', 'على', 'إلى', 'من', 'عن', 'مع', 'بين', 'خلال', 'حول', 'منذ', 'عند', 'لدى', 'أمام', 'بعد', 'قبل', 'ضد', 'نحو', 'عبر', 'حتى', 'تجاه', 'بشأن', 'دون', 'بدون', 'جراء', 'إثر', 'عقب', 'أثناء', 'وفي', 'وعلى', 'وإلى', 'ومن', 'وعن', 'ومع', 'عدم', 'وعدم', 'إعادة'].map(matchKey),
);
/** Negations: a negated verb reports no statement (لم يعلن، لا أعتقد). */
const NEGATIONS = new Set(['لم', 'لن', 'لا', 'ولم', 'ولن', 'ولا', 'فلم', 'فلا', 'لما'].map(matchKey));
/** Words before a participle that make it a predicate, not a حال (وليس مبرراً، كان مؤكداً). */
const PREDICATE_BEFORE_PARTICIPLE = new Set(['ليس', 'ليست', 'كان', 'كانت', 'يكون', 'تكون', 'وليس', 'بات', 'أصبح', 'غير'].map(matchKey));
/** Frames after which the verb is attribution by construction: «بحسب ما ذكرت»، «وفق ما نقلته». */
const MA_FRAMES = new Set(['بحسب', 'حسب', 'وفق', 'وبحسب', 'ووفق', 'وفقا', 'كما'].map(matchKey));
/** Particles that make a following present-tense verb negated, subjunctive or merely possible (لم يعلن، حتى يعلن، قد تشير). */
const NON_FACTUAL_BEFORE_PRESENT = new Set(['لم', 'لن', 'لا', 'حتى', 'كي', 'لكي', 'قد', 'ولم', 'ولن', 'ولا', 'وقد', 'فقد', 'لئلا', 'ألا'].map(matchKey));

/** Whether the disambiguation conditions of a verb form hold at token `i`. */
function holds(doc: Doc, i: number, form: VerbForm): boolean {
	const toks = doc.tokens;
	const t = toks[i]!;
	const prev = toks[i - 1];
	const prevWord = prev !== undefined && prev.kind === 'word' && prev.sentence === t.sentence ? prev : undefined;
	const next = nextWordAfter(toks, i);
	const nextKey = next?.key;
	// «17 طالباً»: a participle or dual form after a number is a counted noun (students), not a verb or a حال.
	if ((form.tense === 'participle' || form.agreement === 'du') && prev !== undefined && prev.kind === 'number' && prev.sentence === t.sentence) {
		return false;
	}
	if (ruledOutByNext(form, next)) {
		return false;
	}
	// The word right after a حال participle, with nothing between them.
	const adjacent = toks[i + 1] === next ? nextKey : undefined;
	if (form.tense === 'participle' && form.entry.halNext !== undefined && !(adjacent !== undefined && form.entry.halNext.some((w) => (w.endsWith('*') ? adjacent.startsWith(matchKey(w.slice(0, -1))) : adjacent === matchKey(w))))) {
		return false;
	}
	if (form.tense === 'participle' && form.entry.passiveHalBefore !== undefined && adjacent !== undefined && form.entry.passiveHalBefore.some((p) => adjacent.startsWith(p))) {
		return false;
	}
	if (prevWord !== undefined) {
		if (form.entry.notAfter !== undefined && form.entry.notAfter.some((w) => matchKey(w) === prevWord.key)) {
			return false;
		}
		// «كما ذكرنا»، «كما قلنا»: the writer pointing back at the article ("as we said"), not a source.
		if (isKama(prevWord.key) && t.key.endsWith('نا')) {
			return false;
		}
		// After a preposition the form is a verbal noun: «إلى وصفها»، «في كشف».
		if (TRUE_PREPOSITIONS.has(prevWord.key)) {
			return false;
		}
		if (NEGATIONS.has(prevWord.key)) {
			return false;
		}
		if (form.tense === 'participle' && PREDICATE_BEFORE_PARTICIPLE.has(prevWord.key)) {
			return false;
		}
		if (prevWord.key === 'ما' && MA_FRAMES.has(toks[i - 2]?.key ?? '')) {
			return true;
		}
		if (form.tense === 'present') {
			// «لم يعلن»، «حتى يعلن»، «قد تشير»، «أن يعلن»: negated, subjunctive or possible, not a report.
			if (NON_FACTUAL_BEFORE_PRESENT.has(prevWord.key) || (prevWord.key === 'ان' && prevWord.text.includes('أ'))) {
				return false;
			}
		}
	}
	// A present form of a defective verb written with a final ى is another word: يُدعى "is called", not يدّعي.
	if (form.tense === 'present' && t.text.endsWith('ى') && form.entry.present.some((p) => p.endsWith('ي'))) {
		return false;
	}
	// A vocalized passive (اتُّهم) of an accusation verb reports a charge, not a statement.
	if (form.tense === 'past' && (form.entry.cls === 'A' || form.entry.cls === 'O') && /^[وف]?[اأ]?.ُ/.test(t.text)) {
		return false;
	}
	// «تبيّن أن» means "it turned out that": no speaker, no attribution.
	if (form.entry.lemma === 'بيّن' && t.key.endsWith('تبين') && isComplementizer(toks[i + 1])) {
		return false;
	}
	// «يتوقع أن»، «يعتقد أن» with nothing before them are the agentless passives (يُتوقع، يُعتقد): no source. «يرى
	// أن» is not: its passive is rare, and «ويرى أنه «…»» goes on with the speaker of the sentence before.
	if (form.entry.cls === 'O' && form.entry.lemma !== 'رأى' && form.tense === 'present' && isComplementizer(toks[i + 1]) && opensClause(doc, i)) {
		return false;
	}
	const when = form.when;
	if (when === undefined || when.length === 0) {
		return true;
	}
	return when.some((c) => c.split('+').every((part) => condition(doc, i, part as CueCondition)));
}

function nextWordAfter(toks: readonly Token[], i: number): Token | undefined {
	const t = toks[i + 1];
	return t !== undefined && t.kind === 'word' && t.sentence === toks[i]!.sentence ? t : undefined;
}

/** Whether token `i` opens its clause: nothing, a stop, a comma or a particle before it. */
function opensClause(doc: Doc, i: number): boolean {
	const prev = doc.tokens[i - 1];
	if (prev === undefined || prev.sentence !== doc.tokens[i]!.sentence || prev.paragraph !== doc.tokens[i]!.paragraph) {
		return true;
	}
	if (prev.kind === 'punct') {
		return true;
	}
	if (prev.kind === 'quote') {
		// A closing mark glued to the word before it ends a quoted term inside the clause («عن «تعاون» بين …»).
		const before = doc.tokens[i - 2];
		return before === undefined || before.kind !== 'word' || before.end !== prev.start || before.sentence !== prev.sentence;
	}
	return prev.kind === 'word' && (words().particles.has(prev.key) || isComplementizer(prev));
}

/** Prepositions that take pronoun suffixes, and the suffixes (عنه، عليها، إليهم). */
const PREPOSITION_STEMS = new Set(['عن', 'علي', 'من', 'الي', 'في', 'مع'].map(matchKey));
const PRONOUN_SUFFIX = /^(ه|ها|هم|هما|هن|ك|كم|نا|ي)$/;

/** How far (in tokens) a complement may be from its verb: verb, subject of a few words, time adverbs, then أن. */
const COMPLEMENT_WINDOW = 16;
/** How far a preposition governed by the verb may be (حذّر الوزير، اليوم (الخميس)، من …). */
const NEAR_WINDOW = 12;

function condition(doc: Doc, i: number, c: CueCondition): boolean {
	const toks = doc.tokens;
	const t = toks[i]!;
	switch (c) {
		case 'complement':
			return complementFollows(toks, i, COMPLEMENT_WINDOW);
		case 'next-complement':
			return isComplementizer(toks[i + 1]);
		case 'clause-start':
			return opensClause(doc, i);
		case 'colon':
			for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
				const u = toks[k]!;
				if (u.sentence !== t.sentence) {
					return false;
				}
				// «وتابع: "…"»، «وتابع "…"» and «وتابع، "…"»: the quote may follow a comma.
				if (isColon(u) || (u.kind === 'quote' && (k === i + 1 || (k === i + 2 && isComma(toks[i + 1]))))) {
					return true;
				}
				if (isClauseBreak(u) && !isColon(u) && !(k === i + 1 && isComma(u))) {
					return false;
				}
			}
			return false;
		case 'subject': {
			const n = toks[i + 1];
			if (n === undefined || n.kind !== 'word' || n.sentence !== t.sentence) {
				return false;
			}
			const w = words();
			if (w.prepositions.has(n.key) || w.particles.has(n.key) || isComplementizer(n)) {
				return false;
			}
			return complementFollows(toks, i + 1, COMPLEMENT_WINDOW + 4) || colonFollows(toks, i + 1, 8) || quoteOpensAfter(toks, i + 1, 8);
		}
		default: {
			const near = c.startsWith('near:');
			const raw = c.slice(5);
			const prefix = raw.endsWith('*');
			const want = matchKey(prefix ? raw.slice(0, -1) : raw);
			if (want.length === 1) {
				// A glued preposition (ب، ل): within the next three words (وصفه بأنه، وصف القرار بالخاطئ).
				for (let k = i + 1; k <= i + (near ? NEAR_WINDOW : 3) && k < toks.length; k++) {
					const u = toks[k]!;
					if (u.sentence !== t.sentence) {
						return false;
					}
					if (u.kind === 'word' && u.key.startsWith(want) && u.key.length > 1) {
						return true;
					}
				}
				return false;
			}
			// A preposition also matches with a pronoun (عن → عنه، على → عليها).
			const pronoun = PREPOSITION_STEMS.has(want) ? PRONOUN_SUFFIX : undefined;
			const fits = (u: Token): boolean =>
				u.kind === 'word' &&
				(prefix ? u.key.startsWith(want) || u.key.startsWith('و' + want) : u.key === want || u.key === 'و' + want || (pronoun !== undefined && pronoun.test(u.key.slice(want.length)) && u.key.startsWith(want.replace(/ي$/, ''))));
			if (!near) {
				const n = nextWordAfter(toks, i);
				return n !== undefined && fits(n);
			}
			const forms = verbForms();
			for (let k = i + 1; k < toks.length && k <= i + NEAR_WINDOW; k++) {
				const u = toks[k]!;
				if (u.sentence !== t.sentence || (u.kind === 'punct' && (u.text === '.' || u.text === '؛' || u.text === ':'))) {
					return false;
				}
				if (fits(u)) {
					return true;
				}
				if (u.kind === 'word' && k > i + 1 && isSurelyVerb(forms, u.key)) {
					return false;
				}
			}
			return false;
		}
	}
}

/** Whether the word after a verb form makes it something else (its entry's `notBefore`: «أفاد من»، «طالباً عدم»). */
function ruledOutByNext(form: VerbForm, next: Token | undefined): boolean {
	return next !== undefined && next.kind === 'word' && form.entry.notBefore !== undefined && form.entry.notBefore.some((w) => matchKey(w) === next.key);
}

/**
 * Whether a word is a verb of saying that ends the search for a complement: an unambiguous one. Ambiguous forms
 * (عبر "via", تابع "followed") stand for verbs only in their own context, which is not checked here.
 */
function isSurelyVerb(forms: ReadonlyMap<string, VerbForm>, key: string): boolean {
	const f = forms.get(key);
	return f !== undefined && (f.when === undefined || f.when.length === 0);
}

function complementFollows(toks: readonly Token[], i: number, window: number): boolean {
	const s = toks[i]!.sentence;
	const forms = verbForms();
	for (let k = i + 1; k < toks.length && k <= i + window; k++) {
		const u = toks[k]!;
		if (u.sentence !== s) {
			return false;
		}
		if (isComplementizer(u) || isColon(u)) {
			return true;
		}
		if (u.kind === 'quote' && (k === i + 1 || isColon(toks[k - 1]))) {
			return true;
		}
		if (u.kind === 'punct' && (u.text === '.' || u.text === '؛' || u.text === ';')) {
			return false;
		}
		// A complement after another verb of saying belongs to that verb (a verbal noun after عدم or a
		// preposition is not a verb: «طلبت عدم كشف هوياتها أن …»; nor is a form its next word rules out: «طالباً
		// عدم كشف هويته» asks for anonymity).
		if (u.kind === 'word' && k > i + 1 && isSurelyVerb(forms, u.key) && !TRUE_PREPOSITIONS.has(toks[k - 1]!.key) && !ruledOutByNext(forms.get(u.key)!, toks[k + 1])) {
			return false;
		}
	}
	return false;
}

function colonFollows(toks: readonly Token[], i: number, window: number): boolean {
	const s = toks[i]!.sentence;
	for (let k = i + 1; k < toks.length && k <= i + window; k++) {
		const u = toks[k]!;
		if (u.sentence !== s) {
			return false;
		}
		if (isColon(u)) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a quotation opens within `window` tokens after `i`, in the same clause: «وذكر الاثنان في تعليقهما المشترك
 * «…»» (the subject and a phrase between the verb and the quote, no colon).
 */
function quoteOpensAfter(toks: readonly Token[], i: number, window: number): boolean {
	const s = toks[i]!.sentence;
	for (let k = i + 1; k < toks.length && k <= i + window; k++) {
		const u = toks[k]!;
		if (u.sentence !== s || isClauseBreak(u)) {
			return false;
		}
		if (u.kind === 'quote') {
			return u.text === '«' || u.text === '“' || (u.text === '"' && toks[k + 1]?.spaceBefore === false);
		}
	}
	return false;
}

const QALA = matchKey('قال');
const KAMA = matchKey('كما');

/** «كما»، «وكما»، «فكما»: "as", before a verb that then points back to what was said. */
function isKama(key: string): boolean {
	return key === KAMA || (key.length === KAMA.length + 1 && /^[وف]/u.test(key) && key.endsWith(KAMA));
}

let annaGovernors: ReadonlySet<string> | undefined;

/** Whether a word makes a following «أن» its own conjunction ({@link ANNA_GOVERNORS}), also with a glued و or ف. */
function isAnnaGovernor(key: string): boolean {
	annaGovernors ??= new Set(ANNA_GOVERNORS.map(matchKey));
	return annaGovernors.has(key) || (/^[وف]/u.test(key) && annaGovernors.has(key.slice(1)));
}

/** Reports loaded verbs and «قال أن». */
function checkVerb(ctx: Context, doc: Doc, i: number, form: VerbForm): void {
	const t = doc.tokens[i]!;
	const entry = form.entry;
	if (LOADED.has(entry.cls) || LOADED_FACTIVES.has(entry.lemma)) {
		const name = className(entry.cls);
		ctx.report({
			ruleId: 'attribution.loaded-verb',
			start: t.start,
			end: t.end,
			message: `«${t.text}» (${entry.lemma}, “${entry.gloss}”) is a loaded verb of attribution: ${name.en}. Prefer a neutral verb such as «قال» unless the loaded meaning is intended (S16).`,
			messageAr: `«${t.text}» فعل إسناد غير محايد (${name.ar}). يُفضَّل فعل محايد مثل «قال» ما لم يكن المعنى مقصوداً.`,
		});
	}
	// «كما قال»، «كما يقول»: "as he said", a parenthesis that takes no complement of its own.
	const before = i > 0 ? doc.tokens[i - 1]! : undefined;
	const parenthetical = before !== undefined && before.kind === 'word' && isKama(before.key);
	if (matchKey(entry.lemma) === QALA && form.form === 'verb' && !parenthetical) {
		// The complementizer of قال: the first أن/إن after the verb, its subject and any time adverbs.
		const toks = doc.tokens;
		for (let k = i + 1; k < toks.length && k <= i + COMPLEMENT_WINDOW; k++) {
			const u = toks[k]!;
			if (u.sentence !== t.sentence || u.kind === 'quote' || isColon(u)) {
				break;
			}
			if (isComplementizer(u) && toks[k - 1]!.kind === 'word' && isAnnaGovernor(toks[k - 1]!.key)) {
				// «قال بعد أن …»: the أن of a conjunction; the statement's own إن may still follow.
				continue;
			}
			if (isComplementizer(u)) {
				const hamza = u.text.indexOf('أ');
				if (hamza >= 0 && !u.key.startsWith('ب') && !u.key.startsWith('وب')) {
					ctx.report({
						ruleId: 'attribution.qala-anna',
						start: u.start,
						end: u.end,
						message: `After «${t.text}» the complementizer is «إن», not «أن».`,
						messageAr: `بعد «${t.text}» تُكتب «إن» بكسر الهمزة لا «أن».`,
						fixes: [{ title: `Replace with «${u.text.replace('أ', 'إ')}»`, preferred: true, edits: [{ start: u.start + hamza, end: u.start + hamza + 1, newText: 'إ' }] }],
					});
				}
				break;
			}
			if (u.kind === 'word' && k > i + 1 && verbForms().has(u.key)) {
				break;
			}
		}
	}
}
