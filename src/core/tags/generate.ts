/**
 * Keyword tags («كلمات دلالية»): ranked suggestions for an article.
 *
 * 1. Words ({@link tagWords}): every word with its proclitics decided on the article's own evidence, its stopword
 *    class, and whether it sits in the title or the lead. The existing tag line, outlets' label lines and repeated
 *    paragraphs (a headline listed again under «مقالات مشابهة») are left out.
 * 2. Spelling variants: names the article writes two ways (جونج/جونغ، ترمب/ترامب، شويجو/شويغو) share one core, found
 *    with the transliteration skeleton of editorial-rules.md §5 and only among words that never take the article.
 * 3. Candidates: every run of one to four words inside a clause that may be a name or a noun phrase: it does not begin
 *    with a stopword, boilerplate, a title, a verb or a word with a possessive pronoun; a definite word is followed
 *    only by definite words (noun + adjective: «كوريا الشمالية»، «الولايات المتحدة»); inside a name only connectors
 *    (بن، أبو، ولد) may be function words. Named entities (from the NER analyzer, when it ran) are candidates too, and
 *    all the spellings of one entity cluster are one candidate.
 * 4. Score: exp(Σ weight × feature) over the fourteen {@link TAG_FEATURES}: frequency, position (title, lead, first
 *    occurrence), the spread of the phrase's words, phrase length and cohesion, noun evidence, script, quote marks and
 *    the NER's reading. The weights are set by hand, each with its reason ({@link DEFAULT_TAG_WEIGHTS}); they are not
 *    fitted on the research-only evaluation sets. Adjectives on their own and phrase tails are dropped.
 * 5. Selection: best first, each word already used by a chosen tag lowering a candidate's score; a candidate contained
 *    in a chosen tag, or containing one, is dropped («كيم» under «كيم جونغ أون»); a word whose occurrences mostly
 *    belong to a longer phrase, or which first appears inside a repeated full name, is replaced by it
 *    («كوريا» → «كوريا الشمالية»).
 * 6. Display: the article's majority surface form of the candidate, without the و/ب/ل proclitics (the article stays).
 *
 * Linear in the length of the article (each word starts at most four candidates).
 */
import { isInvisible, PERSIAN_LOOKALIKES } from '../normalize/normalize';
import { tokenize } from '../tokenize/tokenize';
import type { Doc, Entity, EntityType, Tag } from '../types';
import { skeleton } from '../ner/skeleton';
import { locateTagLines } from './tagLine';
import { isEndingAdjective } from '../lexicon/stopwords';
import { tagWords, type TagWord } from './words';

/** Options of {@link generateTags}. */
export interface TagOptions {
	/** How many tags to return (default 6). */
	readonly count?: number;
	/** Named entities found in the same text (spans into it), with their clusters. */
	readonly entities?: readonly Entity[];
	/** Scoring parameters other than the defaults (for comparing hand-written settings in the evaluation). */
	readonly params?: TagParamsInput;
}

/**
 * The features of a candidate, by name, with what each measures. Counts are over the article without its tag line;
 * a candidate's "words" are its content words (connectors aside); spread is log(sentences) ÷ log(all sentences + 1).
 */
export const TAG_FEATURES = {
	frequency: 'log of the occurrences (tf)',
	title: 'log(1 + occurrences in the title)',
	lead: 'log(1 + occurrences in the lead: the first two sentences after the title)',
	phrase: 'two or three words',
	early: 'exp(−first position ÷ (0.1 × length)): 1 at the start, fading over the first tenth of the article',
	wordSpread: 'mean spread of the candidate\'s words through the article',
	adjective: 'share of occurrences that modify the word before (an adjective, or the tail of a longer phrase)',
	notNoun: 'a single word never seen as a noun (never definite, never after a preposition, never in a phrase)',
	cohesion: 'log(tf ÷ tf of its rarest word): 0 when that word is never written outside the phrase',
	latin: 'written in Latin script',
	quoted: 'an occurrence stands alone between quote marks or brackets',
	entity: 'a person, a place or an organisation for the NER',
	wholeName: 'share of occurrences the NER recognises as a whole name',
	holdsName: 'holds a shorter name the NER recognises («قناة بنما» holds «بنما»)',
} as const;

