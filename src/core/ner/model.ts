/**
 * The NER run time: lazy decoding of the embedded model, and a tagger that caches, per word type, the summed
 * weights of the word's features at each offset of the window, so tagging costs a few vector additions per token.
 */
import { decodeAsset, type DecodedModel } from './asset';
import { decodeBase64 } from './base64';
import { documentFeatures } from './document';
import { BOUNDARY, OFFSETS, phraseMatches, positionFeatures, wordFeatures, type WordHashes, type WordToken } from './features';
import { NER_MODEL_BASE64 } from './model.generated';
import { NTAGS, viterbi } from './viterbi';

const T = NTAGS;
const W = OFFSETS.length;

/** A word type with its cached weight sums, one vector of NTAGS per offset. */
interface TypeEntry extends WordHashes {
	readonly vec: Float32Array;
}

/** How many word types the cache keeps before it starts afresh (bounds memory on huge inputs). */
const CACHE_LIMIT = 60000;

/** A tagger over a decoded model. */
export class Tagger {
	private readonly cache = new Map<string, TypeEntry>();
	private readonly boundary: TypeEntry;
	private emit = new Float32Array(256 * T);
	private readonly buf: number[] = [];

	constructor(readonly model: DecodedModel) {
		this.boundary = this.entry(BOUNDARY);
	}

	private entry(t: WordToken): TypeEntry {
		const { model } = this;
		const wf = wordFeatures(t, model.gazetteer, model.header.config, model.lexicon);
		const vec = new Float32Array(W * T);
		for (let o = 0; o < W; o++) {
			for (const id of wf.ids[o]!) {
				const row = model.rows.get(id);
				if (row >= 0) {
					const base = row * T;
					for (let y = 0; y < T; y++) {
						vec[o * T + y]! += model.weights[base + y]!;
					}
				}
			}
		}
		return { vec, w: wf.w, s: wf.s, starts: wf.starts, cont: wf.cont };
	}

	private lookup(t: WordToken): TypeEntry {
		const k = t.kind + '\u0000' + t.key;
		let e = this.cache.get(k);
		if (e === undefined) {
			if (this.cache.size >= CACHE_LIMIT) {
				this.cache.clear();
			}
			e = this.entry(t);
			this.cache.set(k, e);
		}
		return e;
	}

	/**
	 * Adds the emission scores of one sentence to `emit` (n × NTAGS, from index 0): the cached per-type sums of the
	 * window and the position features (bigrams, gazetteer phrases).
	 */
	private emissions(tokens: readonly WordToken[], emit: Float32Array): void {
		const n = tokens.length;
		const { model } = this;
		const entries: TypeEntry[] = new Array<TypeEntry>(n);
		for (let i = 0; i < n; i++) {
			entries[i] = this.lookup(tokens[i]!);
		}
		const config = model.header.config;
		const phrases = config.phrases ? phraseMatches(entries, model.gazetteer) : undefined;
		const buf = this.buf;
		const boundary = this.boundary.vec;
		for (let i = 0; i < n; i++) {
			const base = i * T;
			for (let o = 0; o < W; o++) {
				const j = i + OFFSETS[o]!;
				const vec = j < 0 || j >= n ? boundary : entries[j]!.vec;
				const vb = o * T;
				for (let y = 0; y < T; y++) {
					emit[base + y]! += vec[vb + y]!;
				}
			}
			buf.length = 0;
			positionFeatures(entries, i, phrases, config, buf);
			for (const id of buf) {
				this.addRow(id, emit, base);
			}
		}
	}

	/** Adds the weights of feature `id` (if the model has it) to `emit[base …]`. */
	private addRow(id: number, emit: Float32Array, base: number): void {
		const { model } = this;
		const row = model.rows.get(id);
		if (row >= 0) {
			const rb = row * T;
			for (let y = 0; y < T; y++) {
				emit[base + y]! += model.weights[rb + y]!;
			}
		}
	}

	/**
	 * Tags one sentence on its own (no document features).
	 * @param tokens the sentence's tokens
	 * @param out receives one tag index per token (see `TAGS`)
	 */
	tag(tokens: readonly WordToken[], out: Int8Array): void {
		const n = tokens.length;
		if (n === 0) {
			return;
		}
		if (this.emit.length < n * T) {
			this.emit = new Float32Array(n * T * 2);
		}
		const emit = this.emit;
		emit.fill(0, 0, n * T);
		this.emissions(tokens, emit);
		viterbi(emit, this.model.trans, n, out);
	}

