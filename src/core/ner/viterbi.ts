/**
 * The tag set and Viterbi decoding over BIO tags, with the BIO constraint built in: I-X only after B-X or I-X.
 */
import type { EntityType } from '../types';
import { fit, int8 } from './buffers';

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

let backBuf = new Int8Array(64 * NTAGS);
const prevScore = new Float64Array(NTAGS);
const curScore = new Float64Array(NTAGS);
/** The transition table of the current call, as float64. */
const transF64 = new Float64Array((NTAGS + 1) * NTAGS);
/** The transition table of the current call, transposed (`[y * (NTAGS + 1) + p]`: from p to y; p = NTAGS: start). */
const transT = new Float64Array((NTAGS + 1) * NTAGS);

/**
 * The best tag sequence.
 * @param emit emission scores, `n × NTAGS`, row-major
 * @param trans transition scores, `(NTAGS + 1) × NTAGS`: row `p` for the previous tag p, row NTAGS for the start
 * @param n the sentence length
 * @param out receives the tags (length ≥ n)
 */
export function viterbi(emit: Float32Array | Float64Array | Int32Array, trans: Float32Array | Float64Array, n: number, out: Int8Array | Uint8Array): void {
	viterbiAt(emit, 0, trans, n, out, 0);
}

/**
 * {@link viterbi} on a sentence stored inside larger arrays: its emissions start at `emit[emitAt]`, its tags are
 * written from `out[outAt]`.
 *
 * Unrolled for the nine tags: the scores of the previous position live in nine locals, and each tag's best
 * predecessor is found with straight-line code (O and B- after any tag, I-X after B-X or I-X only), about three
 * times faster than the loops it replaces. Ties go to the lower predecessor, as in the loops (`>` in tag order).
 */
