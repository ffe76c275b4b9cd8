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
 * Linear in the length of the article: each word starts at most four candidates; words, cores and surfaces are
 * numbered once per distinct form, so that candidates are found in a trie of numbers and counted without building a
 * string per occurrence; the selection takes the best candidates from a heap instead of sorting them all.
 */
import { tokenize } from '../tokenize/tokenize';
import type { Doc, Entity, EntityType, Tag } from '../types';
import { skeleton } from '../ner/skeleton';
import { locateTagLines } from './tagLine';
import { isEndingAdjective } from '../lexicon/stopwords';
import { tagWords, type TagWord, type TagWords } from './words';

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

/** The feature names, in the order of {@link TAG_FEATURES}. */
const FEATURE_NAMES = Object.keys(TAG_FEATURES) as TagFeature[];

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
	/** The cores of its words, as ids of the article's core table (see {@link Table}). */
	readonly ids: readonly number[];
	/** The cores joined by spaces (made when first asked for: {@link keyOf}). */
	key: string | undefined;
	/** Creation order: ties in score and first position keep it. */
	readonly index: number;
	tf: number;
	titleCount: number;
	leadCount: number;
	first: number;
	/**
	 * The first occurrence («from..to» in words), whose surface stands for every occurrence written the same way, and
	 * how many are.
	 */
	readonly surfaceFrom: number;
	readonly surfaceTo: number;
	surfaceCount: number;
	/** Every surface with its count, in the order first seen; made when a second surface appears. */
	surfaces: Map<string, number> | undefined;
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
	readonly firstDefinite: boolean;
	readonly latin: boolean;
	readonly lastNisba: boolean;
	quoted: boolean;
	/**
	 * The candidate this one was merged into (one entity cluster), or null when that one had been merged away already
	 * (its counts are then lost); undefined while it is a candidate of its own.
	 */
	merged: Candidate | null | undefined;
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
		const set = candidates(doc, options, p);
		return select(set.list, p, count).map((c) => ({
			text: displayOf(c, set.table),
			key: keyOf(c, set.table),
			score: round(c.score),
			kind: c.entity !== undefined ? 'entity' : c.ids.length > 1 ? 'phrase' : 'word',
		}));
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
	const set = candidates(doc, options, p, true);
	return set.list.filter((c) => c.merged === undefined).map((c) => ({ text: displayOf(c, set.table), key: keyOf(c, set.table), features: c.features!, score: c.score }));
}

function paramsOf(input: TagParamsInput | undefined): TagParams {
	if (input === undefined) {
		return DEFAULT_TAG_PARAMS;
	}
	return { ...DEFAULT_TAG_PARAMS, ...input, weights: { ...DEFAULT_TAG_WEIGHTS, ...input.weights } };
}

/**
 * The article's words as numbers: each word's canonical core (spelling variants merged) and its two display forms
 * (the first word of a tag loses its proclitics, a later one is shown as written), each an id into a table of
 * strings. Candidates are found, counted and compared on these ids, so that no string is built per occurrence.
 */
interface Table {
	readonly words: readonly TagWord[];
	/** Core id of each word. */
	readonly core: Int32Array;
	/** The core of each id. */
	readonly cores: readonly string[];
	/** Surface id of each word as the first word of a tag, and as a later word. */
	readonly lead: Int32Array;
	readonly rest: Int32Array;
	/** The display string of each surface id. */
	readonly surface: readonly string[];
}

function table(tw: TagWords): Table {
	const words = tw.words;
	const canon = variantCores(tw);
	const n = words.length;
	const core = new Int32Array(n);
	const lead = new Int32Array(n);
	const rest = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const w = words[i]!;
		core[i] = canon[w.coreId]!;
		lead[i] = w.leadSurface;
		rest[i] = w.restSurface;
	}
	return { words, core, cores: tw.cores, lead, rest, surface: tw.surfaces };
}

/** The candidates of an article, in creation order (merged ones marked), with the article's word table. */
interface CandidateSet {
	readonly list: Candidate[];
	readonly table: Table;
}

/**
 * The trie of candidates by core ids, its nodes numbered: node `id` for each core id is the one-word run of that core;
 * a longer run's node is found from its parent's node and its last core id in an open-addressing hash table (no
 * object, no string per step).
 */
