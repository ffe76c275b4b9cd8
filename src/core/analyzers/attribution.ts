/**
 * Attribution: links every cue to the speaker it governs and every quotation to its cue and speaker.
 *
 * - A verb's speaker is its subject: after the verb in VSO order («قال مسؤول أمريكي، الإثنين، إن …», «قالت مصادر»),
 *   or before it in SVO order («وكانت الوزارة قد أعلنت»، «أن بوتين أعرب»). Time adverbs and commas between the verb
 *   and its subject are skipped. Within the subject, a person's name is preferred to the title before it, then an
 *   organisation's name: the most specific mention.
 * - A cue with no subject of its own («وأضاف: …», «مضيفاً أن …», «في بيان») goes back to the speaker of the cue
 *   before it in the sentence, and otherwise to the last explicit speaker of the article (preferring one whose verb
 *   agreed in gender).
 * - A quotation takes the nearest cue before it in its sentence, else a cue right after it («…»، قال …), else the
 *   cue that ends the previous paragraph with a colon.
 */
import type { Cue, Doc, Span, Token } from '../types';
import type { Analyzer, Context } from './analyzer';
import { CUE_INFO, type CueInfo } from './cues';
import { lastCueBefore, QUOTE_PAIRS, quotedTokens, type MarkPair } from './quotes';
import { countWords, isClauseBreak, isColon, isComma, isComplementizer, tokenAt, words } from './words';
import { verbForms } from '../morphology/verbForms';
import { ANONYMOUS_HEADS, INSTITUTION_HEADS, OUTLET_HEADS, VAGUE_GROUPS } from '../lexicon/sources';
import { BROKEN_PLURAL_HEADS, EULOGY_FORMULAS, HONORIFICS, RELATIVE_PRONOUNS, SPEECH_NOUNS } from '../lexicon/functionWords';
import { CONTINUATION_VERBS } from '../lexicon/attributionVerbs';
import { matchKey } from '../normalize/normalize';
import { partitionPoint } from '../search';

/** Words a quote needs to count as "a sentence or more" for `quotes.unattributed`. */
const MIN_WORDS_UNATTRIBUTED = 5;
/** The longest subject noun phrase, in words. */
const MAX_SUBJECT_WORDS = 9;
/** A title's phrase may be longer: «مدير عام الهيئة العامة للسياحة والتراث الوطني المهندس محمد العمرة». */
const MAX_TITLED_SUBJECT_WORDS = 14;

/** The analyzer. */
export const attribution: Analyzer = {
	name: 'attribution',
	rules: [
		{
			id: 'quotes.unattributed',
			defaultLevel: 'warning',
			title: 'Quotation without attribution',
			description: 'A quotation of a sentence or more has no attribution cue and no speaker near it. Attribute a quote just before or after it, in the same sentence.',
			descriptionAr: 'اقتباس بطول جملة أو أكثر لا يسبقه ولا يليه فعل إسناد أو قائل. يُنسب الاقتباس قبله أو بعده مباشرة في الجملة نفسها.',
			standard: 'S9 — AP, Reuters: attribution goes just before or just after the information, in the same sentence',
			example: 'وفي سياق متصل، «لن نتراجع عن هذا القرار مهما كانت الضغوط».',
			good: 'وقال الوزير: «لن نتراجع عن هذا القرار مهما كانت الضغوط».',
		},
	],
	run(ctx: Context): void {
		const infos = (ctx.scratch.get(CUE_INFO) as CueInfo[] | undefined) ?? [];
		const carried = linkSpeakers(ctx, infos);
		linkQuotes(ctx, infos, carried);
	},
};

interface Last {
	span: Span;
	agreement: CueInfo['agreement'];
	paragraph: number;
}

/** Links every cue to its speaker; returns the indices of the cues whose explicit speaker later cues go back to. */
function linkSpeakers(ctx: Context, infos: readonly CueInfo[]): number[] {
	const carried: number[] = [];
	const { doc } = ctx;
	const entityIndex = buildEntityIndex(ctx);
	const cueStarts = new Set(ctx.cues.map((c) => c.start));
	const quoteSpans = mergeSpans(ctx.quotes);
	let last: Last | undefined;
	let lastF: Last | undefined;
	let lastM: Last | undefined;
	for (let c = 0; c < ctx.cues.length; c++) {
		const cue = ctx.cues[c]!;
		const info = infos[c]!;
		const firstTok = doc.tokens[info.first]!;
		let speaker: Span | null = null;
		let explicit = false;
		if (cue.form === 'passive') {
			ctx.cues[c] = { ...cue, speaker: null, explicitSpeaker: false };
			continue;
		}
		// «قال إنه ما زال يعتبر الأمر …»: after «إنه» the verb's subject is that pronoun, which stands for the speaker of
		// the clause around it; the noun after the verb is its object.
		const pronounSubject = cue.form === 'verb' && afterPronounComplementizer(doc, info.first);
		if (!pronounSubject && (cue.form === 'verb' || (cue.form === 'phrase' && info.sourceFollows))) {
			let np = subjectAfter(doc, info.end, cueStarts, entityIndex);
			if (np !== undefined && cue.form === 'verb' && info.object !== true && !afterClosingQuote(doc, info.first, quoteSpans) && !looksLikeSubject(doc, np, entityIndex, cueStarts)) {
				// «ويؤكد استعداد روسيا للتحاور»: the noun after the verb is its object; the subject is implied.
				np = undefined;
			}
			np ??= cue.form === 'verb' ? subjectBefore(doc, info.first) ?? topicBefore(doc, info.first, cueStarts, entityIndex) : undefined;
			// «وأعرب سموه»: an honorific pronoun stands for the last mention of the title it belongs to (الأمير).
			np ??= cue.form === 'verb' ? honorificAntecedent(doc, info.end, quoteSpans, cueStarts, entityIndex) : undefined;
			// «قال صلى الله عليه وسلم»: the eulogy stands for the last one it was written after («رسول الله صلى …»).
			np ??= cue.form === 'verb' ? eulogyAntecedent(doc, info.end) : undefined;
			if (np !== undefined) {
				speaker = namedAfter(doc, np) ?? appositiveName(doc, np, entityIndex) ?? nameAfterPlace(doc, np, entityIndex) ?? mostSpecific(doc, np, entityIndex);
				explicit = true;
			}
		}
		// «ونقلت الوكالة عن الوزير قوله»: the noun قوله reports the words of the one after «عن», not of the outlet.
		let viaPronoun = false;
		if (speaker === null && isQawl(info)) {
			const from = qawlSource(doc, info.first);
			if (from === 'pronoun') {
				viaPronoun = true;
			} else if (from !== undefined) {
				const np = subjectAfter(doc, from, cueStarts, entityIndex);
				if (np !== undefined) {
					speaker = namedAfter(doc, np) ?? appositiveName(doc, np, entityIndex) ?? nameAfterPlace(doc, np, entityIndex) ?? mostSpecific(doc, np, entityIndex);
					explicit = true;
				}
			}
		}
		if (speaker === null && !viaPronoun) {
			// The cue before it in the same sentence (a participle after its verb, «في بيان» after «قالت الوزارة»).
			for (let k = c - 1; k >= 0; k--) {
				const prev = ctx.cues[k]!;
				if (doc.tokens[infos[k]!.first]!.sentence !== firstTok.sentence) {
					break;
				}
				if (prev.speaker !== null) {
					speaker = prev.speaker;
					break;
				}
			}
		}
		if (speaker === null && !viaPronoun && cue.form === 'phrase' && !info.sourceFollows) {
			// «واكتفى الناطق باسمها إياد البزم بالقول، إن …»: the subject of the verb that opens the clause, when it runs
			// right up to the phrase.
			const v = clauseVerbBefore(doc, info.first);
			if (v >= 0) {
				const np = subjectAfter(doc, v + 1, cueStarts, entityIndex);
				if (np !== undefined && np.end === info.first) {
					speaker = namedAfter(doc, np) ?? appositiveName(doc, np, entityIndex) ?? mostSpecific(doc, np, entityIndex);
					explicit = true;
				}
			}
		}
		if (speaker === null && viaPronoun) {
			// «ونقلت الصحيفة عنه قوله»: the one the pronoun stands for spoke before this sentence.
			for (let k = carried.length - 1; k >= 0; k--) {
				if (doc.tokens[infos[carried[k]!]!.first]!.sentence !== firstTok.sentence) {
					speaker = ctx.cues[carried[k]!]!.speaker ?? null;
					// The source, not the outlet that relays it, is the one later cues («وأضاف») go back to.
					explicit = speaker !== null;
					break;
				}
			}
		}
		if (speaker === null && cue.form !== 'phrase') {
			const pick = info.agreement === 'f' ? lastF ?? last : info.agreement === 'm' ? lastM ?? last : last;
			// A person named in a later paragraph than the last speaker («ألقى ترمب خطاباً … وقد أعلن أن …») is
			// the one the story has moved on to.
			const person = lastPersonBefore(ctx, quoteSpans, firstTok.start);
			const personParagraph = person === undefined ? -1 : doc.tokens[tokenAt(doc, person.start)]!.paragraph;
			// A verb that continues speech («وأضاف»، «وتابع»، «مضيفاً») goes on with the last speaker, whoever was
			// mentioned since.
			const continues = info.verb !== undefined && CONTINUATION_LEMMAS.has(info.verb.lemma);
			speaker = person !== undefined && (pick === undefined || (personParagraph > pick.paragraph && !continues)) ? person : pick?.span ?? null;
		}
		ctx.cues[c] = { ...cue, speaker, explicitSpeaker: explicit };
		// A cue inside the reported clause of another (ذكر ترمب أن بوتين أعرب …) does not change who is talking.
		const embedded = isEmbedded(doc, infos, c);
		if (explicit && speaker !== null && !embedded) {
			carried.push(c);
			last = { span: speaker, agreement: info.agreement, paragraph: firstTok.paragraph };
			// A plural subject agrees either way: «قالت المصادر … وأضاف المصادر»; non-human plurals take the feminine.
			// A قول noun agrees through its pronoun (قوله، قولها); «القول» says nothing, so it stands for both.
			const qawl = isQawl(info) ? qawlAgreement(firstTok) : undefined;
			if (info.agreement === 'f' || qawl === 'f' || qawl === 'any' || isPluralMention(doc, speaker)) {
				lastF = last;
			}
			if (info.agreement === 'm' || qawl === 'm' || qawl === 'any' || isPluralMention(doc, speaker)) {
				lastM = last;
			}
		}
	}
	return carried;
}