/** The name of a feature of {@link TAG_FEATURES}. */
export type TagFeature = keyof typeof TAG_FEATURES;

/**
 * The weights of the score, set by hand (a candidate's score is exp(Σ weight × feature): a weight of 1 on a yes/no
 * feature multiplies the score by e ≈ 2.7, 0.5 by 1.65, −1 divides it by 2.7; on a log feature it is an exponent).
 *
 * They are not fitted on data: AKEC and SaudiNewsNet are research-only and serve to evaluate them, never to train
 * them (`node scripts/eval/tags.mjs --try` compares a few hand-written settings on AKEC train and the dev set's
 * tune split; the test splits only measure).
 */
export const DEFAULT_TAG_WEIGHTS: Readonly<Record<TagFeature, number>> = {
	// Mentions count with diminishing returns (score ∝ √tf): a common word must not drown a name written three times.
	frequency: 0.5,
	// The headline names the story: one mention there doubles the score (log 2 × 1), two triple it.
	title: 1,
	// The lead (who, what, where) is next in importance after the headline.
	lead: 0.5,
	// Tags are mostly names and noun phrases («كوريا الشمالية»، «مجلس الأمن القومي»), more specific than a word alone.
	phrase: 1,
	// News is written as an inverted pyramid: what is named first matters most (× e at the very start).
	early: 1,
	// A topic recurs through the whole article, not in one paragraph: ×4.5 when its words are in every sentence.
	wordSpread: 1.5,
	// An adjective or the tail of a longer phrase («الشمالية» in «كوريا الشمالية») is not a tag on its own.
	adjective: -1,
	// A word never used as a noun may be a verb or an adverb (tags are nouns); mild, as names often stand only as subjects.
	notNoun: -0.5,
	// A phrase whose words are mostly written apart from it is a chance pairing, not a term (score ∝ its share).
	cohesion: 1,
	// Arabic tag pages are written in Arabic: Latin words are mostly outlets, acronyms and links (÷ 7.4).
	latin: -2,
	// A term the writer sets apart in quote marks («فريق الأحلام») is a name for the thing the story is about.
	quoted: 1,
	// People, places and organisations are what tag pages are made of (other names, MISC, get nothing).
	entity: 0.5,
	// The more of its mentions the NER reads as a whole name, the more surely it is one (not a fragment).
	wholeName: 0.5,
	// A phrase built on a name («قناة بنما»، «مطار القاهرة») names a thing of its own.
	holdsName: 0.5,
};

/** The scoring parameters, all set by hand (see {@link DEFAULT_TAG_WEIGHTS}). */
export interface TagParams {
	/** The weights of {@link TAG_FEATURES}; a candidate's score is exp(Σ weight × feature). */
	readonly weights: Readonly<Record<TagFeature, number>>;
	/**
	 * A word is replaced by a phrase holding it when the phrase has at least this share of the word's occurrences:
	 * «كوريا» written 5 times, 4 of them as «كوريا الشمالية», is the phrase.
	 */
	readonly expand: number;
	/** Score factor per content word a candidate shares with an already chosen tag: halved, so tags cover more ground. */
	readonly diversity: number;
	/** The first position in a phrase where a genitive «لل» word may stand (2: «الاتحاد الدولي للسيارات»). */
	readonly lamFrom: number;
	/** Candidates whose share of modifying occurrences exceeds this are dropped: mostly an adjective, never a tag. */
	readonly maxModifier: number;
}

/** Scoring parameters as callers may give them: any weights not given keep their defaults. */
export type TagParamsInput = Partial<Omit<TagParams, 'weights'>> & { readonly weights?: Partial<Record<TagFeature, number>> };

