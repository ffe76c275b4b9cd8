/**
 * The NER run time: lazy decoding of the embedded model, and a tagger that caches, per word type, the summed
 * weights of the word's features at each offset of the window, so tagging costs a few vector additions per token.
 *
 * The feature weights are int8 (in units of the header's `scale`, which tagging does not need), so every emission
 * score is a sum of a few hundred small integers, exact in float32 as in int32 (far below 2^24): the tagger adds them
 * in int32, in any order, and gets the very scores of the trainer's float32 sums.
 */
import type { TokenKind } from '../types';
import { decodeAsset, type DecodedModel } from './asset';
import { decodeBase64 } from './base64';
import { fit, int32, int8 } from './buffers';
import { DOC_FEATURE_IDS, documentFeatureCodes } from './document';
import { BIGRAM_SEEDS, BOUNDARY, markPhrase, maskAt, OFFSETS, PHRASE_SEEDS, wordFeatureIds, type WordToken } from './features';
import { mix } from './hash';
import { GAZ, GAZ_ENTITY } from './lexicon';
import { NER_MODEL_BASE64 } from './model.generated';
import { joinPersons, NTAGS, viterbiAt } from './viterbi';
import { beginDocument, nameKeyTypes, newStamp, typeOf, vocabEpoch, type WordType } from './vocab';

const T = NTAGS;
const W = OFFSETS.length;
/** Nine tags: the emission sums are unrolled. */
const NINE_TAGS = T === 9;

/** A word type with its cached weight sums, one vector of NTAGS per offset. */
interface TypeEntry {
	readonly kind: TokenKind;
	/** Where the summed weights of the word's features, `W × NTAGS` offset by offset, start in the tagger's pool. */
	readonly at: number;
	/** Hash of the word for bigrams, and of its first stem for stem bigrams. */
	readonly w: number;
	readonly s: number;
	/** Hashes a gazetteer phrase may start with, and their gazetteer bits. */
	readonly starts: Int32Array;
	readonly startBits: Int32Array;
	/** Whether a phrase may start here (some start is a proper prefix of a gazetteer entry). */
	readonly phraseStart: boolean;
	/** Hash a gazetteer phrase continues with. */
	readonly cont: number;
}

/** The pool's first size (512 word types), and the size above which it shrinks back when the entries start afresh. */
const POOL_START = 512 * W * T;
const POOL_KEEP = 8 * POOL_START;

/** How many entries of rare kinds (a key met as two token kinds) are kept before all entries start afresh. */
const OTHER_LIMIT = 10000;

/** Buffers reused from one document to the next (see buffers.ts). */
let emitBuf = new Int32Array(1024 * T);
let phraseBuf = new Int8Array(1024);
let wBuf = new Int32Array(1024);
let sBuf = new Int32Array(1024);
let atBuf = new Int32Array(1024);
let keyStartBuf = new Int32Array(1025);
let keyIdBuf = new Int32Array(2048);
const entryBuf: TypeEntry[] = [];

/** A tagger over a decoded model. */
export class Tagger {
	/** Per word type (by the id of its {@link WordType}), its entry; cleared when the vocabulary starts afresh. */
	private entries: Array<TypeEntry | undefined> = [];
	private epoch = vocabEpoch();
	/** Entries of a key met with a second token kind, by kind and key. */
	private readonly other = new Map<string, TypeEntry>();
	/**
	 * The entries' weight sums, one after the other (one array rather than one small array per word type: faster to
	 * allocate and to read). The boundary pseudo word's come first, at 0.
	 */
	private pool = new Int32Array(POOL_START);
	private poolUsed = 0;
	/** The weights of every document feature (see `DOC_FEATURE_IDS`), `NTAGS` per feature (zeros when absent). */
	private readonly docWeights: Int32Array;
	/** The rows of the phrase features (-1 when absent). */
	private readonly phraseRows: Int32Array;
	/** The offset indices (see `OFFSETS`) whose features the model uses; the others sum to zero and are skipped. */
	private readonly active: Int32Array;