/** Verbs that continue the speech of the last speaker (lemmas as in the lexicon). */
const CONTINUATION_LEMMAS: ReadonlySet<string> = new Set(CONTINUATION_VERBS);

/** Broken plurals that head sources (مصادر، تقارير، أوساط): they take either agreement. */
const BROKEN_PLURALS: ReadonlySet<string> = new Set(BROKEN_PLURAL_HEADS.map(matchKey));

/** Whether a speaker mention is a plural noun phrase (its head is a broken or sound plural). */
function isPluralMention(doc: Doc, span: Span): boolean {
	const t = doc.tokens[tokenAt(doc, span.start)];
	if (t === undefined || t.kind !== 'word') {
		return false;
	}
	const head = t.key.replace(/^[وف]/, '').replace(/^ال/, '');
	return BROKEN_PLURALS.has(head) || (head.length > 4 && /(ات|ون)$/.test(head));
}

/** Whether a verb follows, in its clause and within four words, a complementizer with a pronoun (إنه، أنها، بأنهم). */
function afterPronounComplementizer(doc: Doc, verb: number): boolean {
	const toks = doc.tokens;
	for (let k = verb - 1; k >= 0 && k >= verb - 4; k--) {
		const t = toks[k]!;
		if (t.kind !== 'word' || t.sentence !== toks[verb]!.sentence) {
			return false;
		}
		if (isComplementizer(t)) {
			return /^و?ب?[اإ]?ن(ه|ها|هم|هما)$/.test(t.key);
		}
		if (verbForms().has(t.key) && k < verb - 1) {
			return false;
		}
	}
	return false;
}

/**
 * Whether a verb comes right after the closing mark of a quotation («…»، يقول التاجر فلان): the quotation is what
 * was said, so the noun phrase after the verb is its subject.
 */
function afterClosingQuote(doc: Doc, verb: number, quoteSpans: readonly Span[]): boolean {
	let k = verb - 1;
	while (k >= 0 && isComma(doc.tokens[k])) {
		k--;
	}
	const t = doc.tokens[k];
	if (t === undefined || t.kind !== 'quote' || t.paragraph !== doc.tokens[verb]!.paragraph) {
		return false;
	}
	return containing(quoteSpans, t)?.end === t.end;
}

/** A preposition with a pronoun (عنه، لديها، إليهم). */
const PRONOUN_PP = /^[وف]?(لدي|عند|علي|الي|من|عن|في|مع)(ه|ها|هم|هما|ك|كم|نا|ي)$/;

/** Nouns of speech with a possessive pronoun (تصريحه، حديثها، كلمته): the verb's object, never its subject. */
const SPEECH_OBJECTS: ReadonlySet<string> = new Set(
	SPEECH_NOUNS.flatMap((n) => {
		// The feminine ة becomes ت before a pronoun (كلمة → كلمته).
		const stem = matchKey(n).replace(/ة$/, 'ت');
		return ['ه', 'ها', 'هم', 'هما'].map((p) => stem + p);
	}),
);

/** Whether a cue is a noun of the قول family (قوله، القول، تأكيده), found after the verbs and frames. */
function isQawl(info: CueInfo): boolean {
	return info.verb === undefined && info.phrase === undefined;
}

/** The agreement a قول noun shows through its pronoun: قوله → m, قولها → f, otherwise either. */
function qawlAgreement(t: Token): 'm' | 'f' | 'any' {
	return /ها$/.test(t.key) ? 'f' : /[^م]ه$/.test(t.key) ? 'm' : 'any';
}

/**
 * The start of the source of a قول noun: the token after the «عن» that precedes it in its sentence («نقلت الوكالة
 * عن الوزير قوله»), 'pronoun' when that «عن» carries a pronoun («نقلت عنه قوله»), or undefined.
 */
function qawlSource(doc: Doc, at: number): number | 'pronoun' | undefined {
	const toks = doc.tokens;
	const sentence = toks[at]!.sentence;
	for (let k = at - 1; k >= 0 && k >= at - 14; k--) {
		const t = toks[k]!;
		if (t.sentence !== sentence || t.kind === 'quote' || isColon(t) || isComplementizer(t)) {
			return undefined;
		}
		if (t.kind !== 'word') {
			continue;
		}
		if (t.key === 'عن' || t.key === 'وعن') {
			return k + 1 < at ? k + 1 : undefined;
		}
		if (/^و?عن(ه|ها|هم|هما)$/.test(t.key)) {
			return 'pronoun';
		}
	}
	return undefined;
}

/**
 * Whether the noun phrase after a verb is its subject rather than its object: it is followed by the reported clause
 * (أن، إن، a colon, a quote, a frame such as «في بيان»), or it is a name, a title, a source noun or an institution.
 */
