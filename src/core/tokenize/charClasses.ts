/**
 * Character classes for Arabic news text, as code-unit tests. They are written as ranges rather than Unicode-property
 * regular expressions because the tokenizer calls them once per character on every keystroke.
 */

/** Arabic letters, including Persian/Urdu look-alikes and presentation forms. */
export function isArabicLetter(c: number): boolean {
	return (
		(c >= 0x0620 && c <= 0x063f) ||
		(c >= 0x0641 && c <= 0x064a) ||
		(c >= 0x066e && c <= 0x066f) ||
		(c >= 0x0671 && c <= 0x06d3) ||
		c === 0x06d5 ||
		(c >= 0x06ee && c <= 0x06ef) ||
		(c >= 0x06fa && c <= 0x06fc) ||
		c === 0x06ff ||
		(c >= 0x0750 && c <= 0x077f) ||
		(c >= 0x08a0 && c <= 0x08c9) ||
		(c >= 0xfb50 && c <= 0xfdfb) ||
		(c >= 0xfe70 && c <= 0xfefc)
	);
}

/** Marks that live inside an Arabic word: diacritics, superscript alef, Quranic marks and tatweel. */
export function isArabicMark(c: number): boolean {
	return (
		(c >= 0x064b && c <= 0x065f) ||
		c === 0x0670 ||
		c === 0x0640 ||
		(c >= 0x06d6 && c <= 0x06ed) ||
		(c >= 0x08ca && c <= 0x08ff)
	);
}

/** ASCII and Latin-1/Latin Extended letters. */
export function isLatinLetter(c: number): boolean {
	return (
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
		(c >= 0x1e00 && c <= 0x1eff)
	);
}

/** Combining marks of Latin and other scripts. */
export function isCombiningMark(c: number): boolean {
	return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff);
}

const OTHER_LETTER = /\p{L}|\p{M}/u;

/** Letters of any other script (rare in our texts; checked with a Unicode property). */
export function isOtherLetter(ch: string): boolean {
	return OTHER_LETTER.test(ch);
}

/** Digits of the three systems: ASCII, Arabic-Indic (٠–٩), Persian (۰–۹). */
export function isDigit(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** Characters that may sit between two digits inside one number: 1.5 / 2,000 / ١٫٥ / 6:00 / 2024/11/05. */
export function isNumberJoiner(c: number): boolean {
	return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x3a || c === 0x2f;
}

/** Zero-width joiner and non-joiner: they may sit inside a word. */
export function isWordJoiner(c: number): boolean {
	return c === 0x200c || c === 0x200d;
}

/** Whitespace, including no-break spaces and the Unicode space separators. */
export function isSpace(c: number): boolean {
	return (
		c === 0x20 ||
		c === 0x09 ||
		c === 0x0b ||
		c === 0x0c ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

/** Line breaks: LF, CR, NEL, LS, PS. */
export function isLineBreak(c: number): boolean {
	return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** The families quote marks are paired within (by order, not by glyph). */
export type QuoteFamily = 'guillemet' | 'single-guillemet' | 'double' | 'straight-double' | 'single' | 'ornate' | 'brace';

/** The family of a quote-mark character, or undefined for any other character. */
export function quoteFamily(c: number): QuoteFamily | undefined {
	switch (c) {
		case 0x00ab: // «
		case 0x00bb: // »
			return 'guillemet';
		case 0x2039: // ‹
		case 0x203a: // ›
			return 'single-guillemet';
		case 0x201c: // “
		case 0x201d: // ”
		case 0x201e: // „
		case 0x201f: // ‟
		case 0x301d: // 〝
		case 0x301e: // 〞
			return 'double';
		case 0x22: // "
		case 0xff02: // ＂
			return 'straight-double';
		case 0x27: // '
		case 0x2018: // ‘
		case 0x2019: // ’
		case 0x201a: // ‚
		case 0x201b: // ‛
			return 'single';
		case 0xfd3e: // ﴾
		case 0xfd3f: // ﴿
			return 'ornate';
		case 0x7b: // { — some Arabic news sites' systems turn «» into {} (Asharq Al-Awsat online)
		case 0x7d: // }
			return 'brace';
		default:
			return undefined;
	}
}

/** Sentence-final punctuation: . ! ? ؟ … and the Arabic full stop ۔. */
export function isSentenceFinal(c: number): boolean {
	return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4;
}
