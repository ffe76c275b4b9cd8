/**
 * The binary layout of the NER model asset, and its decoder. The encoder is in scripts/ner/asset.ts.
 *
 * Layout (little-endian):
 *   "INER" · version u8 · header length u32 · header JSON (ASCII: feature configuration, scale, counts, provenance)
 *   transitions: (NTAGS + 1) × NTAGS float32 (row NTAGS is the start of a sentence)
 *   feature hashes: N unsigned varints, the deltas of the hashes sorted as unsigned 32-bit integers
 *   tag masks: N × NTAGS bits, packed least significant bit first (bit NTAGS·i + y set when feature i has a
 *   non-zero weight for tag y)
 *   weights: one int8 per set mask bit, feature by feature (multiply by `scale`)
 *   gazetteer hashes: M unsigned varints (deltas, sorted as above) · gazetteer type bits: M bytes
 *   training-lexicon hashes: L unsigned varints (deltas) · lexicon values: L × u16 (see `lexiconValue`)
 */
import type { FeatureConfig } from './features';
import { bucketShift, Gazetteer, IntMap, SortedKeyIndex, type RowIndex } from './lexicon';
import { NTAGS } from './viterbi';

export const MAGIC = 'INER';
export const VERSION = 2;

/** What the header records. */
export interface AssetHeader {
	readonly config: FeatureConfig;
	/** The value of one weight unit. */
	readonly scale: number;
	readonly features: number;
	readonly gazetteer: number;
	/** Number of training-lexicon entries. */
	readonly lexicon: number;
	/** Provenance for the model card: data, epochs, date-free description. */
	readonly trainedOn: string;
}

/** The decoded model, ready for tagging. */
export interface DecodedModel {
	readonly header: AssetHeader;
	readonly trans: Float32Array;
	/** Feature hash → row index into `weights` (-1 when absent). */
	readonly rows: RowIndex;
	/** Row-major, NTAGS int8 weights per feature. */
	readonly weights: Int8Array;
	readonly gazetteer: Gazetteer;
	/** Words seen inside entities in the training data, with their tags. */
	readonly lexicon: Gazetteer;
}

class Reader {
	pos = 0;
	private readonly view: DataView;

	constructor(readonly bytes: Uint8Array) {
		this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}

	need(n: number): void {
		if (this.pos + n > this.bytes.length) {
			throw new Error('truncated NER model');
		}
	}

	u8(): number {
		this.need(1);
		return this.bytes[this.pos++]!;
	}

	u32(): number {
		this.need(4);
		const v = this.view.getUint32(this.pos, true);
		this.pos += 4;
		return v;
	}

	f32(): number {
		this.need(4);
		const v = this.view.getFloat32(this.pos, true);
		this.pos += 4;
		return v;
	}

	/**
	 * Sorted unsigned hashes stored as deltas, returned as signed 32-bit integers, with their {@link SortedKeyIndex}
	 * built on the way (undefined when they overflow 32 bits, which a valid model never does).
	 */
	hashes(n: number): { hashes: Int32Array; index: SortedKeyIndex | undefined } {
		const out = new Int32Array(n);
		const bytes = this.bytes;
		const end = bytes.length;
		const shift = bucketShift(n);
		const starts = new Int32Array(2 ** (32 - shift) + 1);
		let bucket = 0;
		let sorted = true;
		let pos = this.pos;
		let prev = 0;
		for (let i = 0; i < n; i++) {
			// An unsigned varint, inline (the deltas of 32-bit hashes take three bytes on average).
			let v = 0;
			let k = 0;
			let b: number;
			do {
				if (k > 5) {
					throw new Error('bad varint in NER model');
				}
				if (pos >= end) {
					throw new Error('truncated NER model');
				}
				b = bytes[pos++]!;
				v += (b & 0x7f) * SEVEN_BITS[k++]!;
			} while (b >= 0x80);
			prev += v;
			out[i] = prev | 0;
			if (prev > 0xffffffff) {
				sorted = false;
			} else {
				const top = prev >>> shift;
				while (bucket < top) {
					starts[++bucket] = i;
				}
			}
		}
		this.pos = pos;
		if (!sorted) {
			return { hashes: out, index: undefined };
		}
		while (bucket < starts.length - 1) {
			starts[++bucket] = n;
		}
		return { hashes: out, index: new SortedKeyIndex(out, starts, shift) };
	}
}