function looksLikeSubject(doc: Doc, np: Phrase, index: EntityIndex, cueStarts: ReadonlySet<number>): boolean {
	const toks = doc.tokens;
	const e = index.byToken.get(np.first);
	if (e !== undefined && e.first === np.first) {
		return true;
	}
	// «واختتم تصريحاته بالقول»: a noun with a possessive pronoun is the verb's object.
	if (np.end - np.first === 1 && /(ه|ها|هم|هما)$/.test(toks[np.first]!.key) && !words().titles.has(toks[np.first]!.key)) {
		return false;
	}
	// «ثلاثة مصادر»، «عدد من المسؤولين»: a quantifier before the head.
	let h = np.first;
	while (h + 1 < np.end && /^(ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|عدة|عدد|بعض|كثير|العديد|اثنان|اثنين|من)$/.test(toks[h]!.key)) {
		h++;
	}
	const head = toks[h]!.key.replace(/^[وف]/, '');
	const bare = head.startsWith('ال') ? head.slice(2) : head;
	if (words().titles.has(head) || words().titles.has(bare) || sourceHeads().has(bare) || sourceHeads().has(head)) {
		return true;
	}
	// A human plural in the nominative («جمهوريون»، «مسؤولون») is a subject; objects take -ين.
	if (/ون$/.test(bare) && bare.length > 4) {
		return true;
	}
	const sentence = toks[np.first]!.sentence;
	for (let k = np.end; k < toks.length && k < np.end + 8; k++) {
		const t = toks[k]!;
		if (t.sentence !== sentence) {
			return false;
		}
		if (isComplementizer(t) || isColon(t) || t.kind === 'quote' || cueStarts.has(t.start)) {
			return true;
		}
		if (t.kind === 'punct' && !isComma(t) && t.text !== '(' && t.text !== ')') {
			return false;
		}
	}
	return false;
}

let heads: ReadonlySet<string> | undefined;
let anonymousHeads: ReadonlySet<string> | undefined;

/** Anonymous and vague source heads, without the article. */
function ANONYMOUS_SET(): ReadonlySet<string> {
	anonymousHeads ??= new Set([...ANONYMOUS_HEADS, ...VAGUE_GROUPS].map((w) => matchKey(w).replace(/^ال/, '')));
	return anonymousHeads;
}

/** Nouns that head a source: anonymous heads, vague groups, institutions and outlets (without the article). */
function sourceHeads(): ReadonlySet<string> {
	heads ??= new Set([...ANONYMOUS_HEADS, ...VAGUE_GROUPS, ...INSTITUTION_HEADS, ...OUTLET_HEADS].map((w) => matchKey(w).replace(/^ال/, '')));
	return heads;
}

/** The union of the quotation spans as disjoint spans in text order (nested quotes fold into the outer one). */
function mergeSpans(spans: readonly Span[]): Span[] {
	const sorted = spans.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start);
	const out: Array<{ start: number; end: number }> = [];
	for (const q of sorted) {
		const last = out[out.length - 1];
		if (last !== undefined && q.start < last.end) {
			last.end = Math.max(last.end, q.end);
		} else {
			out.push(q);
		}
	}
	return out;
}

/** Whether a span lies inside one of the disjoint spans (binary search). */
function insideAny(spans: readonly Span[], s: Span): boolean {
	return containing(spans, s) !== undefined;
}

/** The one of the disjoint spans that contains `s`, or undefined (binary search). */
function containing(spans: readonly Span[], s: Span): Span | undefined {
	const q = spans[partitionPoint(spans.length, (i) => spans[i]!.start <= s.start) - 1];
	return q !== undefined && q.start <= s.start && s.end <= q.end ? q : undefined;
}

/** The last person entity before `offset` that is not inside a quotation, or undefined. */
function lastPersonBefore(ctx: Context, quoteSpans: readonly Span[], offset: number): Span | undefined {
	const es = ctx.entities;
	const lo = partitionPoint(es.length, (i) => es[i]!.end <= offset);
	for (let k = lo - 1, n = 0; k >= 0 && n < 12; k--, n++) {
		const e = es[k]!;
		if (e.type === 'PER' && !insideAny(quoteSpans, e) && !isObjectOfPreposition(ctx.doc, e.start) && !isPronounMention(ctx.doc, e)) {
			return { start: e.start, end: e.end };
		}
	}
	return undefined;
}

/** A mention that is only an honorific or a pronoun («سموه»), which the recogniser may take for a name. */
function isPronounMention(doc: Doc, e: Span): boolean {
	const t = doc.tokens[tokenAt(doc, e.start)];
	return t !== undefined && t.end >= e.end && PRONOUN_SUBJECTS.has(t.key.replace(/^[وف]/, ''));
}

/**
 * Whether a mention is the object of a preposition («لقاء مع بوتين»، «لبوتين»): someone spoken to or about, not a
 * speaker the story turns to.
 */
function isObjectOfPreposition(doc: Doc, start: number): boolean {
	const i = Math.min(tokenAt(doc, start), doc.tokens.length - 1);
	const t = doc.tokens[i]!;
	if (t.start < start) {
		// The mention leaves out a proclitic glued to it: ب or ل (with or without و before) make it an object.
		return /^[وف]?[بل]/.test(t.key);
	}
	const prev = doc.tokens[i - 1];
	if (prev === undefined || prev.kind !== 'word' || !words().prepositions.has(prev.key.replace(/^و/, ''))) {
		return false;
	}
	// «بترحيب من عباس»، «بكلمة من الوزير»: «من» after a verbal noun with ب names its agent, who may speak next.
	const noun = doc.tokens[i - 2];
	return !(prev.key === 'من' && noun !== undefined && noun.kind === 'word' && /^و?ب[^ا]/.test(noun.key) && !words().prepositions.has(noun.key) && noun.key.length > 3);
}

/** Whether cue `c` stands in the complement clause of an earlier cue of the same sentence. */
function isEmbedded(doc: Doc, infos: readonly CueInfo[], c: number): boolean {
	const me = infos[c]!;
	const sentence = doc.tokens[me.first]!.sentence;
	for (let k = c - 1; k >= 0; k--) {
		const other = infos[k]!;
		if (doc.tokens[other.first]!.sentence !== sentence) {
			return false;
		}
		for (let j = other.end; j < me.first; j++) {
			if (isComplementizer(doc.tokens[j]) || isColon(doc.tokens[j]) || doc.tokens[j]!.kind === 'quote') {
				return true;
			}
		}
	}
	return false;
}

/** Token-index ranges of the entities, for picking the most specific mention inside a subject. */
interface EntityIndex {
	readonly byToken: Map<number, { first: number; end: number; type: string; span: Span }>;
}

function buildEntityIndex(ctx: Context): EntityIndex {
	const byToken = new Map<number, { first: number; end: number; type: string; span: Span }>();
	const toks = ctx.doc.tokens;
	let t = 0;
	for (const e of ctx.entities) {
		while (t < toks.length && toks[t]!.end <= e.start) {
			t++;
		}
		let end = t;
		while (end < toks.length && toks[end]!.start < e.end) {
			end++;
		}
		const info = { first: t, end, type: e.type, span: { start: e.start, end: e.end } };
		for (let k = t; k < end; k++) {
			byToken.set(k, info);
		}
	}
	return { byToken };
}

/** A noun phrase as token indices `[first, end)`. */
interface Phrase {
	readonly first: number;
	readonly end: number;
}

/** A preposition with a pronoun (لديه، به، عليها) or with the article (بالرسوم، للتحاور): a prepositional phrase. */
const PREPOSITIONAL = /^(و|ف)?((ل|ب|ك)ال|لل|(لدي|عند|علي|الي|من|عن|في|مع|ب|ل)(ه|ها|هم|هما|ك|كم|نا|ي)$)/;