/** Default parameters. */
export const DEFAULT_TAG_PARAMS: TagParams = {
	weights: DEFAULT_TAG_WEIGHTS,
	expand: 0.8,
	diversity: 0.5,
	lamFrom: 2,
	maxModifier: 0.5,
};

const MAX_WORDS = 4;

/** A candidate tag and its statistics. */
interface Candidate {
	readonly key: string;
	readonly cores: readonly string[];
	tf: number;
	titleCount: number;
	leadCount: number;
	first: number;
	/** The sentences of its occurrences. */
	readonly sentences: Set<number>;
	readonly surfaces: Map<string, number>;
	nounEvidence: number;
	/** Occurrences whose first word modifies the word before it (an adjective, or the tail of a longer phrase). */
	modifier: number;
	entity: EntityType | undefined;
	entityCount: number;
	/** Whether an entity mention lies inside the candidate's words (not the whole of them). */
	entityInside: boolean;
	/** Occurrences that begin with a whole entity mention and run on past it with words that are not adjectives. */
	spill: number;
	/** Whether the first word carries the article. */
	firstDefinite: boolean;
	latin: boolean;
	lastNisba: boolean;
	quoted: boolean;
	features: Record<TagFeature, number> | undefined;
	score: number;
}

/** A candidate with its features and score (for inspecting the scorer). */
export interface TagCandidate {
	readonly text: string;
	readonly key: string;
	readonly features: Readonly<Record<TagFeature, number>>;
	readonly score: number;
}

/**
 * Suggests keyword tags for an article.
 * @param input the article text, or its tokenized document
 * @param options count, entities
 * @returns the tags, best first; empty when the text has no words to tag
 */
export function generateTags(input: string | Doc, options: TagOptions = {}): Tag[] {
	try {
		const doc = typeof input === 'string' ? tokenize(input) : input;
		const count = Math.max(0, Math.floor(options.count ?? 6));
		if (count === 0) {
			return [];
		}
		const p = paramsOf(options.params);
		const cands = candidates(doc, options, p);
		return select(cands, p, count).map((c) => ({ text: displayOf(c), key: c.key, score: round(c.score), kind: c.entity !== undefined ? 'entity' : c.cores.length > 1 ? 'phrase' : 'word' }));
	} catch {
		return [];
	}
}

/**
 * Every candidate of an article with its features and score, before selection (for inspecting the scorer).
 * @param input the article text
 * @param options entities, parameters
 */
export function tagCandidates(input: string | Doc, options: TagOptions = {}): TagCandidate[] {
	const doc = typeof input === 'string' ? tokenize(input) : input;
	const p = paramsOf(options.params);
	return [...candidates(doc, options, p).values()].map((c) => ({ text: displayOf(c), key: c.key, features: c.features!, score: c.score }));
}

function paramsOf(input: TagParamsInput | undefined): TagParams {
	if (input === undefined) {
		return DEFAULT_TAG_PARAMS;
	}
	return { ...DEFAULT_TAG_PARAMS, ...input, weights: { ...DEFAULT_TAG_WEIGHTS, ...input.weights } };
}

