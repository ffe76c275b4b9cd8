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
import { Gazetteer, IntMap } from './lexicon';
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
	/** Feature hash → row index into `weights`. */
	readonly rows: IntMap;
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

	u16(): number {
		this.need(2);
		const v = this.view.getUint16(this.pos, true);
		this.pos += 2;
		return v;
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

	varint(): number {
		let v = 0;
		let shift = 0;
		for (;;) {
			const b = this.u8();
			v += (b & 0x7f) * 2 ** shift;
			if (b < 0x80) {
				return v;
			}
			shift += 7;
			if (shift > 35) {
				throw new Error('bad varint in NER model');
			}
		}
	}

	/** Sorted unsigned hashes stored as deltas, returned as signed 32-bit integers. */
	hashes(n: number): Int32Array {
		const out = new Int32Array(n);
		const bytes = this.bytes;
		const end = bytes.length;
		let pos = this.pos;
		let prev = 0;
		for (let i = 0; i < n; i++) {
			// Inline varint (at most five bytes); the careful reader handles the end of the buffer and bad input.
			const b = pos < end ? bytes[pos]! : 0x100;
			if (b < 0x80) {
				prev += b;
				pos++;
			} else {
				this.pos = pos;
				prev += this.varint();
				pos = this.pos;
			}
			out[i] = prev | 0;
		}
		this.pos = pos;
		return out;
	}
}

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
	const hashes = r.hashes(n);
	const maskBytes = Math.ceil((n * T) / 8);
	r.need(maskBytes);
	const maskAt = r.pos;
	r.pos += maskBytes;
	const { weights, end } = unpackWeights(bytes, maskAt, n * T, r.pos);
	r.pos = end;
	const rows = new IntMap(n);
	for (let i = 0; i < n; i++) {
		rows.set(hashes[i]!, i);
	}
	const m = header.gazetteer;
	const gazHashes = r.hashes(m);
	r.need(m);
	const gazBits = bytes.slice(r.pos, r.pos + m);
	r.pos += m;
	const l = header.lexicon ?? 0;
	const lexHashes = r.hashes(l);
	const lexValues = new Uint16Array(l);
	for (let i = 0; i < l; i++) {
		lexValues[i] = r.u16();
	}
	return { header, trans, rows, weights, gazetteer: new Gazetteer(gazHashes, gazBits), lexicon: new Gazetteer(lexHashes, lexValues) };
}