class Trie {
	private size: number;
	private mask: number;
	private parents: Int32Array;
	private ids: Int32Array;
	private children: Int32Array;
	private used = 0;
	private next: number;
	/** The candidate of each node, once it has one (one entry per node, so that the array stays dense). */
	readonly cand: Array<Candidate | undefined>;

	/** @param roots how many core ids there are (the first nodes) */
	constructor(roots: number) {
		this.cand = new Array<Candidate | undefined>(roots).fill(undefined);
		this.next = roots;
		this.size = 1024;
		while (this.size < roots * 2) {
			this.size *= 2;
		}
		this.mask = this.size - 1;
		this.parents = new Int32Array(this.size).fill(-1);
		this.ids = new Int32Array(this.size);
		this.children = new Int32Array(this.size);
	}

	/** The node of `node`'s run followed by core `id` (`node` < 0: the run of `id` alone), created if new. */
	step(node: number, id: number): number {
		if (node < 0) {
			return id;
		}
		let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) & this.mask;
		for (;;) {
			const p = this.parents[h]!;
			if (p === -1) {
				break;
			}
			if (p === node && this.ids[h] === id) {
				return this.children[h]!;
			}
			h = (h + 1) & this.mask;
		}
		const child = this.next++;
		this.cand.push(undefined);
		this.parents[h] = node;
		this.ids[h] = id;
		this.children[h] = child;
		if (++this.used * 2 > this.size) {
			this.grow();
		}
		return child;
	}

	private grow(): void {
		const { parents, ids, children } = this;
		this.size *= 2;
		this.mask = this.size - 1;
		this.parents = new Int32Array(this.size).fill(-1);
		this.ids = new Int32Array(this.size);
		this.children = new Int32Array(this.size);
		for (let i = 0; i < parents.length; i++) {
			const p = parents[i]!;
			if (p === -1) {
				continue;
			}
			let h = (Math.imul(p, 0x9e3779b1) ^ Math.imul(ids[i]!, 0x85ebca77)) & this.mask;
			while (this.parents[h] !== -1) {
				h = (h + 1) & this.mask;
			}
			this.parents[h] = p;
			this.ids[h] = ids[i]!;
			this.children[h] = children[i]!;
		}
	}
}