function candidates(doc: Doc, options: TagOptions, p: TagParams): Map<string, Candidate> {
	const cands = new Map<string, Candidate>();
	const skip = skippedRanges(doc);
	const titleParagraph = findTitle(doc, skip);
	const words = tagWords(doc, { skip, titleParagraph });
	if (words.length === 0) {
		return cands;
	}
	const canon = variantCores(words);
	const coreOf = (w: TagWord): string => canon.get(w.core) ?? w.core;

	// Candidates from word runs; `occAt` maps each occurrence («from:to» in words) to its candidate.
	const occAt = new Map<string, Candidate>();
	const occ = (ws: readonly TagWord[], from: number, to: number, display: string): Candidate => {
		const cores: string[] = [];
		for (let k = from; k <= to; k++) {
			cores.push(coreOf(ws[k]!));
		}
		const key = cores.join(' ');
		let c = cands.get(key);
		if (c === undefined) {
			c = {
				key,
				cores,
				tf: 0,
				titleCount: 0,
				leadCount: 0,
				first: from,
				sentences: new Set(),
				surfaces: new Map(),
				nounEvidence: 0,
				modifier: 0,
				entity: undefined,
				entityCount: 0,
				entityInside: false,
				spill: 0,
				firstDefinite: ws[from]!.definite,
				latin: ws[from]!.script === 'latin',
				lastNisba: NISBA.test(ws[to]!.core),
				quoted: false,
				features: undefined,
				score: 0,
			};
			cands.set(key, c);
		}
		const w0 = ws[from]!;
		occAt.set(`${from}:${to}`, c);
		c.tf++;
		c.titleCount += w0.title ? 1 : 0;
		c.leadCount += w0.lead ? 1 : 0;
		c.first = Math.min(c.first, from);
		c.sentences.add(w0.sentence);
		c.surfaces.set(display, (c.surfaces.get(display) ?? 0) + 1);
		if (to > from || w0.definite || w0.afterPreposition) {
			c.nounEvidence++;
		}
		const before = doc.tokens[w0.token - 1];
		const after = doc.tokens[ws[to]!.token + 1];
		if (before !== undefined && after !== undefined && isOpening(before.text) && isClosing(after.text)) {
			c.quoted = true;
		}
		if (w0.modifier) {
			c.modifier++;
		}
		return c;
	};
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (!canStart(w)) {
			continue;
		}
		let display = clean(w.display);
		for (let j = i; j < words.length && j < i + MAX_WORDS; j++) {
			const v = words[j]!;
			if (j > i) {
				if (!canContinue(words[j - 1]!, v, j - i, p)) {
					break;
				}
				display += ' ' + clean(doc.tokens[v.token]!.text);
			}
			if (canEnd(v, j - i)) {
				occ(words, i, j, display);
			}
		}
	}

	// Named entities: mark their candidates, and merge the candidates of one cluster.
	mergeEntities(doc, words, options.entities ?? [], cands, occ, occAt);

	// Features and score.
	const total = words.length;
	const allSentences = new Set(words.map((w) => w.sentence)).size;
	const spreadOf = (n: number): number => Math.log(Math.max(1, n)) / Math.log(allSentences + 1);
	const stats = wordStats(words, coreOf);
	const wt = p.weights;
	for (const c of cands.values()) {
		const n = c.cores.length;
		let minTf = Infinity;
		let spread = 0;
		let known = 0;
		for (const k of c.cores) {
			const st = stats.get(k);
			if (st !== undefined) {
				minTf = Math.min(minTf, st.tf);
				spread += spreadOf(st.sentences.size);
				known++;
			}
		}
		if (known === 0) {
			// No content word counted (a name made of words the stopword list holds): the candidate stands for itself.
			minTf = c.tf;
			spread = spreadOf(c.sentences.size);
			known = 1;
		}
		const x: Record<TagFeature, number> = {
			frequency: Math.log(c.tf),
			title: Math.log(1 + c.titleCount),
			lead: Math.log(1 + c.leadCount),
			early: Math.exp(-c.first / total / 0.1),
			wordSpread: spread / known,
			phrase: n === 2 || n === 3 ? 1 : 0,
			cohesion: Math.log(c.tf / Math.max(c.tf, minTf)),
			adjective: c.modifier / c.tf,
			notNoun: n === 1 && c.nounEvidence === 0 ? 1 : 0,
			latin: c.latin ? 1 : 0,
			quoted: c.quoted ? 1 : 0,
			entity: c.entity === 'PER' || c.entity === 'LOC' || c.entity === 'ORG' ? 1 : 0,
			wholeName: Math.min(1, c.entityCount / c.tf),
			holdsName: c.entityInside ? 1 : 0,
		};
		c.features = x;
		let z = 0;
		for (const f of FEATURE_NAMES) {
			z += wt[f] * x[f];
		}
		c.score = Math.exp(Math.max(-50, Math.min(50, z)));
		// An adjective on its own («أمريكي») or a phrase that begins with one («الكوري الشمالي» after «الزعيم») is the
		// tail of another phrase, not a tag: it is dropped when most of its occurrences modify the word before.
		if (c.entity === undefined && c.modifier / c.tf > p.maxModifier && (n > 1 || c.lastNisba)) {
			c.score = 0;
		}
		if (c.entity === undefined && c.spill >= c.tf) {
			c.score = 0;
		}
	}
	return cands;
}

