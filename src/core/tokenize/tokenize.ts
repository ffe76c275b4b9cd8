import { matchKey } from '../normalize/normalize';
import type { Doc, Script, Segment, Token, TokenKind } from '../types';
import {
	isArabicLetter,
	isArabicMark,
	isCombiningMark,
	isDigit,
	isLatinLetter,
	isLineBreak,
	isNumberJoiner,
	isOtherLetter,
	isSentenceFinal,
	isSpace,
	isWordJoiner,
	quoteFamily,
} from './charClasses';
import { isInvisible } from '../normalize/normalize';

/**
 * Splits a text into tokens, sentences and paragraphs in one linear pass over the original text.
 *
 * - Words: runs of Arabic letters with their diacritics and tatweel (a proclitic stays glued: «وبالرياض» is one
 *   token; see `clitics.ts` for the segmentation), runs of Latin letters (with inner apostrophes and digits: G20,
 *   O'Brien), or runs of letters of another script.
 * - Numbers: digits of any of the three systems, with inner separators between digits (1.5, ٢٫٥, 2,000, 6:00).
 * - Quote marks are tokens of their own; an apostrophe between two letters stays inside the word.
 * - Every line break ends a paragraph (news copy is written one paragraph per line), and so does a run of three or
 *   more spaces (copy pasted from sites that lost their line breaks). Sentences end after . ! ? ؟ …
 *   followed by a space or a line break (closing quote marks right after the stop stay in the sentence), and at every
 *   paragraph end. A stop after a one-letter word is an abbreviation (د. م.), not a sentence end.
 * - Whitespace and invisible format characters produce no token.
 *
 * @param text the original text
 * @returns the tokenized document; every offset is into `text`
 */