/** Whether a word can be part of a subject noun phrase. */
function isNominal(t: Token | undefined): boolean {
	if (t === undefined || t.kind !== 'word') {
		return false;
	}
	const w = words();
	const bare = t.key.charCodeAt(0) === 0x0648 ? t.key.slice(1) : t.key;
	if (w.prepositions.has(t.key) || w.particles.has(t.key) || w.prepositions.has(bare) || w.particles.has(bare) || w.time.has(t.key) || isComplementizer(t) || PREPOSITIONAL.test(t.key) || PRONOUN_SUBJECTS.has(t.key)) {
		return false;
	}
	// «لزعيم الحركة»: ل glued to a title is a prepositional phrase, not a name such as «لبنان».
	if (t.key.startsWith('ل') && w.titles.has(t.key.slice(1))) {
		return false;
	}
	return !verbForms().has(t.key);
}

/** The subject after a verb (VSO): skips commas and time adverbs, then takes the noun phrase. */
function subjectAfter(doc: Doc, from: number, cueStarts: ReadonlySet<number>, entities: EntityIndex, startsHere = false): Phrase | undefined {
	const toks = doc.tokens;
	// «قال صلى الله عليه وسلم: …»: a eulogy right after the verb stands for someone named before; no subject here.
	if (eulogyLength(toks, from) > 0) {
		return undefined;
	}
	// The phrase stays in the sentence of the word before it (the verb), or with `startsHere` in its own.
	const sentence = startsHere ? toks[from]?.sentence : toks[from - 1]?.sentence;
	const w = words();
	let j = from;
	let skipped = 0;
	while (j < toks.length && skipped < 6) {
		const t = toks[j]!;
		if (t.sentence !== sentence) {
			return undefined;
		}
		// «كشف عنه أحد الأقارب»، «نقلت عنه الوكالة»: a preposition with a pronoun right after the verb is skipped too,
		// and so is a quote mark around the subject («كشف "المصدر"»).
		const pronounPP = t.kind === 'word' && j === from && (/^(عن|ل|ب|الي|علي|من|لدي|في)(ه|ها|هم|هما)$/.test(t.key) || /^ل(نا|ي|ك|كم)$/.test(t.key));
		const quotedName = t.kind === 'quote' && j === from && toks.slice(j + 1, j + 4).some((u) => u.kind === 'quote');
		// «وأبلغت (عكاظ) مصادر مطلعة»: a parenthesised name right after the verb is skipped whole.
		if (j === from && t.kind === 'punct' && t.text === '(') {
			let k = j + 1;
			while (k < toks.length && k < j + 6 && !(toks[k]!.kind === 'punct' && toks[k]!.text === ')')) {
				k++;
			}
			if (toks[k]?.text === ')') {
				j = k + 1;
				skipped++;
				continue;
			}
		}

		if (isComma(t) || (t.kind === 'word' && (w.time.has(t.key) || isSkippableParticle(t))) || pronounPP || t.kind === 'number' || (t.kind === 'punct' && (t.text === '(' || t.text === ')')) || quotedName) {
			j++;
			skipped++;
			continue;
		}
		// «أوضح لـ"الاقتصادية" بدر القرشي»: the one addressed may come before the subject; skip it and its name.
		if (j === from && isAddressee(t)) {
			j++;
			skipped++;
			if (toks[j]?.kind === 'quote') {
				let k = j + 1;
				while (k < toks.length && k < j + 6 && toks[k]!.kind !== 'quote') {
					k++;
				}
				j = toks[k]?.kind === 'quote' ? k + 1 : j;
			} else if (toks[j]?.kind === 'word' && t.text.endsWith('ـ')) {
				j++;
			}
			continue;
		}
		break;
	}
	const first = j;
	if (!isNominal(toks[first]) || toks[first]!.sentence !== sentence || PRONOUN_SUBJECTS.has(toks[first]!.key) || isAddressee(toks[first]!)) {
		return undefined;
	}
	// «يقول متحسراً»: a word with the accusative tanween is a حال or an object, never the subject.
	if (/\u064B\u0627?$/.test(toks[first]!.text)) {
		return undefined;
	}
	// «ثم قال، مستنتجاً بعد …»: after a comma, an indefinite participle in ـا (مُفعِلاً، مُستفعِلاً) written without its
	// tanween is the same حال.
	if (first > 0 && isComma(toks[first - 1]) && /^م\p{L}{3,}ا$/u.test(toks[first]!.key)) {
		return undefined;
	}
	let end = first;
	let n = 0;
	// A title heads a longer phrase whose genitives («لشركة»، «للتعليم») and coordinated names («والتراث») are
	// part of the title, not someone addressed or a second subject.
	const headKey = toks[first]!.key.replace(/^[وف]/, '');
	const titled = w.titles.has(headKey) || w.titles.has(headKey.replace(/^ال/, ''));
	const max = titled ? MAX_TITLED_SUBJECT_WORDS : MAX_SUBJECT_WORDS;
	while (end < toks.length && n < max) {
		const t = toks[end]!;
		if (t.sentence !== sentence || t.kind !== 'word') {
			break;
		}
		if (end > first) {
			// «الأمين العام»، «المدير العام»: after a title, العام is "general", not "the year".
			// «مدير عام الهيئة»، «أمين عام المجلس»: right after a title word, عام is "general" too.
			const prevKey = toks[end - 1]!.key.replace(/^[وف]/, '');
			const general = titled && (t.key === 'العام' || t.key === 'العامة' || ((t.key === 'عام' || t.key === 'عامة') && w.titles.has(prevKey)));
			if ((w.time.has(t.key) && !general) || isComplementizer(t) || verbForms().has(t.key) || cueStarts.has(t.start)) {
				break;
			}
			// «المتحدث باسم …» keeps its genitive; any other preposition ends the subject, and so does the person
			// addressed (قال مصدر أمني لوكالة فرانس برس، قال لـ«الوطن»).
			// «المهندس علي الزهراني»: the name «علي» folds to the key of the preposition «على»; after a title or
			// inside a recognised name it is the name.
			const nameAli = t.key === 'علي' && t.text.endsWith('ي') && (w.titles.has(prevKey) || entities.byToken.has(t.index));
			if ((w.prepositions.has(t.key) || w.particles.has(t.key)) && t.key !== 'باسم' && !nameAli) {
				break;
			}
			if ((isAddressee(t) && !(titled && !t.text.endsWith('ـ'))) || (t.key.startsWith('ل') && entities.byToken.has(t.index) && !entities.byToken.has(first))) {
				break;
			}
			// «قال رسول الله صلى الله عليه وسلم»: the eulogy is not part of the name.
			if (eulogyLength(toks, end) > 0) {
				break;
			}
			// «وختم الأمير تصريحه قائلاً»: the speech he ended is the object, after the subject; «نقلت الصحيفة عنه»:
			// a preposition with a pronoun ends it too, and so does «بال…» after a plain noun («وصفها متابعوه بالموجعة»).
			const plainHead = !titled && !sourceHeads().has(headKey.replace(/^ال/, ''));
			if (SPEECH_OBJECTS.has(t.key.replace(/^[وف]/, '')) || PRONOUN_PP.test(t.key) || (plainHead && /^[وف]?[بك]ال/.test(t.key) && !entities.byToken.has(t.index))) {
				break;
			}
			if (t.key.startsWith('و') && !isCoordinatedAdjective(t) && isCoordination(t) && !(titled && t.key.startsWith('وال'))) {
				break;
			}
			// After an indefinite head («مسؤول أمني باكستاني رفض …»), an indefinite word that is neither an
			// adjective nor part of a name is the next clause's verb.
			// A title in construct takes its genitive («رئيس مجلس النواب»، «وزير خارجية …»); an anonymous head does not.
			const construct = titled && end === first + 1 && !ANONYMOUS_SET().has(headKey.replace(/^ال/, '')) && !t.key.startsWith('و');
			if (!toks[first]!.key.replace(/^[وف]/, '').startsWith('ال') && !continuesIndefinite(t, entities) && !general && !construct && !(end === first + 1 && QUANTIFIER_WORDS.test(toks[first]!.key))) {
				break;
			}
		} else if (!isNominal(t)) {
			break;
		}
		end++;
		n++;
	}
	return end > first ? { first, end } : undefined;
}

