/**
 * Feature extraction for the NER tagger, shared bit for bit by the trainer (scripts/ner/train.ts) and the run time.
 *
 * Every feature is a 32-bit id made by mixing integers (see `hash.ts`), never a string. Almost all features depend
 * on ONE word at a relative offset (the word two before, the word before, the word itself …): they are computed once
 * per distinct word type and offset, so at run time the tagger caches, per word type, the summed weight vector of
 * each offset and tags a sentence with a handful of vector additions per token. Only a few features depend on a
 * position (word bigrams, multi-word gazetteer matches); they are looked up per token.
 */
import type { Script, TokenKind } from '../types';
import { segmentations } from '../tokenize/clitics';
import { hashString, mix } from './hash';
import { GAZ, GAZ_ENTITY, GAZ_TYPES, LEX_KNOWN, triggerClass, wordHash, type Gazetteer } from './lexicon';

/** Channels: the attributes of one word. */
export const CH = {
	/** The matching key (numbers by digit shape, quote marks as one symbol). */
	W: 0,
	/** Proclitic-stripped stems (every candidate segmentation). */
	STEM: 1,
	/** Prefixes of the key, 1–3 letters. */
	PRE: 2,
	/** Suffixes of the key, 1–3 letters. */
	SUF: 3,
	/** Kind, script and length. */
	SHAPE: 4,
	/** Gazetteer membership of the word or one of its stems. */
	GAZ: 5,
	/** Trigger-word class (titles, roles, organisation and place heads). */
	TRIG: 6,
	/** The proclitic prefix of each candidate segmentation (و، ب، وال …). */
	CLIT: 7,
	/** A constant: the prior of each tag. */
	BIAS: 8,
	/** Suffixes (2–3 letters) of the stem without proclitics and article. */
	STEMSUF: 9,
	/** Letter trigrams of the stem (for unseen transliterated names). */
	NGRAM: 10,
	/** The stem's first and last two letters together. */
	AFFIX: 11,
	/** The training lexicon: the tags the word (or a stem of it) had in the training data. */
	LEX: 12,
	/** Whether the word, a stem of it, or the stem without a common suffix is in the Arabic spelling dictionary. */
	DICT: 13,
} as const;

/** The relative offsets of the window, in the order of `FeatureConfig.masks`. */
export const OFFSETS: readonly number[] = [-3, -2, -1, 0, 1, 2, 3];
export const CENTER = 3;

/**
 * The channel mask of offset index `o` (see {@link OFFSETS}). A configuration may list fewer masks than there are
 * offsets (five: the window -2 … +2 of older models); they are centred.
 */
export function maskAt(config: FeatureConfig, o: number): number {
	const shift = (OFFSETS.length - config.masks.length) >> 1;
	return config.masks[o - shift] ?? 0;
}

/** Which features the model uses; stored in the model so the run time extracts exactly what was trained. */
export interface FeatureConfig {
	/** Per offset (see {@link OFFSETS}), a bit mask of channels (`1 << CH.X`). */
	readonly masks: readonly number[];
	/** Bit 0: the bigram (previous word, word); bit 1: (word, next word); bit 2: (stem, next stem). */
	readonly bigrams: number;
	/** Whether multi-word gazetteer matches are features. */
	readonly phrases: boolean;
	/**
	 * Words seen at least this many times in the training data are in the training lexicon even when never in an
	 * entity, and a word found in none of it is marked unknown; 0: the lexicon holds entity words only.
	 */
	readonly known: number;
	/**
	 * Document features (a second pass that sees the first pass's tags of the same word in the sentences around it):
	 * how many sentences before and after; 0: one pass only.
	 */
	readonly doc: number;
	/** With document features: the first pass's tags of the word and its neighbours are features too (stacking). */
	readonly stack?: boolean;
	/** After decoding, a person right after a person continues it unless its word starts with و/ف (`joinPersons`). */
	readonly joinPersons?: boolean;
	/** Whether the gazetteer holds the spelling dictionary's words (bit `GAZ.DICT`) and `CH.DICT` is a feature. */
	readonly dict?: boolean;
	/** Whether the trainer adds GeoNames' Arabic place names to the gazetteer (city bit; the features are unchanged). */
	readonly geo?: boolean;
}