const FEATURE_NAMES = Object.keys(TAG_FEATURES) as TagFeature[];

function isOpening(t: string): boolean {
	return t === '«' || t === '"' || t === '“' || t === '(' || t === '[' || t === "'" || t === '”' || t === '»';
}

function isClosing(t: string): boolean {
	return t === '»' || t === '"' || t === '”' || t === ')' || t === ']' || t === "'" || t === '“' || t === '«';
}

/** Relative (nisba) adjective endings: ي، ية، يون، يين، يات. */
const NISBA = /(?:ي|يه|ية|يون|يين|يات)$/u;

interface WordStat {
	tf: number;
	readonly sentences: Set<number>;
}

/** Each content word's frequency and sentences, by canonical core. */
function wordStats(words: readonly TagWord[], coreOf: (w: TagWord) => string): Map<string, WordStat> {
	const stats = new Map<string, WordStat>();
	for (const w of words) {
		if (w.cls !== undefined || w.connector || w.verb) {
			continue;
		}
		const k = coreOf(w);
		let st = stats.get(k);
		if (st === undefined) {
			st = { tf: 0, sentences: new Set() };
			stats.set(k, st);
		}
		st.tf++;
		st.sentences.add(w.sentence);
	}
	return stats;
}

/** Whether a word may begin a candidate. */
function canStart(w: TagWord): boolean {
	return w.cls === undefined && !w.connector && !w.verb && !w.verbLike && !w.suffixed && w.core.length >= 2 && !isDigitsOnly(w.core);
}

/** Whether word `v` (at offset `k` ≥ 1 in the run) may continue the run after `prev`. */
function canContinue(prev: TagWord, v: TagWord, k: number, p: TagParams): boolean {
	if (v.breakBefore || v.verb || v.verbLike || v.cls === 'title') {
		return false;
	}
	if (v.cls === 'stop' && !v.connector) {
		return false;
	}
	if (v.clitic) {
		// «الاتحاد الدولي للسيارات»: a genitive ل after two words; «العدالة والتنمية»: و joining two definite words.
		const lam = /^لل|^ل/.test(v.key) && !v.key.startsWith('و');
		const waw = v.key.startsWith('و') && v.definite && prev.definite;
		if (!((lam && k >= p.lamFrom && v.definite) || waw)) {
			return false;
		}
	}
	// A definite word is followed only by definite words (its adjectives) or a connector.
	if (prev.definite && !v.definite && !v.connector && v.script !== 'latin') {
		return false;
	}
	return true;
}

/** Whether word `v` may end a candidate (at offset `k` in the run). */
function canEnd(v: TagWord, k: number): boolean {
	if (v.connector || v.cls === 'stop' || v.cls === 'title') {
		return false;
	}
	if (k === 0) {
		return true;
	}
	return v.cls === undefined || (v.definite && isEndingAdjective(v.key));
}

function isDigitsOnly(s: string): boolean {
	return /^[\p{N}]+$/u.test(s);
}

/** A word as shown in a tag: Persian look-alikes replaced, diacritics, tatweel and invisible characters removed. */
function clean(word: string): string {
	let out = '';
	for (const ch of word) {
		const c = ch.charCodeAt(0);
		if ((c >= 0x064b && c <= 0x065f) || c === 0x0640 || isInvisible(c)) {
			continue;
		}
		out += PERSIAN_LOOKALIKES.get(c) ?? ch;
	}
	return out;
}

