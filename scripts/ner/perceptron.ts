/**
 * A structured averaged perceptron over BIO tags (Collins 2002) with Viterbi decoding, on hashed features.
 * Deterministic: sentence order is shuffled with a fixed seed, and every map is iterated in insertion order.
 */
import { BOUNDARY, CENTER, OFFSETS, phraseMatches, positionFeatures, wordFeatures, type FeatureConfig, type WordFeatures } from '../../src/core/ner/features';
import { lexiconValue, wordTable, type Gazetteer } from '../../src/core/ner/lexicon';
import { NTAGS, viterbi } from '../../src/core/ner/viterbi';
import { mix } from '../../src/core/ner/hash';

const DOMAIN_SEED = 0x3d0a1b;
import type { TokenSentence } from './corpus';

const T = NTAGS;

/** Word-type feature cache, keyed by token kind and key. */
export class WordCache {
	private readonly map = new Map<string, WordFeatures>();
	readonly boundary: WordFeatures;

	constructor(
		private readonly gaz: Gazetteer,
		private readonly config: FeatureConfig,
		private readonly lex?: Gazetteer,
	) {
		this.boundary = wordFeatures(BOUNDARY, gaz, config, lex);
	}

	get(t: { key: string; kind: 'word' | 'number' | 'punct' | 'quote' | 'symbol'; script?: 'arabic' | 'latin' | 'other' | undefined }): WordFeatures {
		const k = t.kind + '\u0000' + t.key;
		let wf = this.map.get(k);
		if (wf === undefined) {
			wf = wordFeatures(t, this.gaz, this.config, this.lex);
			this.map.set(k, wf);
		}
		return wf;
	}
}

/** The word cache to use for sentence k (jackknifed lexicons differ by fold). */
export type CacheFor = (k: number) => WordCache;

/** Counts, per word key, how often it had each tag, and returns the training lexicon (words seen in an entity). */
export function buildLexicon(sentences: readonly TokenSentence[], known = 0): Gazetteer {
	const counts = new Map<string, Int32Array>();
	for (const s of sentences) {
		s.tokens.forEach((t, i) => {
			if (t.kind !== 'word') {
				return;
			}
			let c = counts.get(t.key);
			if (c === undefined) {
				c = new Int32Array(T);
				counts.set(t.key, c);
			}
			c[s.gold[i]!]!++;
		});
	}
	const entries: Array<[string, number]> = [];
	for (const [key, c] of counts) {
		if (c.some((v, y) => y > 0 && v > 0) || (known > 0 && c[0]! >= known)) {
			entries.push([key, lexiconValue(c)]);
		}
	}
	return wordTable(entries);
}

/**
 * Word caches for training with a jackknifed lexicon: the sentences are cut into `folds` contiguous blocks, and the
 * lexicon features of a block come from the other blocks, so the model learns how far to trust the lexicon on words
 * it has not seen. Returns the cache per sentence and the lexicon of all the sentences (for new text).
 */
export function jackknife(sentences: readonly TokenSentence[], gaz: Gazetteer, config: FeatureConfig, folds: number): { cacheFor: CacheFor; full: Gazetteer } {
	const full = buildLexicon(sentences, config.known);
	if (folds <= 1) {
		const cache = new WordCache(gaz, config, full);
		return { cacheFor: () => cache, full };
	}
	const caches: WordCache[] = [];
	const bounds: number[] = [];
	for (let f = 0; f < folds; f++) {
		const a = Math.floor((sentences.length * f) / folds);
		const b = Math.floor((sentences.length * (f + 1)) / folds);
		caches.push(new WordCache(gaz, config, buildLexicon(sentences.slice(0, a).concat(sentences.slice(b)), config.known)));
		bounds.push(b);
	}
	return { cacheFor: (k) => caches[bounds.findIndex((b) => k < b)]!, full };
}

