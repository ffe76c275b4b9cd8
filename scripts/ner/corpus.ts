/**
 * Reading CoNLL-style NER corpora ("token TAG" per line, blank line between sentences) and projecting their tags
 * onto Isnad's own tokens, so the model is trained on exactly the tokens it sees at run time.
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../../src/core/tokenize/tokenize';
import type { Token } from '../../src/core/types';
import { TAGS } from '../../src/core/ner/viterbi';

/** One sentence of a corpus: the words as given and their tags (PER/LOC/ORG/MISC, BIO). */
export interface GoldSentence {
	readonly words: string[];
	readonly tags: string[];
}

/** Maps a corpus tag to one of ours (B-PER … I-MISC, O); unknown tags become O. */
export type TagMapper = (tag: string) => string;

/** ANERcorp: PERS → PER. */
export const anercorpTag: TagMapper = (tag) => {
	const m = /^([BI])-(PERS|PER|LOC|ORG|MISC)$/.exec(tag);
	if (m === null) {
		return 'O';
	}
	return `${m[1]}-${m[2] === 'PERS' ? 'PER' : m[2]}`;
};

/**
 * AQMAR: PER/LOC/ORG as is. Its miscellaneous classes (MIS0–MIS3 and their typos) are chosen per article and do not
 * follow ANERcorp's MISC, so they become O (cross-validation: mapping them to MISC cost 3 points of MISC F1), unless
 * NER_AQMAR_MISC=MISC.
 */
export const aqmarTag: TagMapper = (tag) => {
	const m = /^([BI])-+(PER|LOC|ORG|MIS.*)$/.exec(tag.trim());
	if (m === null) {
		return 'O';
	}
	if (m[2]!.startsWith('MIS')) {
		return process.env['NER_AQMAR_MISC'] === 'MISC' ? `${m[1]}-MISC` : 'O';
	}
	return `${m[1]}-${m[2]}`;
};

/** Reads a corpus file. */
export function readConll(path: string, mapTag: TagMapper): GoldSentence[] {
	const out: GoldSentence[] = [];
	let words: string[] = [];
	let tags: string[] = [];
	for (const raw of readFileSync(path, 'utf8').split('\n')) {
		const line = raw.replace(/\r$/, '');
		if (line.trim() === '') {
			if (words.length > 0) {
				out.push({ words, tags });
				words = [];
				tags = [];
			}
			continue;
		}
		const sp = line.lastIndexOf(' ');
		const tab = line.lastIndexOf('\t');
		const cut = Math.max(sp, tab);
		if (cut <= 0) {
			continue;
		}
		const word = line.slice(0, cut).trim();
		if (word === '') {
			continue;
		}
		words.push(word);
		tags.push(mapTag(line.slice(cut + 1).trim()));
	}
	if (words.length > 0) {
		out.push({ words, tags });
	}
	return out;
}

/** Rewrites IOB1-style tags to BIO: an I-X that does not continue an X starts one (as conlleval counts). */
export function toBio(tags: readonly string[]): string[] {
	const out: string[] = [];
	let prev = 'O';
	for (const t of tags) {
		let u = t;
		if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) {
			u = 'B-' + t.slice(2);
		}
		out.push(u);
		prev = u;
	}
	return out;
}

/** A sentence on Isnad's tokens. */
export interface TokenSentence {
	/** The text the sentence was rebuilt as: the words joined with spaces. */
	readonly text: string;
	readonly tokens: readonly Token[];
	/** Per token, the tag index (into TAGS). */
	readonly gold: Int8Array;
	/** Per token, the corpus word it came from. */
	readonly word: Int32Array;
	/** Start offset of every corpus word in `text`. */
	readonly wordStarts: Int32Array;
	/** 0 for ANERcorp (the target domain); another corpus has its own number, for domain-specific feature copies. */
	domain?: number;
}

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/**
 * Rebuilds a sentence as text, tokenizes it with Isnad's tokenizer, and gives each token the tag of the word it lies
 * in: the first word or number piece of an entity word takes the word's B/I tag, later pieces I; punctuation pieces
 * take O unless they sit between two pieces of the same entity word (سي.أن.أن).
 */
