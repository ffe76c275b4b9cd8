/**
 * A small base64 decoder. The core may not use `Buffer` (it runs in Node, browsers and web workers alike, and is
 * type-checked without DOM or Node types); it uses the host's `atob`, which all three have, when it is there and the
 * text is plain base64, and decodes in JavaScript otherwise, with the same result.
 */

const LOOKUP: Int16Array = (() => {
	const t = new Int16Array(128).fill(-1);
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
	for (let i = 0; i < alphabet.length; i++) {
		t[alphabet.charCodeAt(i)] = i;
	}
	return t;
})();

/**
 * Decodes standard base64 (with or without padding; whitespace is skipped).
 * @returns the bytes, or undefined when the text holds a character outside the alphabet
 */
export function decodeBase64(text: string): Uint8Array | undefined {
	const native = (globalThis as { atob?: (data: string) => string }).atob;
	if (typeof native === 'function' && !NOT_PLAIN.test(text)) {
		// Only the alphabet and '=': where atob accepts such a text, it decodes it exactly as the loop below does
		// (it refuses '=' anywhere but as the final padding, and a last group of one character).
		let binary: string | undefined;
		try {
			binary = native(text);
		} catch {
			binary = undefined;
		}
		if (binary !== undefined) {
			const out = new Uint8Array(binary.length);
			for (let i = 0; i < binary.length; i++) {
				out[i] = binary.charCodeAt(i);
			}
			return out;
		}
	}
	return decodeInJavaScript(text);
}

/** A character outside the base64 alphabet and padding. */
const NOT_PLAIN = /[^A-Za-z0-9+/=]/;

/** {@link decodeBase64} in JavaScript. */
export function decodeInJavaScript(text: string): Uint8Array | undefined {
	const len = text.length;
	const out = new Uint8Array(Math.floor((len * 3) / 4) + 3);
	let n = 0;
	let i = 0;
	// Fast path: whole groups of four alphabet characters (the embedded model has no whitespace and no padding
	// before its last group); anything else falls through to the careful loop below, from the same point.
	while (i + 4 <= len) {
		const a = text.charCodeAt(i);
		const b = text.charCodeAt(i + 1);
		const c = text.charCodeAt(i + 2);
		const d = text.charCodeAt(i + 3);
		if ((a | b | c | d) >= 128) {
			break;
		}
		const va = LOOKUP[a]!;
		const vb = LOOKUP[b]!;
		const vc = LOOKUP[c]!;
		const vd = LOOKUP[d]!;
		if ((va | vb | vc | vd) < 0) {
			break;
		}
		const v = (va << 18) | (vb << 12) | (vc << 6) | vd;
		out[n] = v >>> 16;
		out[n + 1] = (v >>> 8) & 0xff;
		out[n + 2] = v & 0xff;
		n += 3;
		i += 4;
	}
	let acc = 0;
	let bits = 0;
	for (; i < len; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x3d) {
			break;
		}
		if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
			continue;
		}
		const v = c < 128 ? LOOKUP[c]! : -1;
		if (v < 0) {
			return undefined;
		}
		acc = ((acc << 6) | v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[n++] = (acc >>> bits) & 0xff;
		}
	}
	return out.subarray(0, n);
}
