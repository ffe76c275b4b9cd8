/**
 * The article's tag line, «كلمات دلالية: …»: finding and parsing an existing one, and the single edit that writes the
 * chosen tags, inserting the line at the article's end or replacing the existing line wherever it is.
 *
 * A tag line is a line whose first words are the label (كلمات دلالية، الكلمات الدلالية، كلمات مفتاحية), read on the
 * matching key so that Persian look-alike letters (کلمات دلالیة) and diacritics do not hide it, followed by an optional
 * colon and the tags. Tags are separated by «،» «,» «؛» «;» «|» «/» «•», by a dash between spaces, or, when the line
 * has none of these, by spaces only: then words are grouped into the longest runs that occur in the article
 * («الزعيم الكوري الشمالي کوریا الشمالیة» is two tags).
 */
import { matchKey, normalize, PERSIAN_LOOKALIKES } from '../normalize/normalize';
import type { Span, TextEdit } from '../types';

/** The label written when the user has not chosen one. */
export const DEFAULT_TAG_LABEL = 'كلمات دلالية';
/** The separator written when the user has not chosen one. */
export const DEFAULT_TAG_SEPARATOR = '، ';

/** One tag of an existing tag line. */
export interface TagLineItem extends Span {
	/** The tag as written (trimmed). */
	readonly text: string;
}

/** An existing tag line. Its span is the line without its line break. */
export interface TagLine extends Span {
	/** The label's span (without the colon). */
	readonly label: Span;
	/** The tags, in order. */
	readonly tags: readonly TagLineItem[];
	/** The separator character the line uses, or ' ' when tags are separated by spaces only, or null when there are no tags. */
	readonly separator: string | null;
}

/** Options of {@link tagLineEdit}. */
export interface TagLineOptions {
	/** The label, default «كلمات دلالية». */
	readonly label?: string;
	/** The separator between tags, default «، ». */
	readonly separator?: string;
}

/** The label on the matching key: optional article on both words (Persian letters are folded by the key). */
const LABEL = /^(?:ال)?كلمات\s*(?:ال)?(?:دلالي[ةه]|مفتاحي[ةه])/u;
/** Bullets and spaces that may precede the label. */
const LEADING = /^[\s\-–—•*·▪●◦>#]*/u;
/** Characters that separate tags. */
const SEPARATORS = new Set(['،', ',', '؛', ';', '|', '/', '•', '·', '٬']);
const DASHES = new Set(['-', '–', '—', '_']);

/** A line of the text: its content span (without the line break). */
interface Line {
	readonly start: number;
	readonly end: number;
}

/** Where a tag line is, before its tags are parsed. */
interface LocatedLine {
	readonly line: Line;
	readonly label: Span;
	readonly restStart: number;
}

/**
 * Finds the tag lines of a text without parsing their tags: the line spans and labels (cheap; used by the edit, by
 * the tag generator to leave the line out, and by the per-keystroke check).
 * @param text the document
 * @returns each line's span (without its line break) and its label's span, in text order
 */
export function locateTagLines(text: string): Array<Span & { readonly label: Span }> {
	return locate(text).map((f) => ({ start: f.line.start, end: f.line.end, label: f.label }));
}

/**
 * The label's first letters as they may be written (ك or Persian ک, ل, then م after tatweel or diacritics). One
 * regular-expression scan of the whole text finds them; a line is read only when they stand in its first
 * {@link HEAD} characters, so a text without a tag line costs one scan and nothing else.
 */
const LABEL_HINT = /[كک]ل[ـ\u064b-\u065f]*م/gu;
/** How far from a line's start the label may begin (bullets and spaces before it). */
const HEAD = 80;

function locate(text: string): LocatedLine[] {
	if (typeof text !== 'string' || text.length === 0) {
		return [];
	}
	const found: LocatedLine[] = [];
	const hint = LABEL_HINT;
	hint.lastIndex = 0;
	for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
		const at = m.index;
		const matchEnd = at + m[0].length;
		// The line's start, looked for no further back than the head's length: a hint farther from it is not a label.
		let start = at;
		while (start > 0 && start > matchEnd - HEAD && !isLineBreak(text.charCodeAt(start - 1))) {
			start--;
		}
		const inHead = (start === 0 || isLineBreak(text.charCodeAt(start - 1))) && matchEnd <= start + HEAD;
		let end = matchEnd;
		while (end < text.length && !isLineBreak(text.charCodeAt(end))) {
			end++;
		}
		// The next search starts on the next line: each line is read at most once.
		hint.lastIndex = end;
		if (!inHead || end - start < 8) {
			continue;
		}
		const f = readLabel(text, { start, end });
		if (f !== undefined) {
			found.push(f);
		}
	}
	hint.lastIndex = 0;
	return found;
}

