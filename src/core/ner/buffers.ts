/**
 * Scratch arrays reused from one document to the next (the run time is single-threaded and no scratch array escapes
 * a call). A buffer grows to the largest document met, and shrinks again when a later document needs far less, so a
 * huge document does not keep its memory for the rest of the session.
 */

/** Buffers up to this many elements are always kept. */
const FLOOR = 1 << 16;

/**
 * A buffer of at least `need` elements: `buf` when it is large enough and not far too large, else a new one (of
 * twice the need, zero-filled).
 */
export function fit<A extends { readonly length: number }>(buf: A, need: number, make: (length: number) => A): A {
	if (buf.length >= need && (buf.length <= FLOOR || buf.length <= 4 * need)) {
		return buf;
	}
	return make(Math.max(2 * need, 64));
}

export const int32 = (n: number): Int32Array<ArrayBuffer> => new Int32Array(n);
export const int8 = (n: number): Int8Array<ArrayBuffer> => new Int8Array(n);
export const uint8 = (n: number): Uint8Array<ArrayBuffer> => new Uint8Array(n);
