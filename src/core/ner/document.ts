/**
 * Document-level features for the second pass of the tagger (label consistency, after Krishnan & Manning 2006): a
 * name is usually written the same way, and of the same type, everywhere in an article, but the first pass finds it
 * only where its context gives it away («الرئيس فلان»). The second pass sees, for each word, the tags the first pass
 * gave the same word (or the same word with another proclitic: بوتين، وبوتين، لبوتين) in the sentences around it.
 *
 * Shared bit for bit by the trainer and the run time. Linear in the number of tokens: a sliding window of sentences
 * keeps, per name key, the counts of the first-pass tags.
 */
import { segmentations } from '../tokenize/clitics';
import { fit, int32, uint8 } from './buffers';
import { hashString, mix } from './hash';
import { NTAGS } from './viterbi';

const T = NTAGS;
const DOC_SEED = hashString('doc', 0x51ed270b);

/**
 * Every document-feature id, in a fixed order. The features are computed as indices into this list (codes), so the
 * run time can keep, per code, the model's weights and never look an id up.
 */
export const DOC_FEATURE_IDS: readonly number[] = [];
const code = (s: string): number => (DOC_FEATURE_IDS as number[]).push(mix(DOC_SEED, hashString(s))) - 1;

/** The document-feature codes (they are few). */
const CODES = {
	tag: Array.from({ length: T }, (_, y) => code('y' + y)),
	tagCount: Array.from({ length: T * 4 }, (_, k) => code('y' + (k >> 2) + ':' + (k & 3))),
	share: Array.from({ length: 4 }, (_, k) => code('share' + k)),
	onlyO: Array.from({ length: 4 }, (_, k) => code('o' + k)),
	prev: Array.from({ length: 5 }, (_, k) => code('p' + k)),
	next: Array.from({ length: 5 }, (_, k) => code('n' + k)),
	selfTag: Array.from({ length: T }, (_, y) => code('s' + y)),
	prevTag: Array.from({ length: T + 1 }, (_, y) => code('ps' + y)),
	nextTag: Array.from({ length: T + 1 }, (_, y) => code('ns' + y)),
};

/**
 * The name keys of a word: its matching key, and the word without each proclitic that is not the article alone
 * (وبوتين → بوتين; بالرياض → الرياض, the article kept). Non-words have none.
 */
export function nameKeys(key: string): string[] {
	const out = [key];
	for (const seg of segmentations(key)) {
		if (seg.prefix === '' || seg.prefix === 'ال') {
			continue;
		}
		out.push(seg.article ? 'ال' + seg.stem : seg.stem);
	}
	return out;
}

const nameKeyCache = new Map<string, string[]>();

/** {@link nameKeys}, remembered across calls (bounded). */
export function cachedNameKeys(key: string): string[] {
	let ks = nameKeyCache.get(key);
	if (ks === undefined) {
		if (nameKeyCache.size >= 50000) {
			nameKeyCache.clear();
		}
		ks = nameKeys(key);
		nameKeyCache.set(key, ks);
	}
	return ks;
}

/** The share of entity tags among a word's other occurrences, bucketed like the training lexicon's. */
function shareBucket(entity: number, other: number): number {
	const r = entity / Math.max(1, entity + other);
	return r < 0.2 ? 0 : r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
}

/**
 * The document features of every token.
 * @param keys per token (flat over the document), its matching key, or undefined for punctuation, numbers and symbols
 * @param tags per token, the first-pass tag
 * @param sentStart the first token of every sentence, and the token count last (length sentences + 1)
 * @param window how many sentences before and after a sentence its context spans
 * @returns per token, its feature ids: `ids[start[i] … start[i + 1]]`
 */
export function documentFeatures(
	keys: ReadonlyArray<string | undefined>,
	tags: ArrayLike<number>,
	sentStart: ArrayLike<number>,
	window: number,
	stack = false,
): { start: Int32Array; ids: Int32Array } {
	const n = keys.length;
	// Every distinct name key gets a small integer.
	const keyIds = new Map<string, number>();
	const typeKeys = new Map<string, number[]>();
	const keyStart = new Int32Array(n + 1);
	const flat: number[] = [];
	for (let i = 0; i < n; i++) {
		keyStart[i] = flat.length;
		const k = keys[i];
		if (k === undefined) {
			continue;
		}
		let ids = typeKeys.get(k);
		if (ids === undefined) {
			ids = cachedNameKeys(k).map((name) => {
				let kid = keyIds.get(name);
				if (kid === undefined) {
					kid = keyIds.size;
					keyIds.set(name, kid);
				}
				return kid;
			});
			typeKeys.set(k, ids);
		}
		flat.push(...ids);
	}
	keyStart[n] = flat.length;
	const df = documentFeatureCodes(keyStart, Int32Array.from(flat), keyIds.size, tags, sentStart, window, stack);
	const ids = new Int32Array(df.start[n]!);
	for (let k = 0; k < ids.length; k++) {
		ids[k] = DOC_FEATURE_IDS[df.codes[k]!]!;
	}
	return { start: df.start.slice(0, n + 1), ids };
}

/** Buffers reused across documents by {@link documentFeatureCodes} (see buffers.ts). */
let counts = new Int32Array(1024);
let profile = new Int32Array(1024);
let major = new Uint8Array(256);
let featStart = new Int32Array(256);
let codes = new Int32Array(1024);