/**
 * Honorifics with a pronoun (سموه، معاليه) and pronouns: they refer back to an earlier explicit speaker, which the
 * carry-over finds.
 */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['سموه', 'سموها', 'معاليه', 'معاليها', 'فضيلته', 'سعادته', 'سعادتها', 'جلالته', 'جلالتها', 'فخامته', 'فضيلتها', 'هو', 'هي', 'هم', 'لكنه', 'لكنها', 'ولكنه', 'انه', 'انها', 'بدوره', 'بدورها']);

/** Honorifics with a pronoun (سموه، سموها) and the title keys they stand for, without the article. */
const HONORIFIC_TITLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	HONORIFICS.flatMap(({ honorific, titles }) => {
		const stem = matchKey(honorific).replace(/ة$/, 'ت');
		const set = new Set(titles.map(matchKey));
		return ['ه', 'ها'].map((p) => [stem + p, set] as const);
	}),
);
/** How far back (in tokens) the title of an honorific pronoun is looked for. */
const HONORIFIC_WINDOW = 400;

/**
 * The antecedent of an honorific pronoun right after a verb («وأعرب سموه»): the last mention, outside quotations,
 * of a title that the honorific belongs to (سموه → «أمير منطقة القصيم», معاليه → «وزير الصحة»), as a noun phrase.
 */
function honorificAntecedent(doc: Doc, at: number, quoteSpans: readonly Span[], cueStarts: ReadonlySet<number>, entities: EntityIndex): Phrase | undefined {
	const toks = doc.tokens;
	let j = at;
	while (toks[j] !== undefined && toks[j]!.kind === 'word' && isSkippableParticle(toks[j]!)) {
		j++;
	}
	const t = toks[j];
	if (t === undefined || t.kind !== 'word') {
		return undefined;
	}
	const key = t.key.replace(/^[وف]/, '');
	const titles = HONORIFIC_TITLES.get(key);
	if (titles === undefined) {
		return undefined;
	}
	for (let k = j - 1; k >= 0 && k >= j - HONORIFIC_WINDOW; k--) {
		const u = toks[k]!;
		if (u.kind !== 'word' || !titles.has(u.key.replace(/^[وفبل]/, '').replace(/^ال/, '').replace(/^ل/, ''))) {
			continue;
		}
		if (insideAny(quoteSpans, u)) {
			continue;
		}
		// The whole mention: «صاحب السمو الأمير فلان» or «أمير منطقة القصيم»; a person's name in it is preferred.
		const np = subjectAfter(doc, k, cueStarts, entities, true);
		if (np !== undefined) {
			return trimConstruct(doc, np, entities);
		}
	}
	return undefined;
}

/**
 * A title's construct chain ends at its first definite noun: «سلّم أمير منطقة القصيم المفاتيح» — a second definite
 * word that is neither a nisba adjective nor part of a name is the verb's object.
 */
function trimConstruct(doc: Doc, np: Phrase, entities: EntityIndex): Phrase {
	const toks = doc.tokens;
	for (let k = np.first + 1; k < np.end; k++) {
		const prev = toks[k - 1]!;
		const t = toks[k]!;
		const definitePrev = prev.key.startsWith('ال') || entities.byToken.has(prev.index);
		if (definitePrev && t.key.startsWith('ال') && !/(ي|ية|يه|يين|يون)$/.test(t.key) && !entities.byToken.has(t.index) && !words().titles.has(t.key)) {
			return { first: np.first, end: k };
		}
	}
	return np;
}

/** Numbers and quantifiers written as words before a plural head («ثلاثة مصادر»، «عدة مسؤولين»). */
const QUANTIFIER_WORDS = /^(ثلاث|ثلاثة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|عشرة|عدة|اثنان|اثنين|عشرات|احد|احدي|بعض|معظم|اغلب)$/;

/** Adjective endings (nisba, feminine, plural) and the article: what may follow an indefinite head in its phrase. */
const ADJECTIVE_LIKE = /^(ال|وال)|(ي|ية|يه|يون|يين|ون|ين|ات|ة)$/;

function continuesIndefinite(t: Token, entities: EntityIndex): boolean {
	return entities.byToken.has(t.index) || ADJECTIVE_LIKE.test(t.key) || t.key === 'باسم' || words().titles.has(t.key) || /^(مطلع|رفيع|كبير|بارز|سابق|مسؤول|المستوي|عليم|مقرب|قريب|موثوق|عيان)$/.test(t.key);
}

/** «لوكالة»، «لصحيفة»، «للصحفيين»، «لـ»: the one a statement was made to, after the speaker. */
function isAddressee(t: Token): boolean {
	if (!t.key.startsWith('ل')) {
		return false;
	}
	if (t.text.endsWith('ـ') || t.key.startsWith('لل')) {
		return true;
	}
	const rest = t.key.slice(1);
	return sourceHeads().has(rest) || /^(صحفيين|وسائل|قناة|موقع|اذاعة|تلفزيون)/.test(rest);
}

/** Particles that may stand between a verb and its subject (قال أيضاً الوزير). */
function isSkippableParticle(t: Token): boolean {
	return t.key === 'ايضا' || t.key === 'كذلك' || t.key === 'بدوره' || t.key === 'بدورها';
}

/**
 * Whether a word starting with و joins a second phrase («والوزير»، «ومسؤولون») rather than being a name that
 * starts with the letter (واتسون، وليد، واشنطن).
 */
function isCoordination(t: Token): boolean {
	const rest = t.key.slice(1);
	return rest.startsWith('ال') || words().titles.has(rest) || sourceHeads().has(rest) || verbForms().has(t.key) || words().particles.has(rest);
}

/** «مصادر أمنية وطبية»: a و-joined nisba adjective belongs to the subject. */
function isCoordinatedAdjective(t: Token): boolean {
	const k = t.key.slice(1);
	return /(ي|ية|يون|يين|يات)$/.test(k) && !k.startsWith('ال') && k.length > 3;
}

/** «أمّا تيد كروز، السناتور الجمهوري، …، فقال إن …»: the topic after أما is the subject of the verb with ف. */
function topicBefore(doc: Doc, verb: number, cueStarts: ReadonlySet<number>, entities: EntityIndex): Phrase | undefined {
	const toks = doc.tokens;
	if (!toks[verb]!.key.startsWith('ف')) {
		return undefined;
	}
	const sentence = toks[verb]!.sentence;
	for (let k = verb - 1; k >= 0 && k >= verb - 40; k--) {
		const t = toks[k]!;
		if (t.sentence !== sentence) {
			return undefined;
		}
		if (t.kind === 'word' && /^و?اما$/.test(t.key)) {
			return subjectAfter(doc, k + 1, cueStarts, entities);
		}
	}
	return undefined;
}