	constructor(readonly model: DecodedModel) {
		this.active = Int32Array.from(OFFSETS.map((_, o) => o).filter((o) => maskAt(model.header.config, o) !== 0));
		this.build(BOUNDARY);
		this.docWeights = new Int32Array(DOC_FEATURE_IDS.length * T);
		DOC_FEATURE_IDS.forEach((id, k) => {
			const row = model.rows.get(id);
			if (row >= 0) {
				for (let y = 0; y < T; y++) {
					this.docWeights[k * T + y] = model.weights[row * T + y]!;
				}
			}
		});
		this.phraseRows = Int32Array.from(PHRASE_SEEDS, (id) => model.rows.get(id));
	}

	private build(t: WordToken): TypeEntry {
		const { model } = this;
		const wf = wordFeatureIds(t, model.gazetteer, model.header.config, model.lexicon);
		if (this.poolUsed + W * T > this.pool.length) {
			const grown = new Int32Array(this.pool.length * 2);
			grown.set(this.pool);
			this.pool = grown;
		}
		const at = this.poolUsed;
		this.poolUsed += W * T;
		const vec = this.pool;
		vec.fill(0, at, at + W * T);
		const weights = model.weights;
		const rows = model.rows;
		for (let o = 0; o < W; o++) {
			const vb = at + o * T;
			for (let k = wf.start[o]!; k < wf.start[o + 1]!; k++) {
				const row = rows.get(wf.ids[k]!);
				if (row >= 0) {
					const base = row * T;
					for (let y = 0; y < T; y++) {
						vec[vb + y]! += weights[base + y]!;
					}
				}
			}
		}
		const startBits = new Int32Array(wf.starts.length);
		let phraseStart = false;
		for (let k = 0; k < wf.starts.length; k++) {
			startBits[k] = model.gazetteer.bitsOf(wf.starts[k]!);
			phraseStart ||= (startBits[k]! & GAZ.PREFIX) !== 0;
		}
		return { kind: t.kind, at, w: wf.w, s: wf.s, starts: wf.starts, startBits, phraseStart, cont: wf.cont };
	}

	/** The entry of a token of type `type` (the type of its key). */
	private entry(t: WordToken, type: WordType): TypeEntry {
		const e = this.entries[type.id];
		if (e !== undefined && e.kind === t.kind) {
			return e;
		}
		if (e === undefined) {
			const built = this.build(t);
			this.entries[type.id] = built;
			return built;
		}
		// The same key as another kind of token (rare): kept apart, as the features differ.
		const k = t.kind + '\u0000' + t.key;
		let o = this.other.get(k);
		if (o === undefined) {
			o = this.build(t);
			this.other.set(k, o);
		}
		return o;
	}