export function viterbiAt(
	emit: Float32Array | Float64Array | Int32Array,
	emitAt: number,
	trans: Float32Array | Float64Array,
	n: number,
	out: Int8Array | Uint8Array,
	outAt: number,
): void {
	if (n === 0) {
		return;
	}
	if (NTAGS !== 9) {
		viterbiLoops(emit, emitAt, trans, n, out, outAt);
		return;
	}
	backBuf = fit(backBuf, n * 9, int8);
	const back = backBuf;
	// Copied on every call (90 numbers): the trainer updates its table in place between calls.
	const tr = transF64;
	for (let k = 0; k < 90; k++) {
		tr[k] = trans[k]!;
	}
	// Only O and B- may start a sentence.
	let s0 = emit[emitAt + 0]! + tr[81]!;
	let s1 = emit[emitAt + 1]! + tr[82]!;
	let s2 = -Infinity;
	let s3 = emit[emitAt + 3]! + tr[84]!;
	let s4 = -Infinity;
	let s5 = emit[emitAt + 5]! + tr[86]!;
	let s6 = -Infinity;
	let s7 = emit[emitAt + 7]! + tr[88]!;
	let s8 = -Infinity;
	for (let i = 1; i < n; i++) {
		const e = emitAt + i * 9;
		const bk = i * 9;
		let v: number;
		// Per tag y: the best predecessor p (score b, index a) of s[p] + tr[p · 9 + y], lowest p on ties.
		// O: after any tag
		let b0 = -Infinity;
		let a0 = 0;
		v = s0 + tr[0]!; if (v > b0) { b0 = v; a0 = 0; }
		v = s1 + tr[9]!; if (v > b0) { b0 = v; a0 = 1; }
		v = s2 + tr[18]!; if (v > b0) { b0 = v; a0 = 2; }
		v = s3 + tr[27]!; if (v > b0) { b0 = v; a0 = 3; }
		v = s4 + tr[36]!; if (v > b0) { b0 = v; a0 = 4; }
		v = s5 + tr[45]!; if (v > b0) { b0 = v; a0 = 5; }
		v = s6 + tr[54]!; if (v > b0) { b0 = v; a0 = 6; }
		v = s7 + tr[63]!; if (v > b0) { b0 = v; a0 = 7; }
		v = s8 + tr[72]!; if (v > b0) { b0 = v; a0 = 8; }
		// B-PER: after any tag
		let b1 = -Infinity;
		let a1 = 0;
		v = s0 + tr[1]!; if (v > b1) { b1 = v; a1 = 0; }
		v = s1 + tr[10]!; if (v > b1) { b1 = v; a1 = 1; }
		v = s2 + tr[19]!; if (v > b1) { b1 = v; a1 = 2; }
		v = s3 + tr[28]!; if (v > b1) { b1 = v; a1 = 3; }
		v = s4 + tr[37]!; if (v > b1) { b1 = v; a1 = 4; }
		v = s5 + tr[46]!; if (v > b1) { b1 = v; a1 = 5; }
		v = s6 + tr[55]!; if (v > b1) { b1 = v; a1 = 6; }
		v = s7 + tr[64]!; if (v > b1) { b1 = v; a1 = 7; }
		v = s8 + tr[73]!; if (v > b1) { b1 = v; a1 = 8; }
		// I-PER: after B-PER or I-PER
		let b2 = -Infinity;
		let a2 = 0;
		v = s1 + tr[11]!; if (v > b2) { b2 = v; a2 = 1; }
		v = s2 + tr[20]!; if (v > b2) { b2 = v; a2 = 2; }
		// B-LOC: after any tag
		let b3 = -Infinity;
		let a3 = 0;
		v = s0 + tr[3]!; if (v > b3) { b3 = v; a3 = 0; }
		v = s1 + tr[12]!; if (v > b3) { b3 = v; a3 = 1; }
		v = s2 + tr[21]!; if (v > b3) { b3 = v; a3 = 2; }
		v = s3 + tr[30]!; if (v > b3) { b3 = v; a3 = 3; }
		v = s4 + tr[39]!; if (v > b3) { b3 = v; a3 = 4; }
		v = s5 + tr[48]!; if (v > b3) { b3 = v; a3 = 5; }
		v = s6 + tr[57]!; if (v > b3) { b3 = v; a3 = 6; }
		v = s7 + tr[66]!; if (v > b3) { b3 = v; a3 = 7; }
		v = s8 + tr[75]!; if (v > b3) { b3 = v; a3 = 8; }
		// I-LOC: after B-LOC or I-LOC
		let b4 = -Infinity;
		let a4 = 0;
		v = s3 + tr[31]!; if (v > b4) { b4 = v; a4 = 3; }
		v = s4 + tr[40]!; if (v > b4) { b4 = v; a4 = 4; }
		// B-ORG: after any tag
		let b5 = -Infinity;
		let a5 = 0;
		v = s0 + tr[5]!; if (v > b5) { b5 = v; a5 = 0; }
		v = s1 + tr[14]!; if (v > b5) { b5 = v; a5 = 1; }
		v = s2 + tr[23]!; if (v > b5) { b5 = v; a5 = 2; }
		v = s3 + tr[32]!; if (v > b5) { b5 = v; a5 = 3; }
		v = s4 + tr[41]!; if (v > b5) { b5 = v; a5 = 4; }
		v = s5 + tr[50]!; if (v > b5) { b5 = v; a5 = 5; }
		v = s6 + tr[59]!; if (v > b5) { b5 = v; a5 = 6; }
		v = s7 + tr[68]!; if (v > b5) { b5 = v; a5 = 7; }
		v = s8 + tr[77]!; if (v > b5) { b5 = v; a5 = 8; }
		// I-ORG: after B-ORG or I-ORG
		let b6 = -Infinity;
		let a6 = 0;
		v = s5 + tr[51]!; if (v > b6) { b6 = v; a6 = 5; }
		v = s6 + tr[60]!; if (v > b6) { b6 = v; a6 = 6; }
		// B-MISC: after any tag
		let b7 = -Infinity;
		let a7 = 0;
		v = s0 + tr[7]!; if (v > b7) { b7 = v; a7 = 0; }
		v = s1 + tr[16]!; if (v > b7) { b7 = v; a7 = 1; }
		v = s2 + tr[25]!; if (v > b7) { b7 = v; a7 = 2; }
		v = s3 + tr[34]!; if (v > b7) { b7 = v; a7 = 3; }
		v = s4 + tr[43]!; if (v > b7) { b7 = v; a7 = 4; }
		v = s5 + tr[52]!; if (v > b7) { b7 = v; a7 = 5; }
		v = s6 + tr[61]!; if (v > b7) { b7 = v; a7 = 6; }
		v = s7 + tr[70]!; if (v > b7) { b7 = v; a7 = 7; }
		v = s8 + tr[79]!; if (v > b7) { b7 = v; a7 = 8; }
		// I-MISC: after B-MISC or I-MISC
		let b8 = -Infinity;
		let a8 = 0;
		v = s7 + tr[71]!; if (v > b8) { b8 = v; a8 = 7; }
		v = s8 + tr[80]!; if (v > b8) { b8 = v; a8 = 8; }
		// The scores of position i, and the back pointers.
		s0 = b0 + emit[e + 0]!;
		back[bk + 0] = a0;
		s1 = b1 + emit[e + 1]!;
		back[bk + 1] = a1;
		s2 = b2 + emit[e + 2]!;
		back[bk + 2] = a2;
		s3 = b3 + emit[e + 3]!;
		back[bk + 3] = a3;
		s4 = b4 + emit[e + 4]!;
		back[bk + 4] = a4;
		s5 = b5 + emit[e + 5]!;
		back[bk + 5] = a5;
		s6 = b6 + emit[e + 6]!;
		back[bk + 6] = a6;
		s7 = b7 + emit[e + 7]!;
		back[bk + 7] = a7;
		s8 = b8 + emit[e + 8]!;
		back[bk + 8] = a8;
	}
	let best = -Infinity;
	let arg = 0;
	if (s0 > best) {
		best = s0;
		arg = 0;
	}
	if (s1 > best) {
		best = s1;
		arg = 1;
	}
	if (s2 > best) {
		best = s2;
		arg = 2;
	}
	if (s3 > best) {
		best = s3;
		arg = 3;
	}
	if (s4 > best) {
		best = s4;
		arg = 4;
	}
	if (s5 > best) {
		best = s5;
		arg = 5;
	}
	if (s6 > best) {
		best = s6;
		arg = 6;
	}
	if (s7 > best) {
		best = s7;
		arg = 7;
	}
	if (s8 > best) {
		best = s8;
		arg = 8;
	}
	for (let i = n - 1; i >= 0; i--) {
		out[outAt + i] = arg;
		arg = back[i * 9 + arg]!;
	}
}