/** The subject before a verb (SVO): «وكانت الوزارة قد أعلنت»، «أن بوتين أعرب». */
function subjectBefore(doc: Doc, verb: number): Phrase | undefined {
	const toks = doc.tokens;
	const sentence = toks[verb]!.sentence;
	let j = verb - 1;
	if (toks[j]?.key === 'قد' || toks[j]?.key === 'لقد') {
		j--;
	}
	// «نبيكم صلى الله عليه وسلم قد قال»، «الملك سلمان - حفظه الله - قد أكد»: a eulogy after the name is skipped.
	j = beforeEulogy(toks, j);
	// «المغرد "فلان" الذي قال»: the subject of a relative clause is its antecedent.
	if (toks[j]?.kind === 'word' && RELATIVES.has(toks[j]!.key) && toks[j]!.sentence === sentence) {
		return antecedent(doc, j);
	}
	// «لكن "العرفج" يقول»: a quoted name as the subject before its verb.
	if (toks[j]?.kind === 'quote' && toks[j]!.sentence === sentence && !/^[وف]/.test(toks[verb]!.key)) {
		const np = antecedent(doc, j + 1);
		const opener = np === undefined ? undefined : toks[np.first - 2];
		const opens = opener === undefined || opener.sentence !== sentence || isComplementizer(opener) || isClauseBreak(opener) || /^[وف]?(كان|كانت|لكن|بينما|فيما|حيث|اذ|كما)$/.test(opener.key);
		return np !== undefined && toks[np.first - 1]?.kind === 'quote' && opens ? np : undefined;
	}
	const end = j + 1;
	let n = 0;
	while (j >= 0 && n < 5) {
		const t = toks[j]!;
		if (t.sentence !== sentence || !isNominal(t)) {
			break;
		}
		j--;
		n++;
	}
	let first = j + 1;
	if (first >= end) {
		return undefined;
	}
	// «مصادر داخل طالبان تفيد»: one prepositional phrase may sit inside the subject.
	const inner = toks[first - 1];
	if (inner !== undefined && inner.sentence === sentence && /^(في|داخل|لدي|من|قرب)$/.test(inner.key) && isNominal(toks[first - 2])) {
		let k = first - 2;
		let m = 0;
		while (k >= 0 && m < 4 && toks[k]!.sentence === sentence && isNominal(toks[k])) {
			k--;
			m++;
		}
		const opener = toks[k];
		if (opener === undefined || opener.sentence !== sentence || isClauseBreak(opener) || isComplementizer(opener) || /^[وف]?(كان|كانت|لكن|بينما|فيما|حيث|اذ|كما)$/.test(opener.key)) {
			first = k + 1;
		}
	}
	// What stands before the noun phrase must open a clause: a complementizer, كان/كانت, a clause break, or nothing.
	const before = toks[first - 1];
	const opens = before === undefined || before.sentence !== sentence || isComplementizer(before) || isClauseBreak(before) || /^[وف]?(كان|كانت|ظل|ظلت|بات|باتت|لكن|بينما|فيما|حيث|اذ|كما)$/.test(before.key);
	if (!opens) {
		return undefined;
	}
	// A lone word glued to a conjunction at clause start is more likely a verb we do not know than a subject.
	return { first, end };
}

/** Relative pronouns on the matching key. */
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS.map(matchKey));

/**
 * The antecedent of the relative pronoun at `rel`: the quoted name right before it («المغرد "فلان" الذي»), else the
 * noun phrase before it (up to five words, past one comma).
 */
function antecedent(doc: Doc, rel: number): Phrase | undefined {
	const toks = doc.tokens;
	const sentence = toks[rel]!.sentence;
	let k = rel - 1;
	if (isComma(toks[k])) {
		k--;
	}
	const close = toks[k];
	if (close !== undefined && close.kind === 'quote' && close.sentence === sentence) {
		let o = k - 1;
		while (o >= 0 && o >= k - 6 && toks[o]!.kind !== 'quote') {
			o--;
		}
		return toks[o]?.kind === 'quote' && o + 1 < k && toks[o]!.sentence === sentence ? { first: o + 1, end: k } : undefined;
	}
	const end = k + 1;
	let n = 0;
	while (k >= 0 && n < 5 && toks[k]!.sentence === sentence && isNominal(toks[k])) {
		k--;
		n++;
	}
	return k + 1 < end ? { first: k + 1, end } : undefined;
}

let eulogies: ReadonlyArray<readonly string[]> | undefined;

/** How far back (in tokens) the earlier mention of a eulogy is looked for. */
const EULOGY_WINDOW = 400;

/** For a eulogy at token `at`, the noun phrase written before the same eulogy earlier in the text, or undefined. */
function eulogyAntecedent(doc: Doc, at: number): Phrase | undefined {
	const toks = doc.tokens;
	const n = eulogyLength(toks, at);
	if (n === 0) {
		return undefined;
	}
	for (let k = at - 1; k >= 1 && k >= at - EULOGY_WINDOW; k--) {
		if (toks[k]!.key === toks[at]!.key && eulogyLength(toks, k) === n && isNominal(toks[k - 1])) {
			const np = antecedent(doc, k);
			if (np !== undefined) {
				return np;
			}
		}
	}
	return undefined;
}

/** The number of tokens of a eulogy formula starting at token `j`, or 0. */
function eulogyLength(toks: readonly Token[], j: number): number {
	eulogies ??= EULOGY_FORMULAS.map((f) => f.map(matchKey));
	const t = toks[j];
	if (t === undefined || t.kind !== 'word') {
		return 0;
	}
	for (const f of eulogies) {
		if (f[0] === t.key && f.every((w, i) => toks[j + i]?.kind === 'word' && toks[j + i]!.key === w)) {
			return f.length;
		}
	}
	return 0;
}

/**
 * If a eulogy formula ends at token `j` (in dashes or brackets or not), the index just before it; else `j`.
 */
function beforeEulogy(toks: readonly Token[], j: number): number {
	eulogies ??= EULOGY_FORMULAS.map((f) => f.map(matchKey));
	let k = j;
	const bracket = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && /^[-–—()]$/.test(t.text);
	const closed = bracket(toks[k]);
	if (closed) {
		k--;
	}
	for (const f of eulogies) {
		const first = k - f.length + 1;
		if (first < 0 || !f.every((w, i) => toks[first + i]!.kind === 'word' && toks[first + i]!.key === w)) {
			continue;
		}
		let before = first - 1;
		if (closed && bracket(toks[before])) {
			before--;
		} else if (closed) {
			return j;
		}
		return before;
	}
	return j;
}

/** «وقال أحد اليمنيين ويدعى سعيد منصور»: the name given right after the subject. */
function namedAfter(doc: Doc, np: Phrase): Span | undefined {
	const toks = doc.tokens;
	let k = np.end;
	if (isComma(toks[k])) {
		k++;
	}
	const t = toks[k];
	if (t === undefined || t.kind !== 'word' || !/^و?(يدعي|تدعي|اسمه|اسمها)$/.test(t.key) || t.sentence !== toks[np.first]!.sentence) {
		return undefined;
	}
	let e = k + 1;
	while (e < toks.length && e < k + 5 && isNominal(toks[e]) && !isAddressee(toks[e]!) && !toks[e]!.key.startsWith('ال')) {
		e++;
	}
	return e > k + 1 ? { start: toks[k + 1]!.start, end: toks[e - 1]!.end } : undefined;
}

/**
 * A title with its post before the name («السفير الفلسطيني في عمان عطا الله خيري»، «مدير المستشفى بجدة فلان»): the
 * person's name right after a short prepositional phrase of place.
 */
