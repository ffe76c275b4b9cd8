/**
 * Encodes the trained model into the compact asset (layout in src/core/ner/asset.ts): weights quantized to int8 with
 * one scale, features whose weights all round to zero pruned, hashes delta-encoded, and the whole wrapped as a
 * base64 string in a generated TypeScript module so it loads the same way in Node, esbuild bundles and browsers.
 */
import type { FeatureConfig } from '../../src/core/ner/features';
import type { Gazetteer } from '../../src/core/ner/lexicon';
import { MAGIC, VERSION, type AssetHeader } from '../../src/core/ner/asset';
import { NTAGS } from '../../src/core/ner/viterbi';
import type { Weights } from './perceptron';

const T = NTAGS;

/** The quantized model: the scale, and per kept feature its hash and int8 weights. */
export interface Quantized {
	readonly scale: number;
	readonly hashes: Uint32Array;
	readonly q: Int8Array;
	/** Transitions in weight units (divided by the scale). */
	readonly trans: Float32Array;
}

/**
 * Quantizes the weights: the scale maps the `clip` quantile of the non-zero magnitudes to 127 (larger weights are
 * clipped), and a feature whose weights all round to zero is dropped.
 */
export function quantize(weights: Weights, hashes: readonly number[], clip = 0.9995): Quantized {
	const mags: number[] = [];
	for (let k = 0; k < weights.w.length; k++) {
		const a = Math.abs(weights.w[k]!);
		if (a > 0) {
			mags.push(a);
		}
	}
	mags.sort((a, b) => a - b);
	const top = mags.length === 0 ? 1 : mags[Math.min(mags.length - 1, Math.floor(mags.length * clip))]!;
	const scale = top / 127;
	const order = hashes.map((h, i) => [h >>> 0, i] as const).sort((a, b) => a[0] - b[0]);
	const keptHashes: number[] = [];
	const q: number[] = [];
	const row = new Int8Array(T);
	for (const [h, i] of order) {
		let any = false;
		for (let y = 0; y < T; y++) {
			const v = Math.max(-127, Math.min(127, Math.round(weights.w[i * T + y]! / scale)));
			row[y] = v;
			any ||= v !== 0;
		}
		if (any) {
			keptHashes.push(h);
			for (let y = 0; y < T; y++) {
				q.push(row[y]!);
			}
		}
	}
	const trans = new Float32Array(weights.trans.length);
	for (let k = 0; k < trans.length; k++) {
		trans[k] = weights.trans[k]! / scale;
	}
	return { scale, hashes: Uint32Array.from(keptHashes), q: Int8Array.from(q), trans };
}

class Writer {
	private buf = new Uint8Array(1 << 20);
	length = 0;

	private room(n: number): void {
		if (this.length + n > this.buf.length) {
			const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
			next.set(this.buf.subarray(0, this.length));
			this.buf = next;
		}
	}

	u8(v: number): void {
		this.room(1);
		this.buf[this.length++] = v & 0xff;
	}

	u16(v: number): void {
		this.u8(v);
		this.u8(v >>> 8);
	}

	u32(v: number): void {
		this.u16(v & 0xffff);
		this.u16(v >>> 16);
	}

	f32(v: number): void {
		const b = new Uint8Array(new Float32Array([v]).buffer);
		for (const x of b) {
			this.u8(x);
		}
	}

	varint(v: number): void {
		while (v >= 0x80) {
			this.u8((v % 0x80) | 0x80);
			v = Math.floor(v / 0x80);
		}
		this.u8(v);
	}

	hashes(sorted: ArrayLike<number>): void {
		let prev = 0;
		for (let i = 0; i < sorted.length; i++) {
			this.varint(sorted[i]! - prev);
			prev = sorted[i]!;
		}
	}

	bytes(): Uint8Array {
		return this.buf.slice(0, this.length);
	}
}

/** The asset bytes of a quantized model. */
export function assetBytes(model: Quantized, gaz: Gazetteer, lex: Gazetteer, config: FeatureConfig, trainedOn: string): Uint8Array {
	const w = new Writer();
	for (let i = 0; i < MAGIC.length; i++) {
		w.u8(MAGIC.charCodeAt(i));
	}
	w.u8(VERSION);
	const gazOrder = Array.from(gaz.hashes, (h, i) => [h >>> 0, gaz.bits[i]!] as const).sort((a, b) => a[0] - b[0]);
	const lexOrder = Array.from(lex.hashes, (h, i) => [h >>> 0, lex.bits[i]!] as const).sort((a, b) => a[0] - b[0]);
	const header: AssetHeader = { config, scale: model.scale, features: model.hashes.length, gazetteer: gazOrder.length, lexicon: lexOrder.length, trainedOn };
	const json = JSON.stringify(header);
	if (!/^[\x20-\x7e]*$/.test(json)) {
		throw new Error('the model header must be ASCII');
	}
	w.u32(json.length);
	for (let i = 0; i < json.length; i++) {
		w.u8(json.charCodeAt(i));
	}
	for (const v of model.trans) {
		w.f32(v);
	}
	w.hashes(model.hashes);
	const n = model.hashes.length;
	// Tag masks, NTAGS bits each, packed least significant bit first.
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < n; i++) {
		for (let y = 0; y < T; y++) {
			if (model.q[i * T + y] !== 0) {
				acc |= 1 << bits;
			}
			bits++;
			if (bits === 8) {
				w.u8(acc);
				acc = 0;
				bits = 0;
			}
		}
	}
	if (bits > 0) {
		w.u8(acc);
	}
	for (let i = 0; i < n; i++) {
		for (let y = 0; y < T; y++) {
			const v = model.q[i * T + y]!;
			if (v !== 0) {
				w.u8(v & 0xff);
			}
		}
	}
	w.hashes(gazOrder.map((g) => g[0]));
	for (const g of gazOrder) {
		w.u8(g[1]);
	}
	w.hashes(lexOrder.map((g) => g[0]));
	for (const g of lexOrder) {
		w.u16(g[1]);
	}
	return w.bytes();
}

/** The generated TypeScript module holding the asset as base64, wrapped at 120 characters per line. */
export function assetModule(bytes: Uint8Array, summary: string): string {
	const b64 = Buffer.from(bytes).toString('base64');
	const lines: string[] = [];
	for (let i = 0; i < b64.length; i += 120) {
		lines.push(b64.slice(i, i + 120));
	}
	return [
		'// Generated by scripts/ner/train.ts (`npm run train:ner`); do not edit.',
		`// ${summary}`,
		'// Layout: src/core/ner/asset.ts. Model card: docs/model-card.md.',
		'/* eslint-disable */',
		'export const NER_MODEL_BASE64: string = [',
		lines.map((l) => `\t'${l}',`).join('\n'),
		"].join('');",
		'',
	].join('\n');
}

/** Quantizes, encodes and wraps the model. */
export function encodeModel(weights: Weights, hashes: readonly number[], gaz: Gazetteer, lex: Gazetteer, config: FeatureConfig, trainedOn: string): { source: string; bytes: number; features: number } {
	const q = quantize(weights, hashes);
	const bytes = assetBytes(q, gaz, lex, config, trainedOn);
	const summary = `${q.hashes.length} features, ${gaz.hashes.length} gazetteer and ${lex.hashes.length} lexicon hashes, ${bytes.length} bytes; ${trainedOn}`;
	return { source: assetModule(bytes, summary), bytes: bytes.length, features: q.hashes.length };
}
