/**
 * Normalization to the matching key: the form every lexicon lookup, comparison and tag is made on.
 *
 * The key removes what varies between writers of the same word and keeps what distinguishes words:
 * - diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel are removed;
 * - أ إ آ ٱ are folded to ا and ى to ي (the common spelling variants اكد/أكد, على/علي);
 * - Persian and Urdu look-alikes (ک ی ە ہ ھ ۀ ۃ ے گ) become the Arabic letters they imitate;
 * - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed by NFKC;
 * - a decomposed hamza (ا + U+0654) composes as NFC would, then folds;
 * - Arabic-Indic and Persian digits become ASCII digits; ASCII letters are lower-cased;
 * - invisible format characters (ZWJ, ZWNJ, LRM, RLM, ALM, bidi embeddings and isolates, BOM, soft hyphen) vanish.
 *
 * The key is never shown to a user: it is for matching only. {@link normalize} keeps an offset map back to the
 * original text, so that a match on the key is reported on the user's own characters.
 */

/** Characters removed from the key: diacritics, tatweel, invisible format characters. */
export function isRemovedInKey(c: number): boolean {
	return (
		(c >= 0x064b && c <= 0x065f) ||
		c === 0x0670 ||
		c === 0x0640 ||
		(c >= 0x06d6 && c <= 0x06dc) ||
		(c >= 0x06df && c <= 0x06e4) ||
		(c >= 0x06e7 && c <= 0x06e8) ||
		(c >= 0x06ea && c <= 0x06ed) ||
		(c >= 0x08d3 && c <= 0x08ff) ||
		isInvisible(c)
	);
}

/** Invisible format characters that break search and matching. */
export function isInvisible(c: number): boolean {
	return (
		(c >= 0x200b && c <= 0x200f) ||
		(c >= 0x202a && c <= 0x202e) ||
		(c >= 0x2066 && c <= 0x2069) ||
		c === 0x061c ||
		c === 0xfeff ||
		c === 0x00ad ||
		c === 0x2060
	);
}

/** Persian and Urdu letters that look like Arabic ones, with the Arabic letter each one imitates. */
export const PERSIAN_LOOKALIKES: ReadonlyMap<number, string> = new Map([
	[0x06a9, 'ك'], // ک keheh
	[0x06cc, 'ي'], // ی farsi yeh
	[0x06d5, 'ه'], // ە ae
	[0x06c1, 'ه'], // ہ heh goal
	[0x06be, 'ه'], // ھ heh doachashmee
	[0x06c0, 'ة'], // ۀ heh with yeh above
	[0x06c3, 'ة'], // ۃ teh marbuta goal
	[0x06d2, 'ي'], // ے yeh barree
	[0x06af, 'ك'], // گ gaf
	[0x06a8, 'ق'], // ڨ qaf with three dots (Maghrebi g)
	[0x0763, 'ك'], // ݣ keheh with three dots (Moroccan g)
	[0x06aa, 'ك'], // ڪ swash kaf
	[0x06cd, 'ي'], // ۍ yeh with tail
	[0x06d0, 'ي'], // ې e
]);

/**
 * The key form of one code unit, given the previous and next code units (for the decomposed hamza).
 * Returns the empty string for a removed character, or the character's replacement.
 */
function foldUnit(c: number, next: number): string | null {
	if (c < 0x80) {
		return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : null;
	}
	if (isRemovedInKey(c)) {
		return '';
	}
	switch (c) {
		case 0x0623: // أ
		case 0x0625: // إ
		case 0x0622: // آ
		case 0x0671: // ٱ
		case 0x0672:
		case 0x0673:
		case 0x0675:
			return 'ا';
		case 0x0649: // ى
			return 'ي';
		case 0x066b: // ٫ Arabic decimal separator
			return '.';
		case 0x066c: // ٬ Arabic thousands separator
			return ',';
		case 0x066a: // ٪
			return '%';
		default:
			break;
	}
	if (c >= 0x0660 && c <= 0x0669) {
		return String.fromCharCode(c - 0x0660 + 0x30);
	}
	if (c >= 0x06f0 && c <= 0x06f9) {
		return String.fromCharCode(c - 0x06f0 + 0x30);
	}
	const persian = PERSIAN_LOOKALIKES.get(c);
	if (persian !== undefined) {
		return persian;
	}
	// A decomposed hamza composes with the letter before it; the letter itself is handled by the caller.
	if ((c === 0x0648 || c === 0x064a) && next === 0x0654) {
		return c === 0x0648 ? 'ؤ' : 'ئ';
	}
	if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
		// Some code points of these blocks have no decomposition (﴾ ﴿ and the unassigned ones): NFKC leaves them
		// as they are, and folding them again would never end.
		const nf = String.fromCharCode(c).normalize('NFKC');
		return nf.length === 1 && nf.charCodeAt(0) === c ? null : foldString(nf);
	}
	return null;
}