function candidates(doc: Doc, options: TagOptions, p: TagParams, keepFeatures = false): CandidateSet {
	const skip = skippedRanges(doc);
	const titleParagraph = findTitle(doc, skip);
	const tw = tagWords(doc, { skip, titleParagraph });
	const words = tw.words;
	const t = table(tw);
	const list: Candidate[] = [];
	if (words.length === 0) {
		return { list, table: t };
	}
	const trie = new Trie(t.cores.length);

	// Candidates from word runs; `occAt[from × MAX_WORDS + (to − from)]` is the candidate of each occurrence.
	const occAt: Array<Candidate | undefined> = new Array<Candidate | undefined>(words.length * MAX_WORDS).fill(undefined);
	/** Counts the occurrence `from..to` (in words), whose trie node is `node`. */
	const count = (node: number, from: number, to: number): Candidate => {
		let c = trie.cand[node];
		if (c === undefined) {
			const ids: number[] = [];
			for (let k = from; k <= to; k++) {
				ids.push(t.core[k]!);
			}
			c = {
				ids,
				key: undefined,
				index: list.length,
				tf: 0,
				titleCount: 0,
				leadCount: 0,
				first: from,
				surfaceFrom: from,
				surfaceTo: to,
				surfaceCount: 0,
				surfaces: undefined,
				nounEvidence: 0,
				modifier: 0,
				entity: undefined,
				entityCount: 0,
				entityInside: false,
				spill: 0,
				firstDefinite: words[from]!.definite,
				latin: words[from]!.script === 'latin',
				lastNisba: NISBA.test(words[to]!.core),
				quoted: false,
				merged: undefined,
				features: undefined,
				score: 0,
			};
			trie.cand[node] = c;
			list.push(c);
		}
		const w0 = words[from]!;
		occAt[from * MAX_WORDS + (to - from)] = c;
		c.tf++;
		c.titleCount += w0.title ? 1 : 0;
		c.leadCount += w0.lead ? 1 : 0;
		c.first = Math.min(c.first, from);
		addSurface(c, t, from, to);
		if (to > from || w0.definite || w0.afterPreposition) {
			c.nounEvidence++;
		}
		const before = doc.tokens[w0.token - 1];
		const after = doc.tokens[words[to]!.token + 1];
		if (before !== undefined && after !== undefined && before.kind !== 'word' && after.kind !== 'word' && isOpening(before.text) && isClosing(after.text)) {
			c.quoted = true;
		}
		if (w0.modifier) {
			c.modifier++;
		}
		return c;
	};
	const occ = (from: number, to: number): Candidate => {
		let node = -1;
		for (let k = from; k <= to; k++) {
			node = trie.step(node, t.core[k]!);
		}
		return count(node, from, to);
	};
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (!canStart(w)) {
			continue;
		}
		let node = -1;
		for (let j = i; j < words.length && j < i + MAX_WORDS; j++) {
			const v = words[j]!;
			if (j > i && !canContinue(words[j - 1]!, v, j - i, p)) {
				break;
			}
			node = trie.step(node, t.core[j]!);
			if (canEnd(v, j - i)) {
				count(node, i, j);
			}
		}
	}

	// Named entities: mark their candidates, and merge the candidates of one cluster.
	mergeEntities(doc, words, options.entities ?? [], occ, occAt, t);

	// Features and score.
	const total = words.length;
	const stats = wordStats(t);
	const spreadOf = (n: number): number => Math.log(Math.max(1, n)) / Math.log(stats.sentences + 1);
	// Candidates whose words the statistics do not count (a name the NER found among boilerplate words) stand for
	// themselves: their own sentences, gathered for them alone.
	const own = ownSentences(list, stats, words, occAt);
	const wt = p.weights;
	for (const c of list) {
		if (c.merged !== undefined) {
			continue;
		}
		const n = c.ids.length;
		let minTf = Infinity;
		let spread = 0;
		let known = 0;
		for (const id of c.ids) {
			const tf = stats.tf[id]!;
			if (tf > 0) {
				minTf = Math.min(minTf, tf);
				spread += spreadOf(stats.sentenceCount[id]!);
				known++;
			}
		}
		if (known === 0) {
			minTf = c.tf;
			spread = spreadOf(own.get(c)?.size ?? 0);
			known = 1;
		}
		const x: Record<TagFeature, number> = {
			frequency: Math.log(c.tf),
			title: Math.log(1 + c.titleCount),
			lead: Math.log(1 + c.leadCount),
			phrase: n === 2 || n === 3 ? 1 : 0,
			early: Math.exp(-c.first / total / 0.1),
			wordSpread: spread / known,
			adjective: c.modifier / c.tf,
			notNoun: n === 1 && c.nounEvidence === 0 ? 1 : 0,
			cohesion: Math.log(c.tf / Math.max(c.tf, minTf)),
			latin: c.latin ? 1 : 0,
			quoted: c.quoted ? 1 : 0,
			entity: c.entity === 'PER' || c.entity === 'LOC' || c.entity === 'ORG' ? 1 : 0,
			wholeName: Math.min(1, c.entityCount / c.tf),
			holdsName: c.entityInside ? 1 : 0,
		};
		if (keepFeatures) {
			c.features = x;
		}
		// Σ weight × feature, in the order of TAG_FEATURES.
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
	return { list, table: t };
}

/** A candidate's key: its cores joined by spaces. */
function keyOf(c: Candidate, t: Table): string {
	c.key ??= c.ids.map((id) => t.cores[id]!).join(' ');
	return c.key;
}

/** Counts one occurrence's surface: the first one by its position, others by their display string. */
function addSurface(c: Candidate, t: Table, from: number, to: number): void {
	if (c.surfaces === undefined) {
		if (sameSurface(t, c.surfaceFrom, from, to - from)) {
			c.surfaceCount++;
			return;
		}
		c.surfaces = new Map([[surfaceText(t, c.surfaceFrom, c.surfaceTo), c.surfaceCount]]);
	}
	const s = surfaceText(t, from, to);
	c.surfaces.set(s, (c.surfaces.get(s) ?? 0) + 1);
}

function sameSurface(t: Table, a: number, b: number, extra: number): boolean {
	if (t.lead[a] !== t.lead[b]) {
		return false;
	}
	for (let k = 1; k <= extra; k++) {
		if (t.rest[a + k] !== t.rest[b + k]) {
			return false;
		}
	}
	return true;
}