const bit = (...chs: number[]): number => chs.reduce((m, c) => m | (1 << c), 0);

/** The configuration the shipped model was trained with (the trainer may try others). */
export const DEFAULT_CONFIG: FeatureConfig = {
	masks: [
		bit(CH.W, CH.TRIG, CH.SHAPE),
		bit(CH.W, CH.STEM, CH.SUF, CH.GAZ, CH.TRIG, CH.SHAPE, CH.LEX),
		bit(CH.W, CH.STEM, CH.PRE, CH.SUF, CH.SHAPE, CH.GAZ, CH.TRIG, CH.CLIT, CH.BIAS, CH.STEMSUF, CH.NGRAM, CH.LEX),
		bit(CH.W, CH.STEM, CH.SUF, CH.GAZ, CH.TRIG, CH.SHAPE, CH.LEX),
		bit(CH.W, CH.TRIG, CH.SHAPE),
	],
	bigrams: 3,
	phrases: true,
	known: 0,
	doc: 20,
	stack: false,
	joinPersons: true,
};

/** The minimal token the features read. */
export interface WordToken {
	readonly key: string;
	readonly kind: TokenKind;
	readonly script?: Script | undefined;
}

/** The hashes of one word type that position features read. */
export interface WordHashes {
	/** Hash of the word for bigrams. */
	readonly w: number;
	/** Hash of the first stem for stem bigrams. */
	readonly s: number;
	/** Hashes a gazetteer phrase may start with (the word, its stems, stems with the article restored). */
	readonly starts: Int32Array;
	/** Hash a gazetteer phrase continues with. */
	readonly cont: number;
}

/** The features of one word type. */
export interface WordFeatures extends WordHashes {
	/** Feature ids per offset of the window. */
	readonly ids: readonly Int32Array[];
}

const TEMPLATE_SEED = 0x51ed270b;
/** Per offset and channel, the seed every value is mixed with. */
const TEMPLATES: readonly (readonly number[])[] = OFFSETS.map((o) => Array.from({ length: 16 }, (_, c) => hashString(`o${o}c${c}`, TEMPLATE_SEED)));
/** The seeds of the position features (see {@link positionFeatures}): the three bigrams, and the phrase tags. */
export const BIGRAM_SEEDS: readonly number[] = [hashString('bg-1', TEMPLATE_SEED), hashString('bg+1', TEMPLATE_SEED), hashString('sbg+1', TEMPLATE_SEED)];
export const PHRASE_SEEDS: readonly number[] = Array.from({ length: GAZ_TYPES * 2 }, (_, k) => hashString(`pg${k}`, TEMPLATE_SEED));

/** A value hash for a channel (the channel number is folded in so equal strings of two channels differ). */
const v = (c: number, s: string): number => hashString(s, 0x1000193 + c * 0x9e37);

/** What the word form is: the surface key for words, a shape for numbers, one symbol for every quote mark. */
function wordForm(t: WordToken): string {
	switch (t.kind) {
		case 'number':
			return 'NUM' + (t.key.length > 4 ? 5 : t.key.length);
		case 'quote':
			return 'Q';
		default:
			return t.key;
	}
}

function shapeOf(t: WordToken): string[] {
	if (t.kind === 'word') {
		if (t.script === 'arabic') {
			return ['A', 'A' + Math.min(t.key.length, 9)];
		}
		return [t.script === 'latin' ? 'L' : 'O'];
	}
	return [t.kind];
}

/** The sentence-boundary pseudo word. */
export const BOUNDARY: WordToken = { key: '<s>', kind: 'symbol' };