/** {@link viterbiAt} with loops, for any number of tags. */
function viterbiLoops(
	emit: Float32Array | Float64Array | Int32Array,
	emitAt: number,
	trans: Float32Array | Float64Array,
	n: number,
	out: Int8Array | Uint8Array,
	outAt: number,
): void {
	const T = NTAGS;
	backBuf = fit(backBuf, n * T, int8);
	// Copied on every call (90 numbers): the trainer updates its table in place between calls.
	const tr = transT;
	for (let p = 0; p <= T; p++) {
		for (let y = 0; y < T; y++) {
			tr[y * (T + 1) + p] = trans[p * T + y]!;
		}
	}
	const back = backBuf;
	let prev = prevScore;
	let cur = curScore;
	for (let y = 0; y < T; y++) {
		// Only O and B- may start a sentence.
		prev[y] = y === 0 || (y & 1) === 1 ? emit[emitAt + y]! + tr[y * (T + 1) + T]! : -Infinity;
	}
	for (let i = 1; i < n; i++) {
		const base = i * T;
		const eb = emitAt + base;
		for (let y = 0; y < T; y++) {
			const row = y * (T + 1);
			let best = -Infinity;
			let arg = 0;
			if (y === 0 || (y & 1) === 1) {
				// O and B- may follow any tag.
				for (let p = 0; p < T; p++) {
					const s = prev[p]! + tr[row + p]!;
					if (s > best) {
						best = s;
						arg = p;
					}
				}
			} else {
				// I-X follows B-X or I-X only.
				const s1 = prev[y - 1]! + tr[row + y - 1]!;
				if (s1 > best) {
					best = s1;
					arg = y - 1;
				}
				const s2 = prev[y]! + tr[row + y]!;
				if (s2 > best) {
					best = s2;
					arg = y;
				}
			}
			cur[y] = best + emit[eb + y]!;
			back[base + y] = arg;
		}
		const swap = prev;
		prev = cur;
		cur = swap;
	}
	let best = -Infinity;
	let arg = 0;
	for (let y = 0; y < T; y++) {
		if (prev[y]! > best) {
			best = prev[y]!;
			arg = y;
		}
	}
	for (let i = n - 1; i >= 0; i--) {
		out[outAt + i] = arg;
		arg = back[i * T + arg]!;
	}
}

/**
 * One person, not two: a B-PER right after a person's word continues that person («خوسيه | راؤول مولينو»), unless
 * its word starts with و or ف (coordination: «بوش وبلير»). ANERcorp writes two persons side by side almost only
 * with و; the model, which has seen such pairs, sometimes cuts a long foreign name in two. Linear; tags of `[a, b)`.
 * @param key the matching key of token i (undefined when it is not a word)
 */
export function joinPersons(tags: Int8Array, a: number, b: number, key: (i: number) => string | undefined): void {
	for (let i = a + 1; i < b; i++) {
		if (tags[i] === 1 && (tags[i - 1] === 1 || tags[i - 1] === 2)) {
			const k = key(i);
			if (k !== undefined && !(k.startsWith('و') || k.startsWith('ف'))) {
				tags[i] = 2;
			}
		}
	}
}