/** An occurrence as shown: the first word without its proclitics, the others as written (cleaned). */
function surfaceText(t: Table, from: number, to: number): string {
	let s = t.surface[t.lead[from]!]!;
	for (let k = from + 1; k <= to; k++) {
		s += ' ' + t.surface[t.rest[k]!]!;
	}
	return s;
}

/** Every surface of a candidate with its count, in the order first seen. */
function surfacesOf(c: Candidate, t: Table): Map<string, number> {
	return c.surfaces ?? new Map([[surfaceText(t, c.surfaceFrom, c.surfaceTo), c.surfaceCount]]);
}

/**
 * The sentences of the occurrences of the candidates none of whose words the statistics count (occurrences of a
 * candidate merged into another count for that one; merged into one merged away already, for none).
 */
function ownSentences(list: readonly Candidate[], stats: WordStats, words: readonly TagWord[], occAt: ReadonlyArray<Candidate | undefined>): Map<Candidate, Set<number>> {
	const out = new Map<Candidate, Set<number>>();
	for (const c of list) {
		if (c.merged === undefined && c.ids.every((id) => stats.tf[id] === 0)) {
			out.set(c, new Set());
		}
	}
	if (out.size === 0) {
		return out;
	}
	for (let slot = 0; slot < occAt.length; slot++) {
		let c: Candidate | null | undefined = occAt[slot];
		while (c !== undefined && c !== null && c.merged !== undefined) {
			c = c.merged;
		}
		if (c !== undefined && c !== null) {
			out.get(c)?.add(words[Math.floor(slot / MAX_WORDS)]!.sentence);
		}
	}
	return out;
}

function isOpening(t: string): boolean {
	return t === '«' || t === '"' || t === '“' || t === '(' || t === '[' || t === "'" || t === '”' || t === '»';
}

function isClosing(t: string): boolean {
	return t === '»' || t === '"' || t === '”' || t === ')' || t === ']' || t === "'" || t === '“' || t === '«';
}

/** Relative (nisba) adjective endings: ي، ية، يون، يين، يات. */
const NISBA = /(?:ي|يه|ية|يون|يين|يات)$/u;

/** Each content word's frequency and number of sentences, by core id; and the article's number of sentences. */
interface WordStats {
	readonly tf: Int32Array;
	readonly sentenceCount: Int32Array;
	readonly sentences: number;
}