function nameAfterPlace(doc: Doc, np: Phrase, index: EntityIndex): Span | undefined {
	const toks = doc.tokens;
	const head = toks[np.first]!.key.replace(/^[وف]/, '');
	if (!words().titles.has(head) && !words().titles.has(head.replace(/^ال/, ''))) {
		return undefined;
	}
	const p = toks[np.end];
	if (p === undefined || p.kind !== 'word' || p.sentence !== toks[np.first]!.sentence) {
		return undefined;
	}
	const from = p.key === 'في' || p.key === 'لدي' ? np.end + 1 : /^ب[^ا]/.test(p.key) && p.key.length > 3 ? np.end : -1;
	if (from < 0) {
		return undefined;
	}
	for (let k = from; k < toks.length && k <= from + 3; k++) {
		const t = toks[k]!;
		if (t.kind !== 'word' || t.sentence !== p.sentence || isComplementizer(t)) {
			return undefined;
		}
		const e = index.byToken.get(k);
		if (e !== undefined && e.type === 'PER' && e.first === k && k > from) {
			return e.span;
		}
	}
	return undefined;
}

/**
 * A person's name in apposition after the subject and its affiliation, before the reported clause
 * («وقال عضو في رئاسة الاتحاد، أبو بكر علي، إن …»): the most specific mention of the speaker.
 */
function appositiveName(doc: Doc, np: Phrase, index: EntityIndex): Span | undefined {
	const toks = doc.tokens;
	// «حذّر فلان، مستشار فلان الآخر، من …»: a subject that is already a name keeps it; the apposition describes it.
	for (let k = np.first; k < np.end; k++) {
		if (index.byToken.get(k)?.type === 'PER') {
			return undefined;
		}
	}
	const sentence = toks[np.first]!.sentence;
	let sawComma = false;
	for (let k = np.end; k < toks.length && k < np.end + 10; k++) {
		const t = toks[k]!;
		if (t.sentence !== sentence || t.kind === 'quote' || isColon(t) || isComplementizer(t) || (t.kind === 'punct' && !isComma(t))) {
			return undefined;
		}
		if (isComma(t)) {
			if (sawComma) {
				return undefined;
			}
			sawComma = true;
			continue;
		}
		const e = index.byToken.get(k);
		if (e !== undefined && e.type === 'PER' && sawComma && e.first === k) {
			return e.span;
		}
		// A name the recogniser does not know: one to three indefinite words between two commas.
		if (sawComma && isComma(toks[k - 1])) {
			let j = k;
			// «علي» the name folds to the key of «على» the preposition; between two commas it is the name.
			const nameLike = (u: Token | undefined): boolean => u !== undefined && (isNominal(u) || (u.kind === 'word' && u.text.endsWith('ي') && u.key === 'علي'));
			while (j < toks.length && j < k + 3 && nameLike(toks[j]) && !toks[j]!.key.startsWith('ال') && !/^(ي|ية|يون|يين)$/.test(toks[j]!.key.slice(-2))) {
				j++;
			}
			if (j > k && isComma(toks[j])) {
				return { start: toks[k]!.start, end: toks[j - 1]!.end };
			}
		}
	}
	return undefined;
}

/**
 * The most specific mention inside a subject: the last person name, else an organisation, else the phrase. An
 * anonymous head keeps its whole phrase: a name after it is its affiliation («مصدر في حركة حماس»).
 */
function mostSpecific(doc: Doc, np: Phrase, index: EntityIndex): Span {
	const head = doc.tokens[np.first]!.key.replace(/^[وف]/, '').replace(/^ال/, '');
	if (ANONYMOUS_SET().has(head) && index.byToken.get(np.first) === undefined) {
		return { start: doc.tokens[np.first]!.start, end: doc.tokens[np.end - 1]!.end };
	}
	let per: Span | undefined;
	let other: Span | undefined;
	for (let k = np.first; k < np.end; k++) {
		const e = index.byToken.get(k);
		if (e === undefined) {
			continue;
		}
		if (e.type === 'PER') {
			per = e.span;
		} else if (other === undefined && (e.type === 'ORG' || e.type === 'LOC')) {
			other = e.span;
		}
	}
	// «المتحدثة باسم مجلس الأمن القومي …» with no recognised name: the organisation is whom she speaks for, not
	// the speaker, so the whole phrase is the most specific mention.
	const titled = words().titles.has(head) || words().titles.has(doc.tokens[np.first]!.key.replace(/^[وف]/, ''));
	// «إذاعة إسرائيل»، «صحيفة نيويورك تايمز»: an outlet or a body named after a place is the whole phrase.
	const bodyHead = sourceHeads().has(head) && !ANONYMOUS_SET().has(head);
	const chosen = per ?? (titled || bodyHead ? undefined : other);
	if (chosen !== undefined) {
		return chosen;
	}
	const toks = doc.tokens;
	// Without a recognised name, the head noun and its descriptors, with a trailing «باسم» phrase kept whole.
	return { start: toks[np.first]!.start, end: toks[np.end - 1]!.end };
}

function linkQuotes(ctx: Context, infos: readonly CueInfo[], carried: readonly number[]): void {
	const { doc } = ctx;
	const pairs = ((ctx.scratch.get(QUOTE_PAIRS) as Array<{ pair: MarkPair; isQuote: boolean }> | undefined) ?? []).filter((p) => p.isQuote);
	const cueStartIndex = new Map<number, number>();
	ctx.cues.forEach((c, k) => cueStartIndex.set(c.start, k));
	// A «!» or «.» the speaker said does not end the writer's sentence around the quotation.
	const quoted = quotedTokens(ctx);
	for (let q = 0; q < ctx.quotes.length; q++) {
		const quote = ctx.quotes[q]!;
		const pair = pairs[q]!.pair;
		// A quote in a reported clause («… إن "…"», «…: "…"») belongs to the verb of that clause, however far.
		const before = doc.tokens[pair.open.index - 1];
		const reported = pair.openMissing === true || isComplementizer(before) || isColon(before);
		let cueIdx = cueBeforeQuote(ctx, infos, pair, quoted);
		if (cueIdx < 0 && (reported || inReportedClause(ctx, infos, pair))) {
			cueIdx = cueGoverningRecovered(ctx, infos, pair);
		}
		if (cueIdx < 0) {
			cueIdx = cueAfterQuote(doc, pair, cueStartIndex);
		}
		if (cueIdx < 0) {
			cueIdx = cueEndingPreviousParagraph(ctx, infos, pair);
		}
		const cue: Cue | undefined = cueIdx >= 0 ? ctx.cues[cueIdx] : undefined;
		let speaker = cue?.speaker ?? null;
		if (cue !== undefined && speaker !== null && cue.explicitSpeaker !== true) {
			// An implied speaker is not the one the quote talks about in the third person («وتابع: "فلان كثّف …"»):
			// the speaker is the explicit one before.
			const inQuote = quoteKeys(doc, quote);
			if (mentionedIn(doc, speaker, quote, inQuote)) {
				speaker = earlierSpeakerNotIn(ctx, carried, cueIdx, quote, inQuote) ?? speaker;
			}
		}
		ctx.quotes[q] = { ...quote, cue: cue === undefined ? null : { start: cue.start, end: cue.end }, speaker };
		if (cue === undefined && countWords(doc, pair.open.index + 1, pair.innerEnd) >= MIN_WORDS_UNATTRIBUTED && quote.depth === 0) {
			ctx.report({
				ruleId: 'quotes.unattributed',
				start: quote.start,
				end: quote.end,
				message: 'This quotation has no attribution: say who said it, just before or after it, in the same sentence (S9).',
				messageAr: 'هذا الاقتباس بلا إسناد: اذكر قائله قبله أو بعده مباشرة في الجملة نفسها.',
			});
		}
	}
}