/** The label at the start of a line whose head holds the label's first letters, or undefined. */
function readLabel(text: string, line: Line): LocatedLine | undefined {
	const head = text.slice(line.start, Math.min(line.end, line.start + HEAD));
	const norm = normalize(head);
	const lead = LEADING.exec(norm.key)?.[0].length ?? 0;
	const m = LABEL.exec(norm.key.slice(lead));
	if (m === null) {
		return undefined;
	}
	const keyEnd = lead + m[0].length;
	const labelStart = line.start + norm.starts[lead]!;
	let labelEnd = line.start + (keyEnd < norm.starts.length ? norm.starts[keyEnd]! : head.length);
	// Diacritics after the label's last letter belong to it.
	labelEnd = skipWhile(text, labelEnd, line.end, (c) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640);
	// The next character must end the label: a space, a colon, a separator or the line's end («كلماتهم» is not it).
	const next = labelEnd < line.end ? text.charCodeAt(labelEnd) : 0x20;
	if (isLetter(next)) {
		return undefined;
	}
	// The label is followed by a colon (or a dash), or stands alone on its line: a sentence that merely begins
	// with the words «كلمات دلالية» is not a tag line.
	let restStart = skipWhile(text, labelEnd, line.end, isBlank);
	if (restStart < line.end && (text[restStart] === ':' || text[restStart] === '：' || text[restStart] === '︓' || DASHES.has(text[restStart]!))) {
		restStart = skipWhile(text, restStart + 1, line.end, isBlank);
	} else if (restStart < line.end) {
		return undefined;
	}
	return { line, label: { start: labelStart, end: labelEnd }, restStart };
}