export function tokenize(text: string): Doc {
	const n = text.length;
	const tokens: Token[] = [];
	const sentences: Segment[] = [];
	const paragraphs: Segment[] = [];

	let sentenceStartToken = 0;
	let paragraphStartToken = 0;
	let spaceBefore = true;
	let pendingSentenceEnd = false;

	const closeSentence = (): void => {
		if (tokens.length > sentenceStartToken) {
			sentences.push({
				index: sentences.length,
				start: tokens[sentenceStartToken]!.start,
				end: tokens[tokens.length - 1]!.end,
				firstToken: sentenceStartToken,
				endToken: tokens.length,
			});
			sentenceStartToken = tokens.length;
		}
		pendingSentenceEnd = false;
	};
	const closeParagraph = (): void => {
		closeSentence();
		if (tokens.length > paragraphStartToken) {
			paragraphs.push({
				index: paragraphs.length,
				start: tokens[paragraphStartToken]!.start,
				end: tokens[tokens.length - 1]!.end,
				firstToken: paragraphStartToken,
				endToken: tokens.length,
			});
			paragraphStartToken = tokens.length;
		}
	};
	const push = (kind: TokenKind, start: number, end: number, script: Script | undefined): void => {
		if (pendingSentenceEnd) {
			// A closing quote mark glued to the stop stays in the sentence; anything else glued to it cancels the end.
			if (spaceBefore) {
				closeSentence();
			} else if (kind !== 'quote' && !(kind === 'punct' && isSentenceFinal(text.charCodeAt(start)))) {
				pendingSentenceEnd = false;
			}
		}
		const t = text.slice(start, end);
		tokens.push({
			index: tokens.length,
			kind,
			start,
			end,
			text: t,
			key: kind === 'word' || kind === 'number' ? matchKey(t) : t,
			script,
			sentence: sentences.length,
			paragraph: paragraphs.length,
			spaceBefore,
		});
		spaceBefore = false;
	};

	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isLineBreak(c)) {
			closeParagraph();
			spaceBefore = true;
			i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
			continue;
		}
		if (isSpace(c)) {
			// A run of three or more spaces separates paragraphs in copy pasted from news sites that lost their
			// line breaks; one or two spaces are just spacing.
			let j = i + 1;
			while (j < n && isSpace(text.charCodeAt(j))) {
				j++;
			}
			if (j - i >= 3) {
				closeParagraph();
			}
			spaceBefore = true;
			i = j;
			continue;
		}
		if (isInvisible(c) && !isWordJoiner(c)) {
			i++;
			continue;
		}
		const start = i;
		if (isArabicLetter(c) || (isArabicMark(c) && c !== 0x0640)) {
			i++;
			while (i < n) {
				const d = text.charCodeAt(i);
				if (isArabicLetter(d) || isArabicMark(d)) {
					i++;
				} else if (isWordJoiner(d) && i + 1 < n && isArabicLetter(text.charCodeAt(i + 1))) {
					i++;
				} else {
					break;
				}
			}
			push('word', start, i, 'arabic');
			continue;
		}
		if (c === 0x0640) {
			// A tatweel on its own (a decorative line) is a symbol.
			while (i < n && text.charCodeAt(i) === 0x0640) {
				i++;
			}
			push('symbol', start, i, undefined);
			continue;
		}
		if (isLatinLetter(c)) {
			i++;
			while (i < n) {
				const d = text.charCodeAt(i);
				if (isLatinLetter(d) || isCombiningMark(d) || (d >= 0x30 && d <= 0x39)) {
					i++;
				} else if ((d === 0x27 || d === 0x2019) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1))) {
					i++;
				} else {
					break;
				}
			}
			push('word', start, i, 'latin');
			continue;
		}
		if (isDigit(c)) {
			i++;
			while (i < n) {
				const d = text.charCodeAt(i);
				if (isDigit(d)) {
					i++;
				} else if (isNumberJoiner(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
					i += 2;
				} else {
					break;
				}
			}
			push('number', start, i, undefined);
			continue;
		}
		if (quoteFamily(c) !== undefined) {
			push('quote', start, i + 1, undefined);
			i++;
			continue;
		}
		if (isSentenceFinal(c)) {
			// Runs of stops (... or ؟!) are one token.
			i++;
			while (i < n && isSentenceFinal(text.charCodeAt(i))) {
				i++;
			}
			const abbreviation = c === 0x2e && i - start === 1 && isAbbreviation(tokens, start);
			push('punct', start, i, undefined);
			if (!abbreviation) {
				pendingSentenceEnd = true;
			}
			continue;
		}
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			const pair = text.slice(i, i + 2);
			i += 2;
			if (isOtherLetter(pair)) {
				push('word', start, i, 'other');
			} else {
				push('symbol', start, i, undefined);
			}
			continue;
		}
		const ch = text[i]!;
		if (c >= 0x80 && isOtherLetter(ch)) {
			i++;
			while (i < n && text.charCodeAt(i) >= 0x80 && isOtherLetter(text[i]!)) {
				i++;
			}
			push('word', start, i, 'other');
			continue;
		}
		push(isPunctuation(c) ? 'punct' : 'symbol', start, i + 1, undefined);
		i++;
	}
	closeParagraph();
	return { text, tokens, sentences, paragraphs };
}

/** A stop right after a one-letter word glued to it (د. م. U.S.) is an abbreviation. */
function isAbbreviation(tokens: readonly Token[], dotStart: number): boolean {
	const prev = tokens[tokens.length - 1];
	return prev !== undefined && prev.kind === 'word' && prev.end === dotStart && prev.key.length === 1;
}

/** ASCII punctuation, Arabic punctuation and the General Punctuation block. */
function isPunctuation(c: number): boolean {
	return (
		(c >= 0x21 && c <= 0x2f) ||
		(c >= 0x3a && c <= 0x40) ||
		(c >= 0x5b && c <= 0x60) ||
		(c >= 0x7b && c <= 0x7e) ||
		c === 0x060c ||
		c === 0x061b ||
		c === 0x061f ||
		c === 0x066d ||
		c === 0x06d4 ||
		(c >= 0x2010 && c <= 0x2027) ||
		(c >= 0x2030 && c <= 0x205e)
	);
}