/** Token ranges left out of tagging: the tag lines and outlets' label lines («المصدر: …»). */
function skippedRanges(doc: Doc): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	const lines = locateTagLines(doc.text);
	const seen = new Set<string>();
	for (const p of doc.paragraphs) {
		if (lines.some((l) => p.start >= l.start && p.start < Math.max(l.end, l.start + 1))) {
			out.push([p.firstToken, p.endToken]);
			continue;
		}
		// A paragraph that repeats an earlier one (a headline listed again under «مقالات مشابهة») counts once.
		const sig = paragraphKey(doc, p.firstToken, p.endToken);
		if (sig.length > 0 && seen.has(sig)) {
			out.push([p.firstToken, p.endToken]);
			continue;
		}
		seen.add(sig);
		const t0 = doc.tokens[p.firstToken];
		const t1 = doc.tokens[p.firstToken + 1];
		if (t0 !== undefined && t0.kind === 'word' && LABEL_LINES.has(t0.key) && (t1 === undefined || t1.text === ':' || p.endToken - p.firstToken <= 4)) {
			out.push([p.firstToken, p.endToken]);
		}
	}
	return out;
}

/** A paragraph's words on the matching key, for finding repeated paragraphs. */
function paragraphKey(doc: Doc, from: number, to: number): string {
	const keys: string[] = [];
	for (let k = from; k < to; k++) {
		const t = doc.tokens[k]!;
		if (t.kind === 'word' || t.kind === 'number') {
			keys.push(t.key);
		}
	}
	return keys.length >= 3 ? keys.join(' ') : '';
}

/** First words of label lines: «المصدر: …»، «اقرأ أيضاً»، «مقالات مشابهة»، «شارك». */
const LABEL_LINES = new Set(['المصدر', 'مصدر', 'اقرا', 'مقالات', 'مواضيع', 'شارك', 'تابعونا', 'الوسوم', 'وسوم', 'تصوير', 'اعداد', 'تحرير']);

/** The title: a short first paragraph (at most 20 words, no sentence stop at its end) followed by more text. */
function findTitle(doc: Doc, skip: ReadonlyArray<readonly [number, number]>): number {
	const first = doc.paragraphs.find((p) => !skip.some(([a, b]) => p.firstToken >= a && p.firstToken < b));
	if (first === undefined || first.index === doc.paragraphs.length - 1) {
		return -1;
	}
	let words = 0;
	for (let k = first.firstToken; k < first.endToken; k++) {
		if (doc.tokens[k]!.kind === 'word') {
			words++;
		}
	}
	const last = doc.tokens[first.endToken - 1]!;
	const stop = last.kind === 'punct' && /[.!؟?…]/u.test(last.text);
	return words >= 2 && words <= 20 && !stop ? first.index : -1;
}

/**
 * Spelling variants of names: cores of at least four letters that never take the article, grouped by the
 * transliteration skeleton (g-sound letters ج غ ق ك گ as one, ت/ط، س/ص، ز/ذ/ظ، ه/ة, medial long vowels dropped).
 * Each core maps to the most frequent core of its group.
 */
function variantCores(words: readonly TagWord[]): Map<string, string> {
	const count = new Map<string, number>();
	const definite = new Set<string>();
	for (const w of words) {
		if (w.cls !== undefined || w.connector || w.verb || w.core.length < 4) {
			continue;
		}
		count.set(w.core, (count.get(w.core) ?? 0) + 1);
		if (w.definite) {
			definite.add(w.core);
		}
	}
	const groups = new Map<string, string[]>();
	for (const core of count.keys()) {
		if (definite.has(core) || !/^[\u0621-\u064a]+$/u.test(core)) {
			continue;
		}
		const sk = skeleton(core);
		const g = groups.get(sk);
		if (g === undefined) {
			groups.set(sk, [core]);
		} else {
			g.push(core);
		}
	}
	const out = new Map<string, string>();
	for (const g of groups.values()) {
		if (g.length < 2) {
			continue;
		}
		const best = g.reduce((a, b) => (count.get(b)! > count.get(a)! ? b : a));
		for (const core of g) {
			out.set(core, best);
		}
	}
	return out;
}

