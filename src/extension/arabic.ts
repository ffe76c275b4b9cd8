/**
 * Which documents Isnad analyses, and Arabic-Indic digits for the status bar. Pure: no `vscode`, so it is unit-tested.
 */

/** How many code units of a document are sampled to decide whether its letters are mostly Arabic. */
export const SAMPLE_LENGTH = 50_000;

/** The language id of Isnad's own file type (`*.arnews`): always analysed. */
export const ARABIC_NEWS = 'arabic-news';

/** Whether a code unit is an Arabic letter (base letters, Persian and Urdu additions, presentation forms). */
function isArabicLetter(c: number): boolean {
	return (
		(c >= 0x0620 && c <= 0x064a) ||
		(c >= 0x066e && c <= 0x06d3) ||
		c === 0x06d5 ||
		(c >= 0x06ee && c <= 0x06ff) ||
		(c >= 0x0750 && c <= 0x077f) ||
		(c >= 0x08a0 && c <= 0x08c9) ||
		(c >= 0xfb50 && c <= 0xfdff) ||
		(c >= 0xfe70 && c <= 0xfefc)
	);
}

/** Whether a code unit is a letter of another script that counts against "mostly Arabic" (Latin, Greek, Cyrillic…). */
function isOtherLetter(c: number): boolean {
	return (
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
		(c >= 0x370 && c <= 0x52f) ||
		(c >= 0x590 && c <= 0x5ff)
	);
}

/**
 * Counts the Arabic letters and the other letters in the first {@link SAMPLE_LENGTH} code units of a text.
 * @param text the document text
 */
export function letterCounts(text: string): { arabic: number; other: number } {
	let arabic = 0;
	let other = 0;
	const n = Math.min(text.length, SAMPLE_LENGTH);
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (isArabicLetter(c)) {
			arabic++;
		} else if (isOtherLetter(c)) {
			other++;
		}
	}
	return { arabic, other };
}

/**
 * Whether most letters of a text are Arabic: more Arabic letters than letters of other scripts, and at least a few.
 * An English note with one Arabic name is not an Arabic article; an Arabic article quoting an English phrase is.
 * @param text the document text (only its beginning is read)
 */
export function isMostlyArabic(text: string): boolean {
	const { arabic, other } = letterCounts(text);
	return arabic >= 3 && arabic > other;
}

/** Whether a text holds any Arabic letter. */
export function hasArabic(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		if (isArabicLetter(text.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}

/**
 * Whether Isnad analyses a document: `arabic-news` always; a language listed in `isnad.languages` when its letters are
 * mostly Arabic; nothing else.
 * @param languageId the document's language id
 * @param languages the `isnad.languages` setting
 * @param text the document text, or a function returning it (called only when needed)
 */
export function isIsnadDocument(languageId: string, languages: readonly string[], text: string | (() => string)): boolean {
	if (languageId === ARABIC_NEWS) {
		return true;
	}
	if (!languages.includes(languageId)) {
		return false;
	}
	return isMostlyArabic(typeof text === 'function' ? text() : text);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * Writes a number (or the ASCII digits of a string) with Arabic-Indic digits: 42 → «٤٢».
 * @param n a number or a string
 */
export function toArabicDigits(n: number | string): string {
	return String(n).replace(/[0-9]/g, (d) => ARABIC_INDIC[d.charCodeAt(0) - 48]!);
}
