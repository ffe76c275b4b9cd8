/**
 * The tag set and Viterbi decoding over BIO tags, with the BIO constraint built in: I-X only after B-X or I-X.
 */
import type { EntityType } from '../types';

/** The tags, in model order. Index 0 is O; then B and I of each type. */
export const TAGS: readonly string[] = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
export const NTAGS = TAGS.length;
/** The entity types, in tag order: type k has B = 2k+1 and I = 2k+2. */
export const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Whether tag `cur` may follow tag `prev` (`prev` = -1 at the start of a sentence). */
export function allowed(prev: number, cur: number): boolean {
	if (cur === 0 || cur % 2 === 1) {
		return true;
	}
	return prev === cur || prev === cur - 1;
}

/** Per tag, the tags that may precede it (BIO). */
const PREV: readonly Int8Array[] = Array.from({ length: NTAGS }, (_, y) => Int8Array.from(Array.from({ length: NTAGS }, (_, p) => p).filter((p) => allowed(p, y))));
let scoreBuf = new Float64Array(64 * NTAGS);
let backBuf = new Int8Array(64 * NTAGS);

/**
 * The best tag sequence.
 * @param emit emission scores, `n × NTAGS`, row-major
 * @param trans transition scores, `(NTAGS + 1) × NTAGS`: row `p` for the previous tag p, row NTAGS for the start
 * @param n the sentence length
 * @param out receives the tags (length ≥ n)
 */
export function viterbi(emit: Float32Array | Float64Array, trans: Float32Array | Float64Array, n: number, out: Int8Array | Uint8Array): void {
	if (n === 0) {
		return;
	}
	const T = NTAGS;
	if (scoreBuf.length < n * T) {
		scoreBuf = new Float64Array(n * T * 2);
		backBuf = new Int8Array(n * T * 2);
	}
	const score = scoreBuf;
	const back = backBuf;
	for (let y = 0; y < T; y++) {
		score[y] = allowed(-1, y) ? emit[y]! + trans[T * T + y]! : -Infinity;
	}
	for (let i = 1; i < n; i++) {
		const base = i * T;
		const prevBase = base - T;
		for (let y = 0; y < T; y++) {
			const prev = PREV[y]!;
			let best = -Infinity;
			let arg = 0;
			for (let k = 0; k < prev.length; k++) {
				const p = prev[k]!;
				const s = score[prevBase + p]! + trans[p * T + y]!;
				if (s > best) {
					best = s;
					arg = p;
				}
			}
			score[base + y] = best + emit[base + y]!;
			back[base + y] = arg;
		}
	}
	let best = -Infinity;
	let arg = 0;
	const last = (n - 1) * T;
	for (let y = 0; y < T; y++) {
		if (score[last + y]! > best) {
			best = score[last + y]!;
			arg = y;
		}
	}
	for (let i = n - 1; i >= 0; i--) {
		out[i] = arg;
		arg = back[i * T + arg]!;
	}
}
