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
 * 4. Score: exp(weights · features) over {@link TAG_FEATURES}: frequency, position (title, lead, first occurrence),
 *    spread, the salience of the phrase's words, length, cohesion, noun evidence, quote marks, a title before it, and
 *    the NER's entity type. The weights were fitted by logistic regression on the AKEC training split
 *    (`node scripts/eval/tags.mjs --fit`). Adjectives on their own and phrase tails are dropped.
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
	/** Scoring parameters (for tuning on training data only). */
	readonly params?: Partial<TagParams>;
}

/**
 * The features of a candidate, in the order of {@link TagParams.weights}. Counts are over the article without its
 * tag line; "words" are the candidate's content words (connectors aside).
 */
export const TAG_FEATURES = [
	'bias',
	'log tf',
	'log(1 + occurrences in the title)',
	'log(1 + occurrences in the lead)',
	'two words',
	'three words',
	'four words',
	'early: exp(-first position / (0.1 × length))',
	'first position / length',
	'spread: log(sentences) / log(all sentences + 1)',
	'log tf of the rarest word',
	'log tf of the commonest word',
	'mean spread of the words',
	'share of occurrences modifying the word before',
	'single word never used as a noun',
	'first word definite',
	'last word a relative adjective (-ي، -ية)',
	'cohesion: log(tf / tf of the rarest word)',
	'joins two words with و',
	'holds a genitive لل word',
	'Latin script',
	'log letters',
	'name-like: two words or more, none definite',
	'share of occurrences with the article (single words)',
	'occurs in the first sentence',
	'an occurrence stands between quote marks or brackets',
	'an occurrence follows a title (الرئيس، الدكتور …)',
	'log(1 + longer candidates holding it)',
	'share of occurrences cutting a repeated phrase',
	'a person (PER) for the NER',
	'a place (LOC) for the NER',
	'an organisation (ORG) for the NER',
	'another name (MISC) for the NER',
	'share of occurrences the NER recognises as a whole name',
	'holds a shorter name the NER recognises («قناة بنما»)',
] as const;

/** The scoring parameters. */
export interface TagParams {
	/**
	 * Weights of {@link TAG_FEATURES}: a candidate's score is exp(weights · features). Fitted by logistic regression
	 * on the AKEC training split (`node scripts/eval/tags.mjs --fit`), never on its test split.
	 */
	readonly weights: readonly number[];
	/** A word is replaced by a phrase holding it when the phrase has at least this share of the word's occurrences. */
	readonly expand: number;
	/** Score factor per content word a candidate shares with an already chosen tag. */
	readonly diversity: number;
	/** The first position in a phrase where a genitive «لل» word may stand (2: «الاتحاد الدولي للسيارات»). */
	readonly lamFrom: number;
	/** Candidates whose share of modifying occurrences exceeds this are dropped (adjectives, phrase tails). */
	readonly maxModifier: number;
}

/** Default parameters. */
export const DEFAULT_TAG_PARAMS: TagParams = {
	weights: [
		-4.55, 0.379, 1.257, 0.083, 0.664, 0.727, 0.664, 1.53, -0.906, -1.799, 0.198, 0.29,
		2.991, -0.124, -0.199, 0.201, 0.438, 0.387, -0.479, -0.393, -2.522, 0.237, -0.844, 0.519,
		-0.047, 1.364, 0.716, -0.04, -0.224, 0.611, 0.386, 0.456, -0.237, 0.992, 1.168,
	],
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
	readonly sentences: Set<number>;
	readonly surfaces: Map<string, number>;
	nounEvidence: number;
	definiteCount: number;
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
	/** Whether any word carries the article. */
	anyDefinite: boolean;
	/** Whether a word is joined by و / is a genitive with لل. */
	waw: boolean;
	lam: boolean;
	latin: boolean;
	lastNisba: boolean;
	letters: number;
	firstSentence: boolean;
	/** Occurrences that cut a repeated phrase (the next or previous word belongs with it). */
	cut: number;
	quoted: boolean;
	afterTitle: boolean;
	features: number[];
	score: number;
}

/** A candidate with its features, for fitting the weights (scripts only). */
export interface TagCandidate {
	readonly text: string;
	readonly key: string;
	readonly features: readonly number[];
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
		const p: TagParams = { ...DEFAULT_TAG_PARAMS, ...options.params };
		const cands = candidates(doc, options, p);
		return select(cands, p, count).map((c) => ({ text: displayOf(c), key: c.key, score: round(c.score), kind: c.entity !== undefined ? 'entity' : c.cores.length > 1 ? 'phrase' : 'word' }));
	} catch {
		return [];
	}
}

/**
 * Every candidate of an article with its features and score, before selection (for fitting the weights).
 * @param input the article text
 * @param options entities, parameters
 */