/**
 * Adds the named entities: each mention counts as an occurrence of the candidate of its words (created if the run
 * rules did not produce it), the candidate takes the entity's type, and the candidates of one cluster are merged
 * into the most frequent one.
 */
function mergeEntities(
	doc: Doc,
	words: readonly TagWord[],
	entities: readonly Entity[],
	cands: Map<string, Candidate>,
	occ: (ws: readonly TagWord[], from: number, to: number, display: string) => Candidate,
	occAt: ReadonlyMap<string, Candidate>,
): void {
	if (entities.length === 0) {
		return;
	}
	// Word index by token index.
	const byToken = new Map<number, number>();
	words.forEach((w, i) => byToken.set(w.token, i));
	const clusters = new Map<string, Set<Candidate>>();
	const typeVotes = new Map<Candidate, Map<EntityType, number>>();
	let ti = 0;
	const sorted = [...entities].sort((a, b) => a.start - b.start);
	for (const e of sorted) {
		while (ti < doc.tokens.length && doc.tokens[ti]!.end <= e.start) {
			ti++;
		}
		let from = -1;
		let to = -1;
		for (let k = ti; k < doc.tokens.length && doc.tokens[k]!.start < e.end; k++) {
			const wi = byToken.get(k);
			if (wi !== undefined) {
				from = from < 0 ? wi : from;
				to = wi;
			}
		}
		if (from < 0) {
			continue;
		}
		// Trim function words and titles at the edges of the mention.
		while (from <= to && (words[from]!.cls === 'stop' || words[from]!.cls === 'title' || words[from]!.connector)) {
			from++;
		}
		while (to >= from && (words[to]!.cls === 'stop' || words[to]!.connector)) {
			to--;
		}
		if (from > to || to - from >= MAX_WORDS) {
			continue;
		}
		// Longer candidates around the mention hold a name («قناة بنما» around «بنما»).
		for (let i = Math.max(0, to - MAX_WORDS + 1); i <= from; i++) {
			for (let j = to; j < i + MAX_WORDS; j++) {
				const h = occAt.get(`${i}:${j}`);
				if (h !== undefined && !(i === from && j === to)) {
					h.entityInside = true;
					// A name followed by words that are not its adjectives («الكرملين الحصول»): the run spilled over it.
					if (i === from && !h.lastNisba) {
						h.spill++;
					}
				}
			}
		}
		// The mention is an occurrence of its candidate; the run rules may not have produced it («الطيب صالح»).
		let c = occAt.get(`${from}:${to}`);
		if (c === undefined) {
			let display = clean(words[from]!.display);
			for (let k = from + 1; k <= to; k++) {
				display += ' ' + clean(doc.tokens[words[k]!.token]!.text);
			}
			c = occ(words, from, to, display);
		}
		const key = c.key;
		c.entityCount++;
		const votes = typeVotes.get(c) ?? new Map<EntityType, number>();
		votes.set(e.type, (votes.get(e.type) ?? 0) + 1);
		typeVotes.set(c, votes);
		const cluster = e.cluster ?? key;
		const set = clusters.get(cluster) ?? new Set<Candidate>();
		set.add(c);
		clusters.set(cluster, set);
	}
	for (const [c, votes] of typeVotes) {
		let best: EntityType | undefined;
		for (const [t, n] of votes) {
			if (best === undefined || n > votes.get(best)!) {
				best = t;
			}
		}
		c.entity = best;
	}
	for (const set of clusters.values()) {
		if (set.size < 2) {
			continue;
		}
		const members = [...set].sort((a, b) => b.tf - a.tf || b.cores.length - a.cores.length);
		const head = members[0]!;
		for (const m of members.slice(1)) {
			if (!cands.has(m.key) || m === head) {
				continue;
			}
			head.tf += m.tf;
			head.titleCount += m.titleCount;
			head.leadCount += m.leadCount;
			head.first = Math.min(head.first, m.first);
			head.nounEvidence += m.nounEvidence;
			head.modifier += m.modifier;
			head.entityCount += m.entityCount;
			for (const s of m.sentences) {
				head.sentences.add(s);
			}
			// Only the spellings of the head's own length are shown (a short form never replaces the full name).
			if (m.cores.length === head.cores.length) {
				for (const [s, n] of m.surfaces) {
					head.surfaces.set(s, (head.surfaces.get(s) ?? 0) + n);
				}
			}
			cands.delete(m.key);
		}
	}
}