/** 2^(7k): the weight of the k-th seven-bit group of a varint. */
const SEVEN_BITS = [1, 2 ** 7, 2 ** 14, 2 ** 21, 2 ** 28, 2 ** 35];

/**
 * Unpacks the int8 weights: bit `k` of the mask says whether weight `k` (of `count`) is stored; the stored ones follow
 * the mask, in order. Byte by byte, so the all-zero mask bytes (most of them) cost one test.
 * @returns the weights and the position after the last stored one
 */
function unpackWeights(bytes: Uint8Array, maskAt: number, count: number, at: number): { weights: Int8Array; end: number } {
	const weights = new Int8Array(count);
	const maskBytes = Math.ceil(count / 8);
	let pos = at;
	for (let m = 0; m < maskBytes; m++) {
		let bits = bytes[maskAt + m]!;
		if (bits === 0) {
			continue;
		}
		let k = m * 8;
		while (bits !== 0) {
			if (k >= count) {
				break; // padding bits of the last mask byte
			}
			if (bits & 1) {
				if (pos >= bytes.length) {
					throw new Error('truncated NER model');
				}
				weights[k] = (bytes[pos++]! << 24) >> 24;
			}
			bits >>= 1;
			k++;
		}
	}
	return { weights, end: pos };
}

/**
 * Decodes the asset bytes.
 * @throws when the bytes are not a model of this version (the caller turns that into "no model")
 */
export function decodeAsset(bytes: Uint8Array): DecodedModel {
	const r = new Reader(bytes);
	for (let i = 0; i < MAGIC.length; i++) {
		if (r.u8() !== MAGIC.charCodeAt(i)) {
			throw new Error('not an Isnad NER model');
		}
	}
	const version = r.u8();
	if (version !== VERSION) {
		throw new Error(`NER model version ${version}, expected ${VERSION}`);
	}
	const headerLength = r.u32();
	r.need(headerLength);
	let json = '';
	for (let i = 0; i < headerLength; i++) {
		json += String.fromCharCode(bytes[r.pos + i]!);
	}
	r.pos += headerLength;
	const header = JSON.parse(json) as AssetHeader;
	const T = NTAGS;
	const trans = new Float32Array((T + 1) * T);
	for (let k = 0; k < trans.length; k++) {
		trans[k] = r.f32();
	}
	const n = header.features;
	const { hashes, index } = r.hashes(n);
	const maskBytes = Math.ceil((n * T) / 8);
	r.need(maskBytes);
	const maskAt = r.pos;
	r.pos += maskBytes;
	const { weights, end } = unpackWeights(bytes, maskAt, n * T, r.pos);
	r.pos = end;
	let rows: RowIndex | undefined = index;
	if (rows === undefined) {
		// Not sorted (the format says they are): a hash table does not care.
		const map = new IntMap(n);
		for (let i = 0; i < n; i++) {
			map.set(hashes[i]!, i);
		}
		rows = map;
	}
	const m = header.gazetteer;
	const gaz = r.hashes(m);
	r.need(m);
	const gazBits = bytes.slice(r.pos, r.pos + m);
	r.pos += m;
	const l = header.lexicon ?? 0;
	const lex = r.hashes(l);
	r.need(2 * l);
	const lexValues = new Uint16Array(l);
	for (let i = 0; i < l; i++) {
		lexValues[i] = bytes[r.pos + 2 * i]! | (bytes[r.pos + 2 * i + 1]! << 8);
	}
	r.pos += 2 * l;
	return { header, trans, rows, weights, gazetteer: new Gazetteer(gaz.hashes, gazBits, gaz.index), lexicon: new Gazetteer(lex.hashes, lexValues, lex.index) };
}
