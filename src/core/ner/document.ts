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
import { hashString, mix } from './hash';
import { NTAGS } from './viterbi';

const T = NTAGS;
const DOC_SEED = hashString('doc', 0x51ed270b);
const id = (s: string): number => mix(DOC_SEED, hashString(s));

/** The document-feature ids, precomputed (they are few). */
const IDS = {
	tag: Array.from({ length: T }, (_, y) => id('y' + y)),
	tagCount: Array.from({ length: T * 4 }, (_, k) => id('y' + (k >> 2) + ':' + (k & 3))),
	share: Array.from({ length: 4 }, (_, k) => id('share' + k)),
	onlyO: Array.from({ length: 4 }, (_, k) => id('o' + k)),
	prev: Array.from({ length: 5 }, (_, k) => id('p' + k)),
	next: Array.from({ length: 5 }, (_, k) => id('n' + k)),
	selfTag: Array.from({ length: T }, (_, y) => id('s' + y)),
	prevTag: Array.from({ length: T + 1 }, (_, y) => id('ps' + y)),
	nextTag: Array.from({ length: T + 1 }, (_, y) => id('ns' + y)),
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
	const nSent = sentStart.length - 1;
	// Every distinct name key gets a small integer; the counts live in one flat array.
	const keyIds = new Map<string, number>();
	const tokKeys: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(n);
	const typeKeys = new Map<string, Int32Array>();
	for (let i = 0; i < n; i++) {
		const k = keys[i];
		if (k === undefined) {
			continue;
		}
		let ids = typeKeys.get(k);
		if (ids === undefined) {
			const names = cachedNameKeys(k);
			ids = new Int32Array(names.length);
			for (let m = 0; m < names.length; m++) {
				let kid = keyIds.get(names[m]!);
				if (kid === undefined) {
					kid = keyIds.size;
					keyIds.set(names[m]!, kid);
				}
				ids[m] = kid;
			}
			typeKeys.set(k, ids);
		}
		tokKeys[i] = ids;
	}
	const counts = new Int32Array(keyIds.size * T);
	const addSentence = (s: number, delta: number): void => {
		if (s < 0 || s >= nSent) {
			return;
		}
		for (let i = sentStart[s]!; i < sentStart[s + 1]!; i++) {
			const ks = tokKeys[i];
			if (ks === undefined) {
				continue;
			}
			const y = tags[i]!;
			for (let m = 0; m < ks.length; m++) {
				counts[ks[m]! * T + y]! += delta;
			}
		}
	};
	// Per token, the profile of its other occurrences (max over its name keys, itself left out), and its majority
	// entity type (1–4; 0 for none), for the neighbours' features.
	const profile = new Int32Array(n * T);
	const major = new Uint8Array(n);
	for (let s = 0; s <= Math.min(window, nSent - 1); s++) {
		addSentence(s, 1);
	}
	for (let s = 0; s < nSent; s++) {
		if (s > 0) {
			addSentence(s + window, 1);
			addSentence(s - window - 1, -1);
		}
		for (let i = sentStart[s]!; i < sentStart[s + 1]!; i++) {
			const ks = tokKeys[i];
			if (ks === undefined) {
				continue;
			}
			const own = tags[i]!;
			const base = i * T;
			for (let m = 0; m < ks.length; m++) {
				const cb = ks[m]! * T;
				for (let y = 0; y < T; y++) {
					const v = counts[cb + y]! - (y === own ? 1 : 0);
					if (v > profile[base + y]!) {
						profile[base + y] = v;
					}
				}
			}
			let best = 0;
			let bestCount = 0;
			for (let t = 0; t < 4; t++) {
				const v = profile[base + 1 + 2 * t]! + profile[base + 2 + 2 * t]!;
				if (v > bestCount) {
					bestCount = v;
					best = t + 1;
				}
			}
			major[i] = best;
		}
	}
	const start = new Int32Array(n + 1);
	const ids: number[] = [];
	for (let s = 0; s < nSent; s++) {
		const a = sentStart[s]!;
		const b = sentStart[s + 1]!;
		for (let i = a; i < b; i++) {
			start[i] = ids.length;
			if (stack) {
				// Stacking: the first pass's own tags of the word and its neighbours.
				ids.push(IDS.selfTag[tags[i]!]!, IDS.prevTag[i > a ? tags[i - 1]! : T]!, IDS.nextTag[i + 1 < b ? tags[i + 1]! : T]!);
			}
			if (tokKeys[i] === undefined) {
				continue;
			}
			const base = i * T;
			let entity = 0;
			for (let y = 1; y < T; y++) {
				const v = profile[base + y]!;
				if (v > 0) {
					entity += v;
					ids.push(IDS.tag[y]!, IDS.tagCount[y * 4 + Math.min(v, 3)]!);
				}
			}
			const other = profile[base]!;
			if (entity + other > 0) {
				ids.push(IDS.share[shareBucket(entity, other)]!);
				if (entity === 0) {
					ids.push(IDS.onlyO[Math.min(other, 3)]!);
				}
			}
			if (i > a && major[i - 1]! > 0) {
				ids.push(IDS.prev[major[i - 1]!]!);
			}
			if (i + 1 < b && major[i + 1]! > 0) {
				ids.push(IDS.next[major[i + 1]!]!);
			}
		}
	}
	start[n] = ids.length;
	return { start, ids: Int32Array.from(ids) };
}