export function project(s: GoldSentence): TokenSentence {
	const bio = toBio(s.tags);
	const wordStarts = new Int32Array(s.words.length);
	let text = '';
	s.words.forEach((w, k) => {
		if (k > 0) {
			text += ' ';
		}
		wordStarts[k] = text.length;
		text += w;
	});
	const doc = tokenize(text);
	const tokens = doc.tokens;
	const word = new Int32Array(tokens.length);
	let k = 0;
	for (let i = 0; i < tokens.length; i++) {
		while (k + 1 < s.words.length && wordStarts[k + 1]! <= tokens[i]!.start) {
			k++;
		}
		word[i] = k;
	}
	const gold = new Int8Array(tokens.length);
	let i = 0;
	while (i < tokens.length) {
		let j = i;
		while (j < tokens.length && word[j] === word[i]) {
			j++;
		}
		const tag = bio[word[i]!]!;
		if (tag !== 'O') {
			const type = tag.slice(2);
			const content: number[] = [];
			for (let m = i; m < j; m++) {
				if (tokens[m]!.kind === 'word' || tokens[m]!.kind === 'number') {
					content.push(m);
				}
			}
			if (content.length === 0) {
				content.push(i);
			}
			const first = content[0]!;
			const last = content[content.length - 1]!;
			for (let m = first; m <= last; m++) {
				gold[m] = TAG_INDEX.get((m === first ? tag.slice(0, 2) : 'I-') + type)!;
			}
		}
		i = j;
	}
	// A word whose tag was I- but whose first piece now follows an O piece (a quote mark in between) starts afresh.
	for (let m = 0; m < gold.length; m++) {
		const g = gold[m]!;
		if (g !== 0 && g % 2 === 0) {
			const prev = m > 0 ? gold[m - 1]! : 0;
			if (prev !== g && prev !== g - 1) {
				gold[m] = g - 1;
			}
		}
	}
	return { text, tokens, gold, word, wordStarts };
}

/** Entity spans of a tag sequence (BIO, as token index ranges [start, end) with a type index 0–3). */
export function spansOf(tags: ArrayLike<number>): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	let i = 0;
	while (i < tags.length) {
		const t = tags[i]!;
		if (t === 0) {
			i++;
			continue;
		}
		const type = (t - 1) >> 1;
		let j = i + 1;
		while (j < tags.length && tags[j] === 2 * type + 2) {
			j++;
		}
		out.push([i, j, type]);
		i = j;
	}
	return out;
}

/** Precision, recall and F1 of predicted spans against gold spans, per type and overall (exact match). */
export class SpanScore {
	readonly tp = [0, 0, 0, 0];
	readonly fp = [0, 0, 0, 0];
	readonly fn = [0, 0, 0, 0];

	add(gold: ReadonlyArray<readonly [number, number, number]>, pred: ReadonlyArray<readonly [number, number, number]>): void {
		const g = new Set(gold.map((s) => s.join(',')));
		const p = new Set(pred.map((s) => s.join(',')));
		for (const s of pred) {
			if (g.has(s.join(','))) {
				this.tp[s[2]]!++;
			} else {
				this.fp[s[2]]!++;
			}
		}
		for (const s of gold) {
			if (!p.has(s.join(','))) {
				this.fn[s[2]]!++;
			}
		}
	}

	/** P, R, F1 over the given types. */
	prf(types: readonly number[] = [0, 1, 2, 3]): { p: number; r: number; f: number } {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		for (const t of types) {
			tp += this.tp[t]!;
			fp += this.fp[t]!;
			fn += this.fn[t]!;
		}
		const p = tp + fp === 0 ? 0 : tp / (tp + fp);
		const r = tp + fn === 0 ? 0 : tp / (tp + fn);
		return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
	}
}