/**
 * Computes the attributes of one word: pairs of (channel, value hash), plus the gazetteer start hashes.
 * Linear in the length of the word.
 */
export function wordAttributes(t: WordToken, gaz: Gazetteer, config: FeatureConfig, lex?: Gazetteer): { attrs: number[]; starts: number[]; stem: string } {
	const attrs: number[] = [];
	const add = (c: number, s: string): void => {
		attrs.push(c, v(c, s));
	};
	const form = wordForm(t);
	add(CH.W, form);
	add(CH.BIAS, '');
	for (const s of shapeOf(t)) {
		add(CH.SHAPE, s);
	}
	const starts: number[] = [];
	let stem = form;
	if (t.kind === 'word') {
		const key = t.key;
		const n = key.length;
		for (let k = 1; k <= 3 && k <= n; k++) {
			add(CH.PRE, key.slice(0, k));
			add(CH.SUF, key.slice(n - k));
		}
		starts.push(wordHash(key));
		let gazBits = gaz.bitsOf(wordHash(key)) & GAZ_ENTITY;
		let stemBits = 0;
		const segs = segmentations(key);
		add(CH.STEM, key);
		for (const seg of segs) {
			if (seg.prefix === '') {
				continue;
			}
			add(CH.STEM, seg.stem);
			add(CH.CLIT, seg.prefix);
			const h = wordHash(seg.stem);
			starts.push(h);
			stemBits |= gaz.bitsOf(h) & GAZ_ENTITY;
			if (seg.article) {
				const withArticle = wordHash('ال' + seg.stem);
				starts.push(withArticle);
				stemBits |= gaz.bitsOf(withArticle) & GAZ_ENTITY;
			}
		}
		// The best-guess stem: the longest segmentation that strips an article, else the word.
		stem = key;
		for (const seg of segs) {
			if (seg.article) {
				stem = seg.stem;
			}
		}
		if (stem.length >= 4) {
			add(CH.STEMSUF, 's2' + stem.slice(stem.length - 2));
			add(CH.STEMSUF, 's3' + stem.slice(stem.length - 3));
		}
		const padded = '^' + stem + '$';
		for (let k = 0; k + 3 <= padded.length; k++) {
			add(CH.NGRAM, padded.slice(k, k + 3));
		}
		if (stem.length >= 3) {
			add(CH.AFFIX, stem.slice(0, 2) + '|' + stem.slice(stem.length - 2));
		}
		gazBits &= ~GAZ.PREFIX;
		stemBits &= ~GAZ.PREFIX;
		for (let b = 0; b < GAZ_TYPES; b++) {
			if (gazBits & (1 << b)) {
				add(CH.GAZ, 'w' + b);
			} else if (stemBits & (1 << b)) {
				add(CH.GAZ, 's' + b);
			}
		}
		if (lex !== undefined) {
			const whole = lex.bitsOf(wordHash(key));
			let value = whole & 0xff ? whole : 0;
			let via = 'L';
			let known = whole & LEX_KNOWN ? 'K' + ((whole >> 11) & 3) : '';
			if (value === 0) {
				via = 'l';
				for (const seg of segs) {
					if (seg.prefix !== '') {
						const v2 = lex.bitsOf(wordHash(seg.stem)) || (seg.article ? lex.bitsOf(wordHash('ال' + seg.stem)) : 0);
						if (known === '' && v2 & LEX_KNOWN) {
							known = 'k' + ((v2 >> 11) & 3);
						}
						if (v2 & 0xff) {
							value = v2;
							break;
						}
					}
				}
			}
			if (value !== 0) {
				for (let b = 0; b < 8; b++) {
					if (value & (1 << b)) {
						add(CH.LEX, via + b);
					}
				}
				add(CH.LEX, via + 'r' + ((value >> 8) & 3));
			}
			if (config.known > 0) {
				add(CH.LEX, known === '' ? 'unk' : known);
			}
		}
		if (config.dict === true && t.script === 'arabic') {
			add(CH.DICT, dictStatus(key, segs, gaz));
		}
		const trig = triggerClass(key);
		if (trig > 0) {
			add(CH.TRIG, 't' + trig);
		}
	}
	return { attrs, starts, stem };
}