	/**
	 * Before a document: drops the entries when the vocabulary has started afresh (their ids are stale), or when
	 * the rare kinds fill up; the pool keeps the boundary's sums only.
	 */
	private sync(): void {
		const epoch = vocabEpoch();
		if (epoch !== this.epoch || this.other.size >= OTHER_LIMIT) {
			this.entries = [];
			this.other.clear();
			// Keep the boundary's sums (at 0); give back the memory of a large vocabulary.
			if (this.pool.length > POOL_KEEP) {
				const fresh = new Int32Array(POOL_START);
				fresh.set(this.pool.subarray(0, W * T));
				this.pool = fresh;
			}
			this.poolUsed = W * T;
			this.epoch = epoch;
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
		beginDocument();
		const types = tokens.map((t) => typeOf(t.key));
		const tags = this.tagDocument(tokens, types, Int32Array.of(0, n), false);
		out.set(tags.subarray(0, n));
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
		beginDocument();
		const tokens = sentences.flat();
		const types = tokens.map((t) => typeOf(t.key));
		const tags = this.tagDocument(tokens, types, sentStart, true);
		const out: Int8Array[] = [];
		for (let s = 0; s < nSent; s++) {
			out.push(tags.subarray(sentStart[s]!, sentStart[s + 1]!));
		}
		return out;
	}

	/**
	 * Tags a document given flat: its tokens, the type of each token's key (looked up after `beginDocument`), and
	 * where each sentence starts (the token count last).
	 * @param withDocument whether to run the second pass (when the model has document features)
	 * @returns one tag per token
	 */
	tagDocument(tokens: readonly WordToken[], types: readonly WordType[], sentStart: Int32Array, withDocument: boolean): Int8Array {
		this.sync();
		const total = tokens.length;
		const nSent = sentStart.length - 1;
		const tags = new Int8Array(total);
		if (total === 0) {
			return tags;
		}
		const { model } = this;
		const config = model.header.config;
		emitBuf = fit(emitBuf, total * T, int32);
		phraseBuf = fit(phraseBuf, total, int8);
		wBuf = fit(wBuf, total, int32);
		sBuf = fit(sBuf, total, int32);
		atBuf = fit(atBuf, total, int32);
		const emit = emitBuf;
		emit.fill(0, 0, total * T);
		const E = entryBuf;
		E.length = total;
		const wArr = wBuf;
		const sArr = sBuf;
		const vAt = atBuf;
		for (let i = 0; i < total; i++) {
			const e = this.entry(tokens[i]!, types[i]!);
			E[i] = e;
			wArr[i] = e.w;
			sArr[i] = e.s;
			vAt[i] = e.at;
		}
		const pool = this.pool;
		const phrases = phraseBuf;
		phrases.fill(-1, 0, total);
		const weights = model.weights;
		const rows = model.rows;
		const bigrams = config.bigrams;
		const b0 = BIGRAM_SEEDS[0]!;
		const b1 = BIGRAM_SEEDS[1]!;
		const b2 = BIGRAM_SEEDS[2]!;
		const active = this.active;
		const nActive = active.length;
		for (let s = 0; s < nSent; s++) {
			const a = sentStart[s]!;
			const b = sentStart[s + 1]!;
			if (b === a) {
				continue;
			}
			if (config.phrases) {
				this.phraseMatches(E, a, b, phrases);
			}
			for (let i = a; i < b; i++) {
				const base = i * T;
				if (NINE_TAGS) {
					// The window's cached vectors, summed in registers.
					let e0 = 0;
					let e1 = 0;
					let e2 = 0;
					let e3 = 0;
					let e4 = 0;
					let e5 = 0;
					let e6 = 0;
					let e7 = 0;
					let e8 = 0;
					for (let q = 0; q < nActive; q++) {
						const o = active[q]!;
						const j = i + OFFSETS[o]!;
						// The boundary pseudo word's sums are at 0.
						const vb = (j < a || j >= b ? 0 : vAt[j]!) + o * 9;
						e0 += pool[vb]!;
						e1 += pool[vb + 1]!;
						e2 += pool[vb + 2]!;
						e3 += pool[vb + 3]!;
						e4 += pool[vb + 4]!;
						e5 += pool[vb + 5]!;
						e6 += pool[vb + 6]!;
						e7 += pool[vb + 7]!;
						e8 += pool[vb + 8]!;
					}
					emit[base] = e0;
					emit[base + 1] = e1;
					emit[base + 2] = e2;
					emit[base + 3] = e3;
					emit[base + 4] = e4;
					emit[base + 5] = e5;
					emit[base + 6] = e6;
					emit[base + 7] = e7;
					emit[base + 8] = e8;
				} else {
					for (let o = 0; o < W; o++) {
						const j = i + OFFSETS[o]!;
						const vb = (j < a || j >= b ? 0 : vAt[j]!) + o * T;
						for (let y = 0; y < T; y++) {
							emit[base + y]! += pool[vb + y]!;
						}
					}
				}
				// Position features: word bigrams, and multi-word gazetteer matches (see `positionFeatures`).
				const w = wArr[i]!;
				if (bigrams & 1) {
					addRow(rows.get(mix(mix(b0, i > a ? wArr[i - 1]! : 1), w)), weights, emit, base);
				}
				if (bigrams & 2) {
					addRow(rows.get(mix(mix(b1, w), i + 1 < b ? wArr[i + 1]! : 2)), weights, emit, base);
				}
				if (bigrams & 4) {
					addRow(rows.get(mix(mix(b2, sArr[i]!), i + 1 < b ? sArr[i + 1]! : 2)), weights, emit, base);
				}
				const p = phrases[i]!;
				if (p >= 0) {
					addRow(this.phraseRows[p]!, weights, emit, base);
				}
			}
			viterbiAt(emit, a * T, model.trans, b - a, tags, a);
		}
		const window = withDocument ? (config.doc ?? 0) : 0;
		if (window > 0) {
			this.addDocumentFeatures(tokens, types, tags, sentStart, window, config.stack === true, emit);
			for (let s = 0; s < nSent; s++) {
				const a = sentStart[s]!;
				const b = sentStart[s + 1]!;
				if (b > a) {
					viterbiAt(emit, a * T, model.trans, b - a, tags, a);
				}
			}
		}
		E.length = 0;
		if (config.joinPersons === true) {
			const key = (i: number): string | undefined => (tokens[i]!.kind === 'word' ? tokens[i]!.key : undefined);
			for (let s = 0; s < nSent; s++) {
				joinPersons(tags, sentStart[s]!, sentStart[s + 1]!, key);
			}
		}
		return tags;
	}

	/** Adds the document features of every token (see document.ts) to its emission scores. */
	private addDocumentFeatures(
		tokens: readonly WordToken[],
		types: readonly WordType[],
		tags: Int8Array,
		sentStart: Int32Array,
		window: number,
		stack: boolean,
		emit: Int32Array,
	): void {
		const total = tokens.length;
		// Number the name keys of the document's words 0, 1, … (the order does not matter).
		const stamp = newStamp();
		let nKeys = 0;
		keyStartBuf = fit(keyStartBuf, total + 1, int32);
		// Most words have one or two name keys; the buffer grows below when a document has more.
		keyIdBuf = fit(keyIdBuf, 2 * total, int32);
		const keyStart = keyStartBuf;
		let m = 0;
		for (let i = 0; i < total; i++) {
			keyStart[i] = m;
			if (tokens[i]!.kind !== 'word') {
				continue;
			}
			const names = nameKeyTypes(types[i]!);
			if (m + names.length > keyIdBuf.length) {
				const grown = new Int32Array((m + names.length) * 2);
				grown.set(keyIdBuf.subarray(0, m));
				keyIdBuf = grown;
			}
			for (let k = 0; k < names.length; k++) {
				const nk = names[k]!;
				if (nk.memo !== stamp) {
					nk.memo = stamp;
					nk.memoValue = nKeys++;
				}
				keyIdBuf[m++] = nk.memoValue;
			}
		}
		keyStart[total] = m;
		const df = documentFeatureCodes(keyStart.subarray(0, total + 1), keyIdBuf, nKeys, tags, sentStart, window, stack);
		const { start, codes } = df;
		const dw = this.docWeights;
		for (let i = 0; i < total; i++) {
			const k0 = start[i]!;
			const k1 = start[i + 1]!;
			if (k0 === k1) {
				continue;
			}
			const base = i * T;
			for (let k = k0; k < k1; k++) {
				const cb = codes[k]! * T;
				for (let y = 0; y < T; y++) {
					emit[base + y]! += dw[cb + y]!;
				}
			}
		}
	}

	/**
	 * Finds multi-word gazetteer matches in the sentence `[a, b)` and writes the phrase tag of each token to `tags`,
	 * exactly as `phraseMatches` (features.ts) does, from the entries' cached start bits.
	 */
	private phraseMatches(E: readonly TypeEntry[], a: number, b: number, tags: Int8Array): void {
		const gaz = this.model.gazetteer;
		let i = a;
		while (i < b) {
			const e = E[i]!;
			let bestEnd = -1;
			let bestBits = 0;
			if (e.phraseStart) {
				for (let k = 0; k < e.starts.length; k++) {
					let bits = e.startBits[k]!;
					let h = e.starts[k]!;
					let j = i;
					while (bits & GAZ.PREFIX && j + 1 < b && j - i < 8) {
						j++;
						h = mix(h, E[j]!.cont);
						bits = gaz.bitsOf(h);
						if (bits & GAZ_ENTITY && j > bestEnd) {
							bestEnd = j;
							bestBits = bits & GAZ_ENTITY;
						}
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
	}
}

/** Adds the weights of model row `row` (nothing when -1) to `emit[base …]`. */
function addRow(row: number, weights: Int8Array, emit: Int32Array, base: number): void {
	if (row >= 0) {
		const rb = row * T;
		for (let y = 0; y < T; y++) {
			emit[base + y]! += weights[rb + y]!;
		}
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