	/**
	 * Tags the sentences of a document, in order. With document features in the model, a first pass tags every
	 * sentence, and a second pass adds, for each word, what the first pass said of the same word in the sentences
	 * around it. Linear in the number of tokens.
	 */
	tagSentences(sentences: ReadonlyArray<readonly WordToken[]>): Int8Array[] {
		const nSent = sentences.length;
		const sentStart = new Int32Array(nSent + 1);
		for (let s = 0; s < nSent; s++) {
			sentStart[s + 1] = sentStart[s]! + sentences[s]!.length;
		}
		const total = sentStart[nSent]!;
		const emit = new Float32Array(total * T);
		const tags = new Int8Array(total);
		const { trans } = this.model;
		for (let s = 0; s < nSent; s++) {
			const a = sentStart[s]!;
			const n = sentStart[s + 1]! - a;
			if (n > 0) {
				const e = emit.subarray(a * T, (a + n) * T);
				this.emissions(sentences[s]!, e);
				viterbi(e, trans, n, tags.subarray(a, a + n));
			}
		}
		const window = this.model.header.config.doc ?? 0;
		if (window > 0 && total > 0) {
			const keys: Array<string | undefined> = new Array<string | undefined>(total);
			for (let s = 0; s < nSent; s++) {
				const toks = sentences[s]!;
				for (let i = 0; i < toks.length; i++) {
					const t = toks[i]!;
					keys[sentStart[s]! + i] = t.kind === 'word' ? t.key : undefined;
				}
			}
			const df = documentFeatures(keys, tags, sentStart, window, this.model.header.config.stack === true);
			for (let i = 0; i < total; i++) {
				for (let k = df.start[i]!; k < df.start[i + 1]!; k++) {
					this.addRow(df.ids[k]!, emit, i * T);
				}
			}
			for (let s = 0; s < nSent; s++) {
				const a = sentStart[s]!;
				const n = sentStart[s + 1]! - a;
				if (n > 0) {
					viterbi(emit.subarray(a * T, (a + n) * T), trans, n, tags.subarray(a, a + n));
				}
			}
		}
		const out: Int8Array[] = [];
		for (let s = 0; s < nSent; s++) {
			out.push(tags.subarray(sentStart[s]!, sentStart[s + 1]!));
		}
		return out;
	}
}

interface LoadState {
	tagger: Tagger | undefined;
	error: string | undefined;
	/** Milliseconds the decode took. */
	loadMs: number;
	bytes: number;
}

let state: LoadState | undefined;

/** A millisecond clock: `performance.now()` where the host has one (Node, browsers, workers), else `Date.now()`. */
const now = (): number => {
	const perf = (globalThis as { performance?: { now(): number } }).performance;
	return perf !== undefined ? perf.now() : Date.now();
};

/** Decodes the embedded model on first use; later calls return the same tagger. Never throws. */
export function nerTagger(): Tagger | undefined {
	if (state === undefined) {
		const t0 = now();
		try {
			const bytes = decodeBase64(NER_MODEL_BASE64);
			if (bytes === undefined || bytes.length === 0) {
				throw new Error('the NER model is not valid base64');
			}
			state = { tagger: new Tagger(decodeAsset(bytes)), error: undefined, loadMs: now() - t0, bytes: bytes.length };
		} catch (e) {
			state = { tagger: undefined, error: e instanceof Error ? e.message : String(e), loadMs: now() - t0, bytes: 0 };
		}
	}
	return state.tagger;
}

/** Facts about the model for benchmarks and the model card: load time, size, and any load error. */
export function nerModelInfo(): { loadMs: number; bytes: number; base64Chars: number; features: number; error: string | undefined } {
	const tagger = nerTagger();
	return {
		loadMs: state?.loadMs ?? 0,
		bytes: state?.bytes ?? 0,
		base64Chars: NER_MODEL_BASE64.length,
		features: tagger?.model.header.features ?? 0,
		error: state?.error,
	};
}

/** Forgets the decoded model (benchmarks use it to time a cold load). */
export function resetNerModel(): void {
	state = undefined;
}