/** Chooses the tags: best first, no tag inside another, a word replaced by the phrase that holds most of it. */
function select(cands: Map<string, Candidate>, p: TagParams, count: number): Candidate[] {
	const all = [...cands.values()].filter((c) => c.score > 0);
	all.sort((a, b) => b.score - a.score || a.first - b.first);
	// Longer candidates holding each core sequence, for expansion.
	const holders = new Map<string, Candidate[]>();
	for (const c of all) {
		if (c.cores.length < 2) {
			continue;
		}
		for (let i = 0; i < c.cores.length; i++) {
			for (let j = i + 1; j <= c.cores.length; j++) {
				if (j - i === c.cores.length) {
					continue;
				}
				const sub = c.cores.slice(i, j).join(' ');
				const list = holders.get(sub);
				if (list === undefined) {
					holders.set(sub, [c]);
				} else {
					list.push(c);
				}
			}
		}
	}
	const chosen: Candidate[] = [];
	const conflicts = (c: Candidate): boolean => chosen.some((s) => contains(s.cores, c.cores) || contains(c.cores, s.cores));
	const used = new Set<string>();
	const effective = (c: Candidate): number => {
		let shared = 0;
		for (const k of c.cores) {
			if (used.has(k)) {
				shared++;
			}
		}
		return shared === 0 ? c.score : c.score * Math.pow(p.diversity, shared);
	};
	const limit = Math.max(1, count);
	const open = all.slice();
	while (chosen.length < limit && open.length > 0) {
		// The best candidate under the diversity penalty (the list is sorted by raw score, so stop early).
		let bi = -1;
		let bs = -1;
		for (let i = 0; i < open.length; i++) {
			if (open[i]!.score <= bs) {
				break;
			}
			const e = effective(open[i]!);
			if (e > bs) {
				bs = e;
				bi = i;
			}
		}
		const c = open.splice(bi, 1)[0]!;
		let pick = c;
		const hs = holders.get(c.key);
		if (hs !== undefined) {
			let best: Candidate | undefined;
			for (const h of hs) {
				// The phrase holds most of the word's occurrences, or is a repeated full name at the word's first mention
				// (the news convention: «كيم جونغ أون» first, then «كيم»).
				const holds = (h.tf >= p.expand * c.tf || (h.first <= c.first && isNameLike(h))) && h.tf >= 2;
				if (holds && (best === undefined || h.tf > best.tf || (h.tf === best.tf && h.cores.length > best.cores.length))) {
					best = h;
				}
			}
			if (best !== undefined && !conflicts(best)) {
				pick = best;
			}
		}
		if (conflicts(pick)) {
			continue;
		}
		chosen.push(pick);
		for (const k of pick.cores) {
			used.add(k);
		}
	}
	return chosen;
}

/** A full name: two to four words, the first without the article («عبدالله الحبيشي»، «كيم جونغ أون»). */
function isNameLike(c: Candidate): boolean {
	return c.cores.length >= 2 && c.cores.length <= MAX_WORDS && !c.firstDefinite;
}

/** Whether the word list `outer` holds every word of `inner` (as a set; word order aside). */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
	if (inner.length > outer.length) {
		return false;
	}
	return inner.every((w) => outer.includes(w));
}

/** The majority surface form; ties go to the form seen first. */
function displayOf(c: Candidate): string {
	let best = '';
	let n = -1;
	for (const [s, k] of c.surfaces) {
		if (k > n) {
			best = s;
			n = k;
		}
	}
	return best;
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