/** The characters that end a line: LF, CR, U+2028, U+2029, NEL. */
function isLineBreak(c: number): boolean {
	return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * Finds every tag line of a text, with its tags.
 * @param text the document
 * @returns the tag lines, in text order (usually zero or one)
 */
export function findTagLines(text: string): TagLine[] {
	return readTagLines(text).lines;
}

/**
 * Finds and parses the tag lines of a text, with the index of the body (the text outside them) that answers
 * {@link BodyIndex.has} for the words of their tags, and for them only: the check of an existing tag line reads the
 * body once, computing a word's readings only when its last letters can match a tag word.
 * @param text the document
 * @returns the tag lines (none when the text has no tag line; then the body is not read at all) and the body index
 */
export function readTagLines(text: string): { readonly lines: TagLine[]; readonly body: BodyIndex | undefined } {
	const found = locate(text);
	if (found.length === 0) {
		return { lines: [], body: undefined };
	}
	const words: string[] = [];
	for (const f of found) {
		for (const m of text.slice(f.restStart, f.line.end).matchAll(/\S+/gu)) {
			words.push(m[0]);
		}
	}
	const body = new BodyIndex(text, found.map((f) => f.line), words);
	const lines = found.map((f) => {
		const { tags, separator } = splitTags(text, f.restStart, f.line.end, body);
		return { start: f.line.start, end: f.line.end, label: f.label, tags, separator };
	});
	return { lines, body };
}

/**
 * Finds the tag line of a text: the last one when there are several.
 * @param text the document
 */
export function findTagLine(text: string): TagLine | undefined {
	const all = findTagLines(text);
	return all[all.length - 1];
}

/**
 * Formats a tag line.
 * @param tags the tags, in order
 * @param options label and separator
 */
export function formatTagLine(tags: readonly string[], options: TagLineOptions = {}): string {
	const label = (options.label ?? DEFAULT_TAG_LABEL).trim() || DEFAULT_TAG_LABEL;
	const separator = options.separator ?? DEFAULT_TAG_SEPARATOR;
	const clean = tags.map((t) => t.replace(/\s+/gu, ' ').trim()).filter((t) => t !== '');
	return `${label}: ${clean.join(separator)}`;
}

/**
 * The single edit that writes the tag line: it replaces the existing tag line (the last one, wherever it is), or
 * inserts a new line at the end of the article. Applying the edit and running this again yields an edit that replaces
 * the same line, so the line is never duplicated. The document's line ending (LF or CRLF) is kept; when paragraphs are
 * separated by blank lines, the new line is too; a document that does not end with a line break still does not.
 * @param text the document
 * @param tags the chosen tags, in order
 * @param options label and separator
 * @returns the edit, in UTF-16 offsets of `text`
 */
export function tagLineEdit(text: string, tags: readonly string[], options: TagLineOptions = {}): TextEdit {
	const doc = typeof text === 'string' ? text : '';
	const line = formatTagLine(tags, options);
	const all = locateTagLines(doc);
	const existing = all[all.length - 1];
	if (existing !== undefined) {
		// Keep the line's leading indentation or bullet; replace from the label to the end of the line.
		return { start: existing.label.start, end: existing.end, newText: line };
	}
	const eol = lineEnding(doc);
	// Insert after the last character that is not whitespace; trailing blank lines stay after the tag line.
	let end = doc.length;
	while (end > 0 && isWhitespace(doc.charCodeAt(end - 1))) {
		end--;
	}
	if (end === 0) {
		return { start: 0, end: 0, newText: line };
	}
	const blankLines = new RegExp(`${eol === '\r\n' ? '\\r\\n' : '\\n'}[ \\t]*${eol === '\r\n' ? '\\r\\n' : '\\n'}`, 'u').test(doc.slice(0, end));
	return { start: end, end, newText: (blankLines ? eol + eol : eol) + line };
}

/**
 * Applies one edit to a text.
 * @param text the document
 * @param edit the edit
 */
export function applyEdit(text: string, edit: TextEdit): string {
	return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** The document's line ending: CRLF when its first line break is CRLF, otherwise LF. */
export function lineEnding(text: string): '\n' | '\r\n' {
	const i = text.indexOf('\n');
	return i > 0 && text.charCodeAt(i - 1) === 0x0d ? '\r\n' : '\n';
}

/** Whether a string holds a Persian look-alike letter (ک ی ە …). */
export function hasPersianLetters(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		if (PERSIAN_LOOKALIKES.has(s.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}

// ---------------------------------------------------------------------------------------------------------------------

function splitTags(text: string, from: number, to: number, body: BodyIndex): { tags: TagLineItem[]; separator: string | null } {
	let separator: string | null = null;
	const cuts: Array<[number, number]> = [];
	for (let i = from; i < to; i++) {
		const ch = text[i]!;
		const spaced = DASHES.has(ch) && (i === from || isBlank(text.charCodeAt(i - 1)) || i + 1 === to || isBlank(text.charCodeAt(i + 1)));
		if (SEPARATORS.has(ch) || spaced) {
			separator ??= ch;
			cuts.push([i, i + 1]);
		}
	}
	const items: TagLineItem[] = [];
	const push = (s: number, e: number): void => {
		const a = skipWhile(text, s, e, isBlank);
		let b = e;
		while (b > a && (isBlank(text.charCodeAt(b - 1)) || text[b - 1] === '.' || text[b - 1] === '۔')) {
			b--;
		}
		if (b > a) {
			items.push({ start: a, end: b, text: text.slice(a, b) });
		}
	};
	if (cuts.length > 0) {
		let s = from;
		for (const [a, b] of cuts) {
			push(s, a);
			s = b;
		}
		push(s, to);
		return { tags: items, separator };
	}
	// Spaces only: group the words into the longest runs that occur in the article.
	const words: Array<{ start: number; end: number; readings: string[] }> = [];
	for (const m of text.slice(from, to).matchAll(/\S+/gu)) {
		const start = from + m.index;
		const end = start + m[0].length;
		words.push({ start, end, readings: cliticReadings(matchKey(m[0])) });
	}
	let i = 0;
	while (i < words.length) {
		let j = i;
		for (let len = Math.min(MAX_GRAM, words.length - i); len > 1; len--) {
			if (body.hasWords(words.slice(i, i + len).map((w) => w.readings))) {
				j = i + len - 1;
				break;
			}
		}
		push(words[i]!.start, words[j]!.end);
		i = j + 1;
	}
	return { tags: items, separator: items.length > 0 ? ' ' : null };
}

const MAX_GRAM = 5;

/** The phrase-breaking characters: the body is cut into phrases at them. */
const BREAKS: ReadonlySet<number> = new Set([...'\r\n.,،؛;:!?؟«»"“”()[]{}|/\\'].map((c) => c.charCodeAt(0)));
/** 1 for the code units below U+0800 that are letters, marks or digits (\p{L}\p{M}\p{N}). */
const WORD_UNITS: Uint8Array = (() => {
	const t = new Uint8Array(0x800);
	for (let c = 0; c < t.length; c++) {
		t[c] = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
	}
	return t;
})();
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** The length (0, 1 or 2 code units) of the letter, mark or digit at `i`, or 0 when there is none. */
function wordCharLength(text: string, i: number): number {
	if (i >= text.length) {
		return 0;
	}
	const c = text.charCodeAt(i);
	if (c < 0x800) {
		return WORD_UNITS[c]!;
	}
	if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
		const d = text.charCodeAt(i + 1);
		if (d >= 0xdc00 && d <= 0xdfff) {
			return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
		}
	}
	return WORD_CHAR.test(text[i]!) ? 1 : 0;
}
/** The placeholder of a body word that matches none of the asked words. */
const OTHER: readonly string[] = [];

/**
 * Which body words may match the asked words: the last two letters of every reading of every asked word (its last
 * letter alone for a one-letter reading). A body word whose last two code units are plain Arabic letters, ASCII
 * letters or digits has a key that ends with them as {@link matchKey} folds them (أ إ آ → ا، ى → ي، A → a); any other
 * ending (a diacritic, a Persian letter, a presentation form) is read in full.
 */
class EndFilter {
	readonly readings = new Set<string>();
	/** The last letters of the asked readings: one-letter readings, two-letter readings, the last three of longer ones. */
	private readonly ends1 = new Set<number>();
	private readonly ends2 = new Set<number>();
	private readonly ends3 = new Set<number>();

	constructor(words: Iterable<string>) {
		for (const w of words) {
			for (const part of [w, ...[...w.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((x) => x[0])]) {
				for (const r of cliticReadings(matchKey(part))) {
					this.readings.add(r);
					const n = r.length;
					if (n === 1) {
						this.ends1.add(r.charCodeAt(0));
					} else if (n === 2) {
						this.ends2.add(r.charCodeAt(0) * 0x10000 + r.charCodeAt(1));
					} else {
						this.ends3.add((r.charCodeAt(n - 3) * 0x10000 + r.charCodeAt(n - 2)) * 0x10000 + r.charCodeAt(n - 1));
					}
				}
			}
		}
	}

	/** Whether the body word `text[start, end)` may have a reading among the asked ones (false only when it cannot). */
	mayMatch(text: string, start: number, end: number): boolean {
		const c1 = plainKey(text.charCodeAt(end - 1));
		if (c1 < 0 || this.ends1.has(c1)) {
			return true;
		}
		if (end - start < 2) {
			return false;
		}
		const c2 = plainKey(text.charCodeAt(end - 2));
		if (c2 < 0 || this.ends2.has(c2 * 0x10000 + c1)) {
			return true;
		}
		if (end - start < 3) {
			return false;
		}
		const c3 = plainKey(text.charCodeAt(end - 3));
		return c3 < 0 || this.ends3.has((c3 * 0x10000 + c2) * 0x10000 + c1);
	}
}

/** The key of a code unit that {@link matchKey} maps on its own (a plain Arabic letter, an ASCII letter or digit), or -1. */
function plainKey(c: number): number {
	if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a)) {
		return c === 0x0622 || c === 0x0623 || c === 0x0625 ? 0x0627 : c === 0x0649 ? 0x064a : c;
	}
	if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
		return c;
	}
	return c >= 0x41 && c <= 0x5a ? c + 32 : -1;
}


/**
 * The words of a text outside its tag lines, for asking whether a tag occurs in the article. Words are compared
 * without their proclitics ({@link cliticReadings}): «روسيا» occurs in «لروسيا», «الفيتامينات» in «فيتامينات».
 *
 * Given the words it will be asked about (`only`), the index keeps the readings of the body words that can match one
 * of them and a placeholder for every other word: a body word's readings all end with its last letters, so a word
 * whose last two letters (on the matching key) end no reading of the asked words is skipped without computing its key.
 */
export class BodyIndex {
	/** Each word's readings, in text order; `null` marks a phrase break (punctuation, line break). */
	private readonly words: Array<readonly string[] | null> = [];
	/** Reading → positions in `words`. */
	private readonly at = new Map<string, number[]>();

	/**
	 * @param text the document
	 * @param exclude spans to leave out (the tag lines)
	 * @param only the words or phrases the index will be asked about; when given, {@link has} answers for phrases made
	 *   of their words only (any split: on spaces or on letters), and the body is read much faster
	 */
	constructor(text: string, exclude: ReadonlyArray<Span> = [], only?: Iterable<string>) {
		const filter = only === undefined ? undefined : new EndFilter(only);
		let from = 0;
		const parts: Array<readonly [number, number]> = [];
		for (const x of [...exclude].sort((a, b) => a.start - b.start)) {
			parts.push([from, Math.max(from, x.start)]);
			from = Math.max(from, x.end);
		}
		parts.push([from, text.length]);
		for (const [start, end] of parts) {
			// Words are runs of letters, marks and digits; a run of the phrase-breaking characters is a break.
			let i = start;
			while (i < end) {
				const w = wordCharLength(text, i);
				if (w === 0) {
					if (BREAKS.has(text.charCodeAt(i)) && this.words[this.words.length - 1] !== null) {
						this.words.push(null);
					}
					i++;
					continue;
				}
				let j = i + w;
				for (let n = wordCharLength(text, j); j < end && n > 0; n = wordCharLength(text, j)) {
					j += n;
				}
				j = Math.min(j, end);
				this.add(text, i, j, filter);
				i = j;
			}
			if (this.words[this.words.length - 1] !== null) {
				this.words.push(null);
			}
		}
	}

	/** Adds the body word `text[start, end)`. */
	private add(text: string, start: number, end: number, filter: EndFilter | undefined): void {
		if (filter !== undefined && !filter.mayMatch(text, start, end)) {
			this.words.push(OTHER);
			return;
		}
		const readings = cliticReadings(matchKey(text.slice(start, end)));
		if (readings.length === 0) {
			return;
		}
		if (filter !== undefined && !readings.some((r) => filter.readings.has(r))) {
			this.words.push(OTHER);
			return;
		}
		for (const r of readings) {
			const list = this.at.get(r);
			if (list === undefined) {
				this.at.set(r, [this.words.length]);
			} else {
				list.push(this.words.length);
			}
		}
		this.words.push(readings);
	}

	/**
	 * Whether a phrase occurs in the text as consecutive words (proclitics aside).
	 * @param phrase the phrase, as written
	 */
	has(phrase: string): boolean {
		const ws = [...phrase.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => cliticReadings(matchKey(m[0]))).filter((r) => r.length > 0);
		return this.hasWords(ws);
	}

	/** Like {@link has}, on word readings. */
	hasWords(ws: ReadonlyArray<readonly string[]>): boolean {
		if (ws.length === 0) {
			return false;
		}
		const starts = new Set<number>();
		for (const r of ws[0]!) {
			for (const i of this.at.get(r) ?? []) {
				starts.add(i);
			}
		}
		for (const i of starts) {
			let ok = true;
			for (let k = 1; k < ws.length && ok; k++) {
				const w = this.words[i + k];
				ok = w !== undefined && w !== null && sameWord(w, ws[k]!);
			}
			if (ok) {
				return true;
			}
		}
		return false;
	}
}

/**
 * The readings of a word's matching key with its proclitics taken off: the key itself and every strip of و/ف, then
 * ب/ل, then the article (ل + ال written لل) that leaves at least two letters. Whether a first letter is a proclitic
 * (و in «وبوتين») or part of the word (و in «وزارة»، ف in «فيتامينات») is not decided: two words are the same word
 * when their readings meet ({@link sameWord}).
 * @example cliticReadings('لبوتين') → ['لبوتين', 'بوتين']; cliticReadings('والتنمية') → ['والتنمية', 'التنمية', 'تنمية']
 */
export function cliticReadings(key: string): string[] {
	const k = key.replace(/[^\p{L}\p{N}]+/gu, '');
	if (k === '') {
		return [];
	}
	const out = [k];
	const add = (p: string): void => {
		if (k.length - p.length >= 2 && k.startsWith(p) && !out.includes(k.slice(p.length))) {
			out.push(k.slice(p.length));
		}
	};
	for (const conj of ['', 'و', 'ف']) {
		for (const prep of ['', 'ب', 'ل']) {
			if (conj + prep !== '') {
				add(conj + prep);
			}
			add(prep === 'ل' ? conj + 'لل' : conj + prep + 'ال');
		}
	}
	return out;
}

/** Whether two words are the same word proclitics aside: their readings meet. */
export function sameWord(a: readonly string[], b: readonly string[]): boolean {
	return a.some((x) => b.includes(x));
}

function skipWhile(text: string, i: number, end: number, pred: (c: number) => boolean): number {
	while (i < end && pred(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

function isBlank(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0x061c || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

function isWhitespace(c: number): boolean {
	return isBlank(c) || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0xfeff;
}

function isLetter(c: number): boolean {
	return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0041 && c <= 0x005a) || (c >= 0x0061 && c <= 0x007a);
}