/** Suffixes a dictionary base form may carry in the text (plural, dual, feminine, nisba and pronoun endings). */
const DICT_SUFFIXES: readonly string[] = ['يات', 'يين', 'يون', 'تين', 'تان', 'هما', 'ات', 'ون', 'ين', 'ان', 'ية', 'ها', 'هم', 'نا', 'كم', 'وا', 'تا', 'ة', 'ي', 'ه', 'ك', 'ت'];

/**
 * Where the spelling dictionary has the word: 'D' as written, 'd' a proclitic-stripped stem (with or without the
 * article), 's' such a stem without a common suffix, each followed by the class of the entry found (N a noun, V a verb
 * form, B both, as function words are); 'X' nowhere (a foreign name, a rare word or a typo). Per word type, a few
 * dozen lookups.
 */
export function dictStatus(key: string, segs: ReturnType<typeof segmentations>, gaz: Gazetteer): string {
	const cls = (w: string): string => {
		const b = gaz.bitsOf(wordHash(w)) & (GAZ.DICT | GAZ.VERB);
		return b === 0 ? '' : b === GAZ.DICT ? 'N' : b === GAZ.VERB ? 'V' : 'B';
	};
	const has = (w: string): boolean => cls(w) !== '';
	if (has(key)) {
		return 'D' + cls(key);
	}
	const stems = [key];
	for (const seg of segs) {
		if (seg.prefix === '') {
			continue;
		}
		if (has(seg.stem)) {
			return 'd' + cls(seg.stem);
		}
		if (seg.article && has('ال' + seg.stem)) {
			return 'd' + cls('ال' + seg.stem);
		}
		stems.push(seg.stem);
	}
	for (const stem of stems) {
		for (const suf of DICT_SUFFIXES) {
			if (stem.length - suf.length >= 2 && stem.endsWith(suf)) {
				const base = stem.slice(0, stem.length - suf.length);
				if (has(base)) {
					return 's' + cls(base);
				}
				if (has(base + 'ة')) {
					return 's' + cls(base + 'ة');
				}
			}
		}
	}
	return 'X';
}

/** Builds the per-offset feature ids of one word type. */
export function wordFeatures(t: WordToken, gaz: Gazetteer, config: FeatureConfig, lex?: Gazetteer): WordFeatures {
	const f = wordFeatureIds(t, gaz, config, lex);
	const ids: Int32Array[] = [];
	for (let o = 0; o < OFFSETS.length; o++) {
		ids.push(f.ids.slice(f.start[o]!, f.start[o + 1]!));
	}
	return { ids, w: f.w, s: f.s, starts: f.starts, cont: f.cont };
}

/** The feature ids of one word type, flat: those of offset `o` are `ids[start[o] … start[o + 1]]`. */
export interface FlatWordFeatures extends WordHashes {
	/** Reused by the next call: read before calling again. */
	readonly ids: Int32Array;
	readonly start: Int32Array;
}

let flatIds = new Int32Array(256);
const flatStart = new Int32Array(OFFSETS.length + 1);

/**
 * {@link wordFeatures} without an array per offset: the ids of every offset in one buffer that the next call reuses
 * (the run time reads them at once into the word's weight sums).
 */
