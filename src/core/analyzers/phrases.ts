/**
 * Multi-word phrase matching on matching keys, for the phrase lexicons (reasons for anonymity, agentless
 * formulas, corroboration, vague time). A phrase is written as words separated by spaces; a word ending in `*`
 * matches any word that starts with it (هويته، هويتها). Every word may also carry a leading و.
 */
import { matchKey } from '../normalize/normalize';
import type { Token } from '../types';

/** A compiled phrase with the data it carries. */
export interface Phrase<T> {
	readonly words: readonly string[];
	readonly prefix: readonly boolean[];
	readonly data: T;
}

/** Compiles a phrase written with spaces and `*` wildcards. */
export function compilePhrase<T>(text: string, data: T): Phrase<T> {
	const parts = text.split(' ');
	return { words: parts.map((w) => matchKey(w.replace(/\*$/, ''))), prefix: parts.map((w) => w.endsWith('*')), data };
}

const NONE: readonly never[] = [];

/**
 * A filter on the first two letters of a key: a 4096-entry table indexed by the low six bits of each letter. It
 * answers "surely not" for most words with one array read, before any hashing; collisions only cost a lookup.
 */
export class PrefixFilter {
	readonly #table = new Uint8Array(4096);

	/** Lets keys starting with `prefix` (and with و + `prefix`) through. */
	add(prefix: string): void {
		this.#table[slot(prefix, 0)] = 1;
		this.#table[slot('و' + prefix, 1)] = 1;
	}

	/** Whether a key may start with one of the added prefixes, as written or after a leading و. */
	mayMatch(key: string): boolean {
		return this.#table[slot(key, 0)] === 1 || (key.charCodeAt(0) === 0x0648 && this.#table[slot(key, 1)] === 1);
	}
}

function slot(key: string, at: number): number {
	return ((key.charCodeAt(at) & 0x3f) << 6) | (key.charCodeAt(at + 1) & 0x3f);
}

/**
 * Phrases indexed by their first word: an exact first word is one map lookup; the few wildcard first words are
 * tried in a short list. Matching a document is linear in its tokens.
 */
export class PhraseIndex<T> {
	readonly #exact = new Map<string, Array<Phrase<T>>>();
	/** Wildcard first words by their first two letters, as one number (no string is made per token). */
	readonly #wild = new Map<number, Array<Phrase<T>>>();
	readonly #filter = new PrefixFilter();

	constructor(phrases: ReadonlyArray<Phrase<T>>) {
		for (const p of phrases) {
			this.#filter.add(p.words[0]!);
			if (p.prefix[0] === true) {
				const w = p.words[0]!;
				const code = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
				const list = this.#wild.get(code) ?? [];
				list.push(p);
				this.#wild.set(code, list);
				continue;
			}
			for (const first of [p.words[0]!, 'و' + p.words[0]!]) {
				const list = this.#exact.get(first) ?? [];
				list.push(p);
				this.#exact.set(first, list);
			}
		}
		// Longer phrases first, so the most specific one wins.
		for (const list of this.#exact.values()) {
			list.sort((a, b) => b.words.length - a.words.length);
		}
	}

	/**
	 * The longest phrase that matches at token `i`, with the index just past it, or undefined.
	 * @param toks the document's tokens
	 * @param i where the phrase would start
	 */
	matchAt(toks: readonly Token[], i: number): { phrase: Phrase<T>; end: number } | undefined {
		const t = toks[i];
		if (t === undefined || t.kind !== 'word' || !this.#filter.mayMatch(t.key)) {
			return undefined;
		}
		for (const p of this.#exact.get(t.key) ?? NONE) {
			const end = matchWords(toks, i, p.words, p.prefix);
			if (end >= 0) {
				return { phrase: p, end };
			}
		}
		return this.#wildAt(toks, i, 0) ?? (t.key.charCodeAt(0) === 0x0648 ? this.#wildAt(toks, i, 1) : undefined);
	}

	/** The wildcard phrases whose first word starts at offset `at` of the token's key (1 skips a leading و). */
	#wildAt(toks: readonly Token[], i: number, at: number): { phrase: Phrase<T>; end: number } | undefined {
		const key = toks[i]!.key;
		for (const p of this.#wild.get(key.charCodeAt(at) * 65536 + key.charCodeAt(at + 1)) ?? NONE) {
			if (key.startsWith(p.words[0]!, at)) {
				const end = matchWords(toks, i, p.words, p.prefix);
				if (end >= 0) {
					return { phrase: p, end };
				}
			}
		}
		return undefined;
	}
}

/** Matches `words` at token `i`; returns the index just past the match, or -1. */
export function matchWords(toks: readonly Token[], i: number, words: readonly string[], prefix: readonly boolean[]): number {
	for (let k = 0; k < words.length; k++) {
		const t = toks[i + k];
		if (t === undefined || t.kind !== 'word') {
			return -1;
		}
		const w = words[k]!;
		const key = t.key;
		const conj = key.charCodeAt(0) === 0x0648;
		const ok = prefix[k] === true ? key.startsWith(w) || (conj && key.startsWith(w, 1)) : key === w || (conj && key.length === w.length + 1 && key.endsWith(w));
		if (!ok) {
			return -1;
		}
	}
	return i + words.length;
}
