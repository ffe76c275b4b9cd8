/**
 * 32-bit hashing for the NER features: strings are hashed once per word type, and feature ids are made by mixing
 * integers, so no feature string is ever built. The same functions run in the trainer and at run time, so the ids
 * match bit for bit.
 */

/** FNV-1a over the UTF-16 code units of `s`, starting from `seed` (any 32-bit integer). */
export function hashString(s: string, seed = 0x811c9dc5): number {
	let h = seed | 0;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return fmix(h);
}

/** The murmur3 finalizer: spreads every input bit over the whole word. */
export function fmix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h | 0;
}

/** Combines two 32-bit values into one (order matters). */
export function mix(a: number, b: number): number {
	return fmix((Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15 + (a << 6) + (a >>> 2))) | 0);
}