/**
 * The document features of every token as codes (indices into {@link DOC_FEATURE_IDS}): the work of
 * {@link documentFeatures}, on name keys already numbered.
 * @param keyStart per token, where its name keys start in `keyIds` (length tokens + 1); a word always has one at
 * least (its own key), a token that is not a word has none
 * @param keyIds the name keys, numbered from 0 to `nKeys` - 1
 * @returns per token, its codes `codes[start[i] … start[i + 1]]`; the arrays are reused by the next call
 */
export function documentFeatureCodes(
	keyStart: Int32Array,
	keyIds: Int32Array,
	nKeys: number,
	tags: ArrayLike<number>,
	sentStart: ArrayLike<number>,
	window: number,
	stack: boolean,
): { start: Int32Array; codes: Int32Array } {
	const n = keyStart.length - 1;
	const nSent = sentStart.length - 1;
	// The counts of the first-pass tags per name key, over the sentences of the window.
	counts = fit(counts, nKeys * T, int32);
	counts.fill(0, 0, nKeys * T);
	// (Only the rows of words are written and read.)
	profile = fit(profile, n * T, int32);
	major = fit(major, n, uint8);
	major.fill(0, 0, n);
	featStart = fit(featStart, n + 1, int32);
	featStart.fill(0, 0, n + 1);
	const cnt = counts;
	const prof = profile;
	const maj = major;
	const addSentence = (s: number, delta: number): void => {
		if (s < 0 || s >= nSent) {
			return;
		}
		for (let i = sentStart[s]!; i < sentStart[s + 1]!; i++) {
			const y = tags[i]!;
			for (let m = keyStart[i]!; m < keyStart[i + 1]!; m++) {
				cnt[keyIds[m]! * T + y]! += delta;
			}
		}
	};
	// Per token, the profile of its other occurrences (max over its name keys, itself left out), and its majority
	// entity type (1–4; 0 for none), for the neighbours' features.
	for (let s = 0; s <= Math.min(window, nSent - 1); s++) {
		addSentence(s, 1);
	}
	for (let s = 0; s < nSent; s++) {
		if (s > 0) {
			addSentence(s + window, 1);
			addSentence(s - window - 1, -1);
		}
		for (let i = sentStart[s]!; i < sentStart[s + 1]!; i++) {
			const k0 = keyStart[i]!;
			const k1 = keyStart[i + 1]!;
			if (k0 === k1) {
				continue;
			}
			// max(0, max over the name keys of the count − (1 for the token's own tag)); counts are never negative, so
			// only the own tag's maximum can drop below 0.
			const base = i * T;
			const first = keyIds[k0]! * T;
			for (let y = 0; y < T; y++) {
				prof[base + y] = cnt[first + y]!;
			}
			for (let m = k0 + 1; m < k1; m++) {
				const cb = keyIds[m]! * T;
				for (let y = 0; y < T; y++) {
					const v = cnt[cb + y]!;
					if (v > prof[base + y]!) {
						prof[base + y] = v;
					}
				}
			}
			const own = base + tags[i]!;
			prof[own] = Math.max(0, prof[own]! - 1);
			let best = 0;
			let bestCount = 0;
			for (let t = 0; t < 4; t++) {
				const v = prof[base + 1 + 2 * t]! + prof[base + 2 + 2 * t]!;
				if (v > bestCount) {
					bestCount = v;
					best = t + 1;
				}
			}
			maj[i] = best;
		}
	}
	const start = featStart;
	// At most 2 (T - 1) + 2 + 2 codes per word, and 3 more with stacking.
	codes = fit(codes, n * (2 * T + 7), int32);
	const out = codes;
	let c = 0;
	for (let s = 0; s < nSent; s++) {
		const a = sentStart[s]!;
		const b = sentStart[s + 1]!;
		for (let i = a; i < b; i++) {
			start[i] = c;
			if (stack) {
				// Stacking: the first pass's own tags of the word and its neighbours.
				out[c++] = CODES.selfTag[tags[i]!]!;
				out[c++] = CODES.prevTag[i > a ? tags[i - 1]! : T]!;
				out[c++] = CODES.nextTag[i + 1 < b ? tags[i + 1]! : T]!;
			}
			if (keyStart[i] === keyStart[i + 1]) {
				continue;
			}
			const base = i * T;
			let entity = 0;
			for (let y = 1; y < T; y++) {
				const v = prof[base + y]!;
				if (v > 0) {
					entity += v;
					out[c++] = CODES.tag[y]!;
					out[c++] = CODES.tagCount[y * 4 + Math.min(v, 3)]!;
				}
			}
			const other = prof[base]!;
			if (entity + other > 0) {
				out[c++] = CODES.share[shareBucket(entity, other)]!;
				if (entity === 0) {
					out[c++] = CODES.onlyO[Math.min(other, 3)]!;
				}
			}
			if (i > a && maj[i - 1]! > 0) {
				out[c++] = CODES.prev[maj[i - 1]!]!;
			}
			if (i + 1 < b && maj[i + 1]! > 0) {
				out[c++] = CODES.next[maj[i + 1]!]!;
			}
		}
	}
	start[n] = c;
	return { start, codes: out };
}