export function wordFeatureIds(t: WordToken, gaz: Gazetteer, config: FeatureConfig, lex?: Gazetteer): FlatWordFeatures {
	const { attrs, starts, stem } = wordAttributes(t, gaz, config, lex);
	const room = (attrs.length / 2) * OFFSETS.length;
	if (flatIds.length < room) {
		flatIds = new Int32Array(room * 2);
	}
	const ids = flatIds;
	let n = 0;
	for (let o = 0; o < OFFSETS.length; o++) {
		flatStart[o] = n;
		const mask = maskAt(config, o);
		const tmpl = TEMPLATES[o]!;
		for (let k = 0; k < attrs.length; k += 2) {
			const c = attrs[k]!;
			if (mask & (1 << c)) {
				ids[n++] = mix(tmpl[c]!, attrs[k + 1]!);
			}
		}
	}
	flatStart[OFFSETS.length] = n;
	const form = wordForm(t);
	return { ids, start: flatStart, w: v(CH.W, form), s: v(CH.STEM, stem), starts: new Int32Array(starts), cont: wordHash(t.key) };
}

/**
 * Appends the position features of token `i` of a sentence (word bigrams and multi-word gazetteer matches) to `out`.
 * @param words the features of the sentence's words
 * @param phraseTags per token, the gazetteer phrase tag (see {@link phraseMatches}); -1 for none
 */
export function positionFeatures(words: readonly WordHashes[], i: number, phraseTags: Int8Array | undefined, config: FeatureConfig, out: number[]): void {
	const n = words.length;
	const w = words[i]!;
	if (config.bigrams & 1) {
		out.push(mix(mix(BIGRAM_SEEDS[0]!, i > 0 ? words[i - 1]!.w : 1), w.w));
	}
	if (config.bigrams & 2) {
		out.push(mix(mix(BIGRAM_SEEDS[1]!, w.w), i + 1 < n ? words[i + 1]!.w : 2));
	}
	if (config.bigrams & 4) {
		out.push(mix(mix(BIGRAM_SEEDS[2]!, w.s), i + 1 < n ? words[i + 1]!.s : 2));
	}
	if (phraseTags !== undefined && phraseTags[i]! >= 0) {
		out.push(PHRASE_SEEDS[phraseTags[i]!]!);
	}
}

/**
 * Writes the phrase tags of a gazetteer match `[i, end]` with the entry's type bits: coarse classes, so that frequent
 * phrases of the training data teach rare ones (0 person, 1 place: ANERgazet places, CLDR countries and cities,
 * 2 organisation), as 2 × class at the first word and 2 × class + 1 after it. Shared by {@link phraseMatches} and the
 * tagger's cached version, so the two cannot drift apart.
 */
export function markPhrase(tags: Int8Array, i: number, end: number, bits: number): void {
	const type = bits & GAZ.PER ? 0 : bits & (GAZ.LOC | GAZ.COUNTRY | GAZ.CITY) ? 1 : 2;
	for (let k = i; k <= end; k++) {
		tags[k] = 2 * type + (k === i ? 0 : 1);
	}
}

/**
 * Finds multi-word gazetteer matches (two words or more), longest first from each start, and returns per token the
 * phrase tag `2 * type + (0 first word | 1 later word)`, or -1. Linear in the sentence for bounded entry lengths.
 */
export function phraseMatches(words: readonly WordHashes[], gaz: Gazetteer): Int8Array {
	const n = words.length;
	const tags = new Int8Array(n).fill(-1);
	let i = 0;
	while (i < n) {
		let bestEnd = -1;
		let bestBits = 0;
		for (const s of words[i]!.starts) {
			let bits = gaz.bitsOf(s);
			let h = s;
			let j = i;
			while (bits & GAZ.PREFIX && j + 1 < n && j - i < 8) {
				j++;
				h = mix(h, words[j]!.cont);
				bits = gaz.bitsOf(h);
				if (bits & GAZ_ENTITY && j > bestEnd) {
					bestEnd = j;
					bestBits = bits & GAZ_ENTITY;
				}
			}
		}
		if (bestEnd > i) {
			markPhrase(tags, i, bestEnd, bestBits);
			i = bestEnd + 1;
		} else {
			i++;
		}
	}
	return tags;
}