export function tagCandidates(input: string | Doc, options: TagOptions = {}): TagCandidate[] {
	const doc = typeof input === 'string' ? tokenize(input) : input;
	const p: TagParams = { ...DEFAULT_TAG_PARAMS, ...options.params };
	return [...candidates(doc, options, p).values()].map((c) => ({ text: displayOf(c), key: c.key, features: c.features, score: c.score }));
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

	// Pairs of adjacent words the article writes at least twice («الولايات المتحدة»).
	const pairCount = new Map<string, number>();
	for (let i = 1; i < words.length; i++) {
		const a = words[i - 1]!;
		const b = words[i]!;
		if (!b.breakBefore && a.cls !== 'stop' && b.cls !== 'stop') {
			const k = coreOf(a) + ' ' + coreOf(b);
			pairCount.set(k, (pairCount.get(k) ?? 0) + 1);
		}
	}
	const repeatedPair = (a: TagWord, b: TagWord): boolean => (pairCount.get(coreOf(a) + ' ' + coreOf(b)) ?? 0) >= 2;

	// Candidates from word runs; `occAt` maps each occurrence («from:to» in words) to its candidate.
	const occAt = new Map<string, Candidate>();
	const firstSentence = words.find((w) => !w.title)?.sentence ?? -1;
	const occ = (ws: readonly TagWord[], from: number, to: number, display: string): Candidate => {
		const cores: string[] = [];
		let letters = 0;
		let anyDefinite = false;
		let waw = false;
		let lam = false;
		for (let k = from; k <= to; k++) {
			const w = ws[k]!;
			cores.push(coreOf(w));
			letters += w.core.length;
			anyDefinite ||= w.definite;
			if (k > from && w.clitic) {
				waw ||= w.key.startsWith('و');
				lam ||= w.key.startsWith('ل');
			}
		}
		const key = cores.join(' ');
		let c = cands.get(key);
		if (c === undefined) {
			const last = ws[to]!;
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
				definiteCount: 0,
				modifier: 0,
				entity: undefined,
				entityCount: 0,
				entityInside: false,
				spill: 0,
				firstDefinite: ws[from]!.definite,
				anyDefinite,
				waw,
				lam,
				latin: ws[from]!.script === 'latin',
				lastNisba: NISBA.test(last.core),
				letters,
				firstSentence: false,
				cut: 0,
				quoted: false,
				afterTitle: false,
				features: [],
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
		if (w0.definite) {
			c.definiteCount++;
		}
		if (w0.sentence === firstSentence) {
			c.firstSentence = true;
		}
		const before = doc.tokens[w0.token - 1];
		const after = doc.tokens[ws[to]!.token + 1];
		if (before !== undefined && after !== undefined && isOpening(before.text) && isClosing(after.text)) {
			c.quoted = true;
		}
		const prevWord = from > 0 ? ws[from - 1]! : undefined;
		if (prevWord !== undefined && !w0.breakBefore && prevWord.cls === 'title' && !w0.definite) {
			c.afterTitle = true;
		}
		// The run cuts a phrase the article repeats: the word after it (or before it) would continue it.
		const next = ws[to + 1];
		if ((next !== undefined && !next.breakBefore && repeatedPair(ws[to]!, next)) || (prevWord !== undefined && !w0.breakBefore && repeatedPair(prevWord, w0))) {
			c.cut++;
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
	const holders = new Map<string, number>();
	for (const c of cands.values()) {
		if (c.cores.length > 1) {
			for (const k of new Set(c.cores)) {
				holders.set(k, (holders.get(k) ?? 0) + 1);
			}
		}
	}
	for (const c of cands.values()) {
		const n = c.cores.length;
		const ws = c.cores.map((k) => stats.get(k)).filter((x): x is WordStat => x !== undefined);
		const tfs = ws.length > 0 ? ws.map((x) => x.tf) : [c.tf];
		const minTf = Math.min(...tfs);
		const maxTf = Math.max(...tfs);
		const meanSpread = ws.length > 0 ? ws.reduce((a, x) => a + spreadOf(x.sentences.size), 0) / ws.length : spreadOf(c.sentences.size);
		const x = [
			1,
			Math.log(c.tf),
			Math.log(1 + c.titleCount),
			Math.log(1 + c.leadCount),
			n === 2 ? 1 : 0,
			n === 3 ? 1 : 0,
			n >= 4 ? 1 : 0,
			Math.exp(-c.first / total / 0.1),
			c.first / total,
			spreadOf(c.sentences.size),
			Math.log(minTf),
			Math.log(maxTf),
			meanSpread,
			c.modifier / c.tf,
			n === 1 && c.nounEvidence === 0 ? 1 : 0,
			c.firstDefinite ? 1 : 0,
			c.lastNisba ? 1 : 0,
			Math.log(c.tf / Math.max(c.tf, minTf)),
			c.waw ? 1 : 0,
			c.lam ? 1 : 0,
			c.latin ? 1 : 0,
			Math.log(Math.max(1, c.letters)),
			n >= 2 && !c.anyDefinite ? 1 : 0,
			n === 1 ? c.definiteCount / c.tf : 0,
			c.firstSentence ? 1 : 0,
			c.quoted ? 1 : 0,
			c.afterTitle ? 1 : 0,
			Math.log(1 + (holders.get(c.key) ?? 0)),
			c.cut / c.tf,
			c.entity === 'PER' ? 1 : 0,
			c.entity === 'LOC' ? 1 : 0,
			c.entity === 'ORG' ? 1 : 0,
			c.entity === 'MISC' ? 1 : 0,
			Math.min(1, c.entityCount / c.tf),
			c.entityInside ? 1 : 0,
		];
		c.features = x;
		let z = 0;
		for (let i = 0; i < x.length; i++) {
			z += (p.weights[i] ?? 0) * x[i]!;
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
			head.definiteCount += m.definiteCount;
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
