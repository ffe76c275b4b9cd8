/**
 * A small base64 decoder (the core may use neither `atob` nor `Buffer`: it runs in Node, browsers and web workers
 * alike, and is type-checked without DOM or Node types).
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
	const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
	let n = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < text.length; i++) {
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
