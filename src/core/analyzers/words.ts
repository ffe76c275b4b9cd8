/**
 * Lookups shared by several analyzers: the closed-class word lists on the matching key, and small token-walking
 * helpers. The sets are built once, on first use.
 */
import { COMPLEMENTIZERS, keySet, PARTICLES, PREPOSITIONS, TIME_WORDS, TITLE_NOUNS, TITLE_WORDS } from '../lexicon/functionWords';
import { matchKey } from '../normalize/normalize';
import type { Doc, Token } from '../types';
import { partitionPoint } from '../search';

interface Sets {
	readonly prepositions: ReadonlySet<string>;
	readonly complementizers: ReadonlySet<string>;
	readonly time: ReadonlySet<string>;
	readonly particles: ReadonlySet<string>;
	readonly titleNouns: ReadonlySet<string>;
	readonly titles: ReadonlySet<string>;
}

let sets: Sets | undefined;

/** The word sets, keyed by matching key. */
export function words(): Sets {
	sets ??= {
		prepositions: keySet(PREPOSITIONS, matchKey),
		complementizers: keySet(COMPLEMENTIZERS, matchKey),
		time: keySet(TIME_WORDS, matchKey),
		particles: keySet(PARTICLES, matchKey),
		titleNouns: keySet(TITLE_NOUNS, matchKey),
		titles: keySet(TITLE_WORDS, matchKey),
	};
	return sets;
}

/** Whether a token is a complementizer (أن، إن، بأن، أنه …), with or without a leading و. */
export function isComplementizer(t: Token | undefined): boolean {
	if (t === undefined || t.kind !== 'word') {
		return false;
	}
	const c = words().complementizers;
	return c.has(t.key) || (t.key.startsWith('و') && c.has(t.key.slice(1)));
}

/** Whether a token is the colon (: or the Arabic-script full-width forms). */
export function isColon(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'punct' && (t.text === ':' || t.text === '：' || t.text === '︓');
}

/** Whether a token ends a clause: a comma, semicolon, colon, stop, or a dash. */
export function isClauseBreak(t: Token | undefined): boolean {
	if (t === undefined) {
		return true;
	}
	if (t.kind !== 'punct') {
		return false;
	}
	const c = t.text.charCodeAt(0);
	return c === 0x060c || c === 0x2c || c === 0x061b || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x061f || c === 0x21 || c === 0x3f || c === 0x2013 || c === 0x2014 || c === 0x2026;
}

/** Whether a token is a comma (، or ,). */
export function isComma(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'punct' && (t.text === '،' || t.text === ',');
}

/** The index of the next word token after `i` in the same sentence, or -1. */
export function nextWordIndex(doc: Doc, i: number): number {
	const s = doc.tokens[i]?.sentence;
	for (let k = i + 1; k < doc.tokens.length; k++) {
		const t = doc.tokens[k]!;
		if (t.sentence !== s) {
			return -1;
		}
		if (t.kind === 'word') {
			return k;
		}
		if (t.kind === 'punct' || t.kind === 'quote') {
			return -1;
		}
	}
	return -1;
}

/** Counts the word and number tokens in `[from, to)`. */
export function countWords(doc: Doc, from: number, to: number): number {
	let n = 0;
	for (let k = from; k < to; k++) {
		const kind = doc.tokens[k]!.kind;
		if (kind === 'word' || kind === 'number') {
			n++;
		}
	}
	return n;
}

/** The token index at or after a text offset (binary search), or tokens.length. */
export function tokenAt(doc: Doc, offset: number): number {
	return partitionPoint(doc.tokens.length, (i) => doc.tokens[i]!.end <= offset);
}