/** The raw feature hashes of every token of a sentence, in order. */
export function sentenceFeatureHashes(
	s: TokenSentence,
	cache: WordCache,
	gaz: Gazetteer,
	config: FeatureConfig,
	each: (i: number, hashes: number[], shared: number, docFrom: number) => void,
	doc?: SentenceDoc,
): void {
	const words = s.tokens.map((t) => cache.get(t));
	const phrase = config.phrases ? phraseMatches(words, gaz) : undefined;
	const n = words.length;
	const buf: number[] = [];
	for (let i = 0; i < n; i++) {
		buf.length = 0;
		for (let o = 0; o < OFFSETS.length; o++) {
			const j = i + OFFSETS[o]!;
			const wf = j < 0 || j >= n ? cache.boundary : words[j]!;
			if (o !== CENTER || (j >= 0 && j < n)) {
				for (const id of wf.ids[o]!) {
					buf.push(id);
				}
			}
		}
		positionFeatures(words, i, phrase, config, buf);
		const d = s.domain ?? 0;
		const shared = buf.length;
		if (d > 0) {
			// Domain adaptation (Daumé 2007): every feature also fires as a copy private to the corpus, which takes up
			// what is peculiar to it; only the shared features are shipped.
			const m = buf.length;
			for (let k = 0; k < m; k++) {
				buf.push(mix(buf[k]!, DOMAIN_SEED + d));
			}
		}
		const docFrom = buf.length;
		if (doc !== undefined) {
			for (let k = doc.start[i]!; k < doc.start[i + 1]!; k++) {
				buf.push(doc.ids[k]!);
			}
		}
		each(i, buf, shared, docFrom);
	}
}

/** The document features of one sentence's tokens: `ids[start[i] … start[i + 1]]` (see src/core/ner/document.ts). */
export interface SentenceDoc {
	readonly start: Int32Array;
	readonly ids: Int32Array;
}

/** The document features of sentence k, if any. */
export type DocFor = (k: number) => SentenceDoc | undefined;

/** A corpus turned into dense feature indices. */
export interface Data {
	readonly feats: Int32Array;
	/** Per token, the start of its features in `feats` (length tokens + 1). */
	readonly tokStart: Int32Array;
	/** Per token, where its document features start (they run to the next token's start). */
	readonly tokMid: Int32Array;
	/** Per sentence, its first token (length sentences + 1). */
	readonly sentStart: Int32Array;
	readonly gold: Int8Array;
}

/** Maps feature hashes to dense indices. */
export class FeatureIndex {
	readonly index = new Map<number, number>();
	readonly hashes: number[] = [];
	/** Hashes of the corpus-private feature copies (trained, never shipped). */
	readonly private = new Set<number>();

	/** Indexes every hash seen at least `minCount` times in the sentences. */
	static build(sentences: readonly TokenSentence[], cache: CacheFor, gaz: Gazetteer, config: FeatureConfig, minCount: number, docFor?: DocFor): FeatureIndex {
		const counts = new Map<number, number>();
		const privateHashes = new Set<number>();
		for (let k = 0; k < sentences.length; k++) {
			const s = sentences[k]!;
			sentenceFeatureHashes(
				s,
				cache(k),
				gaz,
				config,
				(_i, hs, shared, docFrom) => {
					for (let m = 0; m < hs.length; m++) {
						const h = hs[m]!;
						counts.set(h, (counts.get(h) ?? 0) + 1);
						if (m >= shared && m < docFrom) {
							privateHashes.add(h);
						}
					}
				},
				docFor?.(k),
			);
		}
		const fi = new FeatureIndex();
		for (const h of privateHashes) {
			fi.private.add(h);
		}
		for (const [h, c] of counts) {
			if (c >= minCount) {
				fi.index.set(h, fi.hashes.length);
				fi.hashes.push(h);
			}
		}
		return fi;
	}
}

/** Builds the dense data of sentences (features not in the index are dropped). */
export function toData(sentences: readonly TokenSentence[], cache: CacheFor, gaz: Gazetteer, config: FeatureConfig, fi: FeatureIndex, docFor?: DocFor): Data {
	const feats: number[] = [];
	const tokStart: number[] = [0];
	const tokMid: number[] = [];
	const sentStart: number[] = [0];
	const gold: number[] = [];
	for (let k = 0; k < sentences.length; k++) {
		const s = sentences[k]!;
		sentenceFeatureHashes(
			s,
			cache(k),
			gaz,
			config,
			(i, hs, _shared, docFrom) => {
				for (let m = 0; m < hs.length; m++) {
					if (m === docFrom) {
						tokMid.push(feats.length);
					}
					const d = fi.index.get(hs[m]!);
					if (d !== undefined) {
						feats.push(d);
					}
				}
				if (docFrom >= hs.length) {
					tokMid.push(feats.length);
				}
				tokStart.push(feats.length);
				gold.push(s.gold[i]!);
			},
			docFor?.(k),
		);
		sentStart.push(gold.length);
	}
	return {
		feats: Int32Array.from(feats),
		tokStart: Int32Array.from(tokStart),
		tokMid: Int32Array.from(tokMid),
		sentStart: Int32Array.from(sentStart),
		gold: Int8Array.from(gold),
	};
}

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The model weights: emission rows per feature and the transitions (row NTAGS = start). */
export interface Weights {
	readonly w: Float32Array;
	readonly trans: Float32Array;
}