const CUE_BEFORE_QUOTE_WINDOW = 18;
/** How many earlier cues are searched for another explicit speaker. */
const EARLIER_SPEAKER_CUES = 24;

/** The name words of a mention (matching keys, no article or conjunction, two letters or more). */
function nameKeys(doc: Doc, span: Span): string[] {
	const out: string[] = [];
	for (let k = tokenAt(doc, span.start); k < doc.tokens.length && doc.tokens[k]!.start < span.end; k++) {
		const t = doc.tokens[k]!;
		const key = t.key.replace(/^[وف]?(ال)?/, '');
		if (t.kind === 'word' && key.length >= 2 && !words().titles.has(t.key) && !words().titles.has(key)) {
			out.push(key);
		}
	}
	return out;
}

/** The words of a quotation, without proclitics, for `mentionedIn`. */
function quoteKeys(doc: Doc, quote: Span): Set<string> {
	const inQuote = new Set<string>();
	for (let k = tokenAt(doc, quote.start); k < doc.tokens.length && doc.tokens[k]!.start < quote.end; k++) {
		const t = doc.tokens[k]!;
		if (t.kind === 'word') {
			inQuote.add(t.key.replace(/^[وفلب]?(ال)?/, ''));
			inQuote.add(t.key.replace(/^[وف]?(ال)?/, ''));
		}
	}
	return inQuote;
}

/** Whether every name word of a mention occurs in the quotation (whose words are `inQuote`). */
function mentionedIn(doc: Doc, speaker: Span, quote: Span, inQuote: ReadonlySet<string>): boolean {
	const names = nameKeys(doc, speaker);
	if (names.length === 0 || (speaker.start >= quote.start && speaker.end <= quote.end)) {
		return false;
	}
	return names.every((n) => inQuote.has(n));
}

/** The explicit speaker of an earlier cue whose name the quotation does not contain, or undefined. */
function earlierSpeakerNotIn(ctx: Context, carried: readonly number[], cueIdx: number, quote: Span, inQuote: ReadonlySet<string>): Span | undefined {
	// The carried cues are in text order: start from the last one before the quote's cue.
	const lo = partitionPoint(carried.length, (i) => carried[i]! < cueIdx);
	for (let k = lo - 1; k >= 0 && k >= lo - EARLIER_SPEAKER_CUES; k--) {
		const c = ctx.cues[carried[k]!]!;
		if (c.speaker !== null && c.speaker !== undefined && !mentionedIn(ctx.doc, c.speaker, quote, inQuote)) {
			return c.speaker;
		}
	}
	return undefined;
}

/**
 * Whether a quote stands in the reported clause of a verb of saying earlier in its sentence: a colon or a
 * complementizer comes between that verb and the quote («أعلنت مصادر: إن الجريمة، …، "ينتمون …"»).
 */
function inReportedClause(ctx: Context, infos: readonly CueInfo[], pair: MarkPair): boolean {
	const { doc } = ctx;
	const k = cueGoverningRecovered(ctx, infos, pair);
	if (k < 0) {
		return false;
	}
	for (let j = infos[k]!.end; j < pair.open.index; j++) {
		if (isComplementizer(doc.tokens[j]) || isColon(doc.tokens[j])) {
			return true;
		}
	}
	return false;
}

/** A quote recovered after its complementizer (its opening mark was missing) belongs to the cue of that clause. */
function cueGoverningRecovered(ctx: Context, infos: readonly CueInfo[], pair: MarkPair): number {
	const { doc } = ctx;
	const sentence = pair.open.sentence;
	for (let k = lastCueBefore(ctx, pair.open.start); k >= 0; k--) {
		const t = doc.tokens[infos[k]!.first]!;
		if (t.sentence !== sentence) {
			return -1;
		}
		if (ctx.cues[k]!.form === 'verb') {
			return k;
		}
	}
	return -1;
}

/** The nearest cue before the opening mark, in the same paragraph, with no sentence end between them. */
function cueBeforeQuote(ctx: Context, infos: readonly CueInfo[], pair: MarkPair, quoted: Uint8Array): number {
	const { doc } = ctx;
	const open = pair.open;
	let k = lastCueBefore(ctx, open.start);
	// A passive cue (ما يُقال) inside the clause does not introduce the quote; the verb before it does.
	while (k > 0 && ctx.cues[k]!.form === 'passive' && doc.tokens[infos[k - 1]!.first]!.sentence === doc.tokens[infos[k]!.first]!.sentence) {
		k--;
	}
	if (k < 0) {
		return -1;
	}
	const info = infos[k]!;
	if (open.index - info.end > CUE_BEFORE_QUOTE_WINDOW) {
		return -1;
	}
	for (let j = info.end; j < open.index; j++) {
		const t = doc.tokens[j]!;
		if (t.paragraph !== open.paragraph || (t.kind === 'punct' && (t.text === '.' || t.text === '؟' || t.text === '!') && quoted[j] !== 1)) {
			return -1;
		}
	}
	// A frame between the verb and the quote («وأشار الوزير، في مؤتمر صحفي، إلى أن "…"») is not the quote's cue:
	// the verb before it in the sentence is.
	if (ctx.cues[k]!.form === 'phrase' && !info.sourceFollows && info.phrase !== undefined && k > 0) {
		const prev = infos[k - 1]!;
		if (ctx.cues[k - 1]!.form === 'verb' && doc.tokens[prev.first]!.sentence === doc.tokens[info.first]!.sentence && doc.tokens[prev.first]!.paragraph === open.paragraph) {
			return k - 1;
		}
	}
	return k;
}

/**
 * The word that opens the clause of token `i` and may be its verb («واكتفى»): the first word after the sentence start
 * or a comma, at most eight words back; -1 when there is none or it is `i` itself.
 */
function clauseVerbBefore(doc: Doc, i: number): number {
	const toks = doc.tokens;
	let k = i - 1;
	while (k >= 0 && k >= i - 9 && toks[k]!.kind === 'word' && toks[k]!.sentence === toks[i]!.sentence) {
		k--;
	}
	const v = k + 1;
	const opened = k < 0 || toks[k]!.sentence !== toks[i]!.sentence || isComma(toks[k]) || isClauseBreak(toks[k]);
	return opened && v < i - 1 ? v : -1;
}

/** A cue within three tokens after the closing mark («…»، قال الوزير). */
function cueAfterQuote(doc: Doc, pair: MarkPair, cueStartIndex: ReadonlyMap<number, number>): number {
	if (pair.close === null) {
		return -1;
	}
	let n = 0;
	for (let j = pair.close.index + 1; j < doc.tokens.length && n < 3; j++) {
		const t = doc.tokens[j]!;
		if (t.paragraph !== pair.close.paragraph) {
			return -1;
		}
		if (isComma(t)) {
			continue;
		}
		n++;
		const k = cueStartIndex.get(t.start);
		if (k !== undefined) {
			return k;
		}
		if (t.kind !== 'word') {
			return -1;
		}
	}
	return -1;
}

/** A quote that opens its paragraph after a paragraph ending in «…: » takes that paragraph's last cue. */
function cueEndingPreviousParagraph(ctx: Context, infos: readonly CueInfo[], pair: MarkPair): number {
	const { doc } = ctx;
	const p = doc.paragraphs[pair.open.paragraph];
	if (p === undefined || p.firstToken !== pair.open.index || p.index === 0) {
		return -1;
	}
	const prev = doc.paragraphs[p.index - 1]!;
	if (!isColon(doc.tokens[prev.endToken - 1])) {
		return -1;
	}
	const k = lastCueBefore(ctx, prev.end);
	return k >= 0 && infos[k]!.first >= prev.firstToken ? k : -1;
}