/** 1 for the code units below U+0700 that the key keeps as they are (letters, digits, punctuation, space). */
const UNCHANGED: Uint8Array = (() => {
	const t = new Uint8Array(0x700);
	for (let c = 0; c < t.length; c++) {
		t[c] = foldUnit(c, 0) === null ? 1 : 0;
	}
	return t;
})();

/** Folds a short string (the NFKC expansion of a presentation form) without the fast path. */
function foldString(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const f = foldUnit(c, i + 1 < s.length ? s.charCodeAt(i + 1) : 0);
		out += f === null ? s[i] : f;
	}
	return out;
}

/**
 * The matching key of a word or a short string.
 * @param text any text; usually one token
 * @returns the key; the same string object when nothing changes
 * @example matchKey('وأكّدَ') === 'واكد'; matchKey('کوریا') === 'كوريا'; matchKey('٢٠٢٤') === '2024'
 */
export function matchKey(text: string): string {
	const n = text.length;
	let i = 0;
	// Fast path: most words need no change at all; a table answers for the common code units.
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < UNCHANGED.length ? UNCHANGED[c] === 1 && !(c === 0x0648 || c === 0x064a) : false) {
			continue;
		}
		if (foldUnit(c, i + 1 < n ? text.charCodeAt(i + 1) : 0) !== null) {
			break;
		}
	}
	if (i === n) {
		return text;
	}
	let out = text.slice(0, i);
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		const f = foldUnit(c, i + 1 < n ? text.charCodeAt(i + 1) : 0);
		out += f === null ? text[i] : f;
	}
	return out;
}

/** The normalized text with its offset map back to the original. */
export interface Normalized {
	/** The matching key of the whole text. */
	readonly key: string;
	/** `starts[i]` is the original offset of the character that produced key character `i`. */
	readonly starts: Int32Array;
	/** `ends[i]` is the original offset just past that character. */
	readonly ends: Int32Array;
}

/**
 * Normalizes a whole text to its matching key, with an offset map back to the original.
 * Linear in the length of the text.
 * @param text the original text
 * @returns the key and the map
 */
export function normalize(text: string): Normalized {
	const n = text.length;
	// Most characters map to themselves: build the key from code units in one pass, growing only on expansion.
	let cap = n + 16;
	let codes = new Uint16Array(cap);
	let starts = new Int32Array(cap);
	let ends = new Int32Array(cap);
	let len = 0;
	const push = (code: number, at: number): void => {
		if (len === cap) {
			cap *= 2;
			const c2 = new Uint16Array(cap);
			c2.set(codes);
			codes = c2;
			const s2 = new Int32Array(cap);
			s2.set(starts);
			starts = s2;
			const e2 = new Int32Array(cap);
			e2.set(ends);
			ends = e2;
		}
		codes[len] = code;
		starts[len] = at;
		ends[len] = at + 1;
		len++;
	};
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		const f = foldUnit(c, i + 1 < n ? text.charCodeAt(i + 1) : 0);
		if (f === null) {
			push(c, i);
		} else {
			for (let k = 0; k < f.length; k++) {
				push(f.charCodeAt(k), i);
			}
		}
	}
	let key = '';
	const CHUNK = 8192;
	for (let k = 0; k < len; k += CHUNK) {
		key += String.fromCharCode(...codes.subarray(k, Math.min(len, k + CHUNK)));
	}
	return { key, starts: starts.slice(0, len), ends: ends.slice(0, len) };
}

/**
 * Maps a span of the key back to the original text. A removed character between two kept ones (a diacritic after
 * the last letter of a match) is included, so a span covers the whole word as the user wrote it.
 * @param norm the result of {@link normalize}
 * @param start offset into the key
 * @param end offset into the key, exclusive
 */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
	const len = norm.starts.length;
	if (len === 0) {
		return { start: 0, end: 0 };
	}
	const s = start >= len ? norm.ends[len - 1]! : norm.starts[Math.max(0, start)]!;
	if (end <= start) {
		return { start: s, end: s };
	}
	let e = norm.ends[Math.min(end, len) - 1]!;
	// Extend over removed characters (diacritics, tatweel) that follow the last key character.
	const next = end < len ? norm.starts[end]! : Number.MAX_SAFE_INTEGER;
	if (next > e) {
		e = next === Number.MAX_SAFE_INTEGER ? e : next;
	}
	return { start: s, end: e };
}