function wordStats(t: Table): WordStats {
	const n = t.cores.length;
	const tf = new Int32Array(n);
	const sentenceCount = new Int32Array(n);
	const lastSentence = new Int32Array(n).fill(-1);
	let sentences = 0;
	let prev = -1;
	// Words come in text order, so sentence numbers never decrease.
	for (let i = 0; i < t.words.length; i++) {
		const w = t.words[i]!;
		if (w.sentence !== prev) {
			sentences++;
			prev = w.sentence;
		}
		if (w.cls !== undefined || w.connector || w.verb) {
			continue;
		}
		const id = t.core[i]!;
		tf[id]++;
		if (lastSentence[id] !== w.sentence) {
			lastSentence[id] = w.sentence;
			sentenceCount[id]++;
		}
	}
	return { tf, sentenceCount, sentences };
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
	const c = s.charCodeAt(0);
	// An Arabic letter first: not digits (the common case, without a regular expression).
	return !(c >= 0x0621 && c <= 0x064a) && /^[\p{N}]+$/u.test(s);
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
function variantCores(tw: TagWords): Int32Array {
	const n = tw.cores.length;
	const count = new Int32Array(n);
	const definite = new Uint8Array(n);
	// Cores in the order of their first counted occurrence.
	const order: number[] = [];
	for (const w of tw.words) {
		if (w.cls !== undefined || w.connector || w.verb || w.core.length < 4) {
			continue;
		}
		if (count[w.coreId]++ === 0) {
			order.push(w.coreId);
		}
		if (w.definite) {
			definite[w.coreId] = 1;
		}
	}
	const groups = new Map<string, number[]>();
	for (const id of order) {
		const core = tw.cores[id]!;
		if (definite[id] === 1 || !/^[\u0621-\u064a]+$/u.test(core)) {
			continue;
		}
		const sk = skeleton(core);
		const g = groups.get(sk);
		if (g === undefined) {
			groups.set(sk, [id]);
		} else {
			g.push(id);
		}
	}
	const out = new Int32Array(n);
	for (let id = 0; id < n; id++) {
		out[id] = id;
	}
	for (const g of groups.values()) {
		if (g.length < 2) {
			continue;
		}
		const best = g.reduce((a, b) => (count[b]! > count[a]! ? b : a));
		for (const id of g) {
			out[id] = best;
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
	occ: (from: number, to: number) => Candidate,
	occAt: ReadonlyArray<Candidate | undefined>,
	table: Table,
): void {
	if (entities.length === 0) {
		return;
	}
	// Word index by token index.
	const byToken = new Int32Array(doc.tokens.length).fill(-1);
	words.forEach((w, i) => {
		byToken[w.token] = i;
	});
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
			const wi = byToken[k]!;
			if (wi >= 0) {
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
				const h = occAt[i * MAX_WORDS + (j - i)];
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
		const c = occAt[from * MAX_WORDS + (to - from)] ?? occ(from, to);
		c.entityCount++;
		const votes = typeVotes.get(c) ?? new Map<EntityType, number>();
		votes.set(e.type, (votes.get(e.type) ?? 0) + 1);
		typeVotes.set(c, votes);
		const cluster = e.cluster ?? keyOf(c, table);
		const set = clusters.get(cluster) ?? new Set<Candidate>();
		set.add(c);
		clusters.set(cluster, set);
	}
	for (const [c, votes] of typeVotes) {
		let best: EntityType | undefined;
		for (const [type, n] of votes) {
			if (best === undefined || n > votes.get(best)!) {
				best = type;
			}
		}
		c.entity = best;
	}
	for (const set of clusters.values()) {
		if (set.size < 2) {
			continue;
		}
		const members = [...set].sort((a, b) => b.tf - a.tf || b.ids.length - a.ids.length);
		const head = members[0]!;
		for (const m of members.slice(1)) {
			if (m.merged !== undefined || m === head) {
				continue;
			}
			head.tf += m.tf;
			head.titleCount += m.titleCount;
			head.leadCount += m.leadCount;
			head.first = Math.min(head.first, m.first);
			head.nounEvidence += m.nounEvidence;
			head.modifier += m.modifier;
			head.entityCount += m.entityCount;
			// Only the spellings of the head's own length are shown (a short form never replaces the full name).
			if (m.ids.length === head.ids.length) {
				const into = surfacesOf(head, table);
				for (const [s, n] of surfacesOf(m, table)) {
					into.set(s, (into.get(s) ?? 0) + n);
				}
				head.surfaces = into;
			}
			// Merged into a candidate that was itself merged away: its counts go nowhere (null).
			m.merged = head.merged === undefined ? head : null;
		}
	}
}

/** Whether `a` ranks before `b`: higher score, then earlier first occurrence, then created first. */
function before(a: Candidate, b: Candidate): boolean {
	return a.score !== b.score ? a.score > b.score : a.first !== b.first ? a.first < b.first : a.index < b.index;
}

/**
 * The candidates with a score, best first, taken from a heap as far as they are needed (the selection looks at the
 * best few; sorting them all would cost more than everything else on a long document).
 */
class Ranking {
	private readonly heap: Candidate[];
	private readonly order: Candidate[] = [];

	constructor(list: readonly Candidate[]) {
		this.heap = list.filter((c) => c.merged === undefined && c.score > 0);
		for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) {
			this.down(i);
		}
	}

	/** The `i`-th best candidate, or undefined past the last. */
	at(i: number): Candidate | undefined {
		while (this.order.length <= i && this.heap.length > 0) {
			const top = this.heap[0]!;
			const last = this.heap.pop()!;
			if (this.heap.length > 0) {
				this.heap[0] = last;
				this.down(0);
			}
			this.order.push(top);
		}
		return this.order[i];
	}

	private down(i: number): void {
		const h = this.heap;
		const n = h.length;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < n && before(h[l]!, h[m]!)) {
				m = l;
			}
			if (r < n && before(h[r]!, h[m]!)) {
				m = r;
			}
			if (m === i) {
				return;
			}
			const x = h[i]!;
			h[i] = h[m]!;
			h[m] = x;
			i = m;
		}
	}
}