/** Tags every sentence of the data with the given weights. */
export function decodeAll(data: Data, weights: Weights, useDoc = true): Int8Array {
	const out = new Int8Array(data.gold.length);
	const nSent = data.sentStart.length - 1;
	let emit = new Float32Array(64 * T);
	const tags = new Int8Array(4096);
	for (let s = 0; s < nSent; s++) {
		const a = data.sentStart[s]!;
		const n = data.sentStart[s + 1]! - a;
		if (emit.length < n * T) {
			emit = new Float32Array(n * T * 2);
		}
		fillEmissions(data, weights.w, a, n, emit, useDoc);
		viterbi(emit, weights.trans, n, tags);
		out.set(tags.subarray(0, n), a);
	}
	return out;
}

function fillEmissions(data: Data, w: Float32Array, first: number, n: number, emit: Float32Array, useDoc: boolean): void {
	emit.fill(0, 0, n * T);
	for (let i = 0; i < n; i++) {
		const base = i * T;
		const end = useDoc ? data.tokStart[first + i + 1]! : data.tokMid[first + i]!;
		for (let k = data.tokStart[first + i]!; k < end; k++) {
			const row = data.feats[k]! * T;
			for (let y = 0; y < T; y++) {
				emit[base + y]! += w[row + y]!;
			}
		}
	}
}

/**
 * Trains for `epochs` passes and returns the averaged weights; `onEpoch` sees the averaged weights after each pass.
 */
export function train(
	data: Data,
	nFeatures: number,
	epochs: number,
	seed: number,
	onEpoch?: (epoch: number, avg: Weights) => void,
	docRate = 1,
): Weights {
	const w = new Float32Array(nFeatures * T);
	const u = new Float64Array(nFeatures * T);
	const tw = new Float32Array((T + 1) * T);
	const tu = new Float64Array((T + 1) * T);
	const nSent = data.sentStart.length - 1;
	const order = Array.from({ length: nSent }, (_, i) => i);
	const rand = rng(seed);
	let c = 1;
	let emit = new Float32Array(256 * T);
	let pred = new Int8Array(256);
	const average = (): Weights => {
		const aw = new Float32Array(w.length);
		for (let k = 0; k < w.length; k++) {
			aw[k] = w[k]! - u[k]! / c;
		}
		const at = new Float32Array(tw.length);
		for (let k = 0; k < tw.length; k++) {
			at[k] = tw[k]! - tu[k]! / c;
		}
		return { w: aw, trans: at };
	};
	for (let epoch = 1; epoch <= epochs; epoch++) {
		for (let k = nSent - 1; k > 0; k--) {
			const j = Math.floor(rand() * (k + 1));
			const tmp = order[k]!;
			order[k] = order[j]!;
			order[j] = tmp;
		}
		for (const s of order) {
			const a = data.sentStart[s]!;
			const n = data.sentStart[s + 1]! - a;
			if (emit.length < n * T) {
				emit = new Float32Array(n * T * 2);
				pred = new Int8Array(n * 2);
			}
			const useDoc = docRate >= 1 || rand() < docRate;
			fillEmissions(data, w, a, n, emit, useDoc);
			viterbi(emit, tw, n, pred);
			let wrong = false;
			for (let i = 0; i < n; i++) {
				if (pred[i] !== data.gold[a + i]) {
					wrong = true;
					break;
				}
			}
			if (wrong) {
				for (let i = 0; i < n; i++) {
					const g = data.gold[a + i]!;
					const p = pred[i]!;
					const gp = i === 0 ? T : data.gold[a + i - 1]!;
					const pp = i === 0 ? T : pred[i - 1]!;
					if (g !== p) {
						const end = useDoc ? data.tokStart[a + i + 1]! : data.tokMid[a + i]!;
						for (let k = data.tokStart[a + i]!; k < end; k++) {
							const row = data.feats[k]! * T;
							w[row + g]! += 1;
							u[row + g]! += c;
							w[row + p]! -= 1;
							u[row + p]! -= c;
						}
					}
					if (g !== p || gp !== pp) {
						tw[gp * T + g]! += 1;
						tu[gp * T + g]! += c;
						tw[pp * T + p]! -= 1;
						tu[pp * T + p]! -= c;
					}
				}
			}
			c++;
		}
		onEpoch?.(epoch, average());
	}
	return average();
}