/** Chooses the tags: best first, no tag inside another, a word replaced by the phrase that holds most of it. */
function select(list: readonly Candidate[], p: TagParams, count: number): Candidate[] {
	const ranking = new Ranking(list);
	const chosen: Candidate[] = [];
	const conflicts = (c: Candidate): boolean => chosen.some((s) => contains(s.ids, c.ids) || contains(c.ids, s.ids));
	const used = new Set<number>();
	const effective = (c: Candidate): number => {
		let shared = 0;
		for (const k of c.ids) {
			if (used.has(k)) {
				shared++;
			}
		}
		return shared === 0 ? c.score : c.score * Math.pow(p.diversity, shared);
	};
	const holders = new Holders(list);
	const limit = Math.max(1, count);
	const taken = new Set<number>();
	let head = 0;
	while (chosen.length < limit && ranking.at(head) !== undefined) {
		// The best candidate under the diversity penalty (the ranking is by raw score, so stop early).
		let bi = -1;
		let bs = -1;
		for (let i = head; ; i++) {
			const o = ranking.at(i);
			if (o === undefined || o.score <= bs) {
				break;
			}
			if (taken.has(i)) {
				continue;
			}
			const e = effective(o);
			if (e > bs) {
				bs = e;
				bi = i;
			}
		}
		const c = ranking.at(bi)!;
		taken.add(bi);
		while (taken.has(head)) {
			taken.delete(head);
			head++;
		}
		let pick = c;
		let best: Candidate | undefined;
		for (const h of holders.of(c)) {
			// The phrase holds most of the word's occurrences, or is a repeated full name at the word's first mention
			// (the news convention: «كيم جونغ أون» first, then «كيم»).
			const holds = (h.tf >= p.expand * c.tf || (h.first <= c.first && isNameLike(h))) && h.tf >= 2;
			if (holds && (best === undefined || h.tf > best.tf || (h.tf === best.tf && h.ids.length > best.ids.length))) {
				best = h;
			}
		}
		if (best !== undefined && !conflicts(best)) {
			pick = best;
		}
		if (conflicts(pick)) {
			continue;
		}
		chosen.push(pick);
		for (const k of pick.ids) {
			used.add(k);
		}
	}
	return chosen;
}

/**
 * The longer candidates (with a score) that hold a candidate's words as a run («كوريا الشمالية» holds «كوريا»), best
 * first. Indexed by word on first use.
 */
class Holders {
	private byId: Map<number, Candidate[]> | undefined;

	constructor(private readonly list: readonly Candidate[]) {}

	of(c: Candidate): Candidate[] {
		if (this.byId === undefined) {
			this.byId = new Map();
			for (const h of this.list) {
				if (h.merged !== undefined || h.score <= 0 || h.ids.length < 2) {
					continue;
				}
				for (let k = 0; k < h.ids.length; k++) {
					const id = h.ids[k]!;
					if (h.ids.indexOf(id) !== k) {
						continue;
					}
					const l = this.byId.get(id);
					if (l === undefined) {
						this.byId.set(id, [h]);
					} else {
						l.push(h);
					}
				}
			}
		}
		const out: Candidate[] = [];
		for (const h of this.byId.get(c.ids[0]!) ?? []) {
			if (h.ids.length > c.ids.length && holdsRun(h.ids, c.ids)) {
				out.push(h);
			}
		}
		return out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
	}
}

/** Whether `outer` holds `inner` as a run of consecutive ids. */
function holdsRun(outer: readonly number[], inner: readonly number[]): boolean {
	for (let s = 0; s + inner.length <= outer.length; s++) {
		let k = 0;
		while (k < inner.length && outer[s + k] === inner[k]) {
			k++;
		}
		if (k === inner.length) {
			return true;
		}
	}
	return false;
}

/** A full name: two to four words, the first without the article («عبدالله الحبيشي»، «كيم جونغ أون»). */
function isNameLike(c: Candidate): boolean {
	return c.ids.length >= 2 && c.ids.length <= MAX_WORDS && !c.firstDefinite;
}

/** Whether the word list `outer` holds every word of `inner` (as a set; word order aside). */
function contains(outer: readonly number[], inner: readonly number[]): boolean {
	if (inner.length > outer.length) {
		return false;
	}
	return inner.every((w) => outer.includes(w));
}

/** The majority surface form; ties go to the form seen first. */
function displayOf(c: Candidate, t: Table): string {
	if (c.surfaces === undefined) {
		return surfaceText(t, c.surfaceFrom, c.surfaceTo);
	}
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
