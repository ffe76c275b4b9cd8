/**
 * The word types the NER and the name check have met, interned: one string lookup per token gives a {@link WordType}
 * that carries, computed once per type and kept across analyses, what the recognizer and the spelling check need of
 * the word (its name keys, its house-list type, its name skeleton, its proclitic candidates …). The editor analyses
 * the same article on every pause in typing, so nearly every type is already known.
 *
 * Bounded: when the table holds {@link VOCAB_LIMIT} types, it starts afresh at the beginning of the next document
 * (never during one, so the types of a document stay valid while it is analysed). Everything cached here is a pure
 * function of the word's key, so starting afresh changes no result.
 */
import { segmentations } from '../tokenize/clitics';
import { nameKeys } from './document';
import { wordHash } from './lexicon';

/** How many types the table keeps before it starts afresh. */
export const VOCAB_LIMIT = 50000;

/** A proclitic reading of a word (see `procliticLength` in recognize.ts): the letters it strips and the names to check. */
export interface ProcliticCandidate {
	/** How many key letters the reading leaves out of the name. */
	readonly strip: number;
	/** The word without them (`key.slice(strip)`). */
	readonly name: WordType;
	/** With an article: the stem without the article, also a name to check. */
	readonly alt: WordType | undefined;
}

/** A segmentation of a word with a proclitic that is not the article: the prefix length and the stem. */
export interface BareSegment {
	readonly prefix: number;
	readonly stem: WordType;
}

/** One interned word type (a matching key). Fields are filled on first use. */
export class WordType {
	/** The word's {@link nameKeys} (the key, and the key without each proclitic but the article alone). */
	nameKeys: readonly WordType[] | undefined = undefined;
	/** The house-list type of the word or of one of its name keys (-1: none; -2: not computed yet). */
	house = -2;
	/** The name skeleton (`nameSkeleton` in recognize.ts). */
	skeleton: string | undefined = undefined;
	/** The proclitic readings for `procliticLength`, longest last. */
	proclitics: readonly ProcliticCandidate[] | undefined = undefined;
	/** The segmentations with a proclitic other than the article (names.ts), in `segmentations` order. */
	bareSegments: readonly BareSegment[] | undefined = undefined;
	/** Whether the word is a function word for the name check (-1: not computed yet). */
	functionWord = -1;
	/** The trigger class (`triggerClass` in lexicon.ts; -1: not computed yet). */
	trigger = -1;
	/** {@link wordHash} of the key, and whether it was computed. */
	private hash = 0;
	private hashed = false;
	/** Scratch for one pass over a document (see {@link newStamp}): the stamp of the pass the word occurs in. */
	seen = 0;
	/** The stamp of the pass that memoized `memoValue`. */
	memo = 0;
	memoValue = 0;
	/** A second set of the pass (the stamp when the type is in it). */
	flag = 0;

	constructor(
		/** The index of the type in the table. */
		readonly id: number,
		readonly key: string,
	) {}

	/** The gazetteer hash of the key. */
	get wordHash(): number {
		if (!this.hashed) {
			this.hash = wordHash(this.key);
			this.hashed = true;
		}
		return this.hash;
	}
}

const table = new Map<string, WordType>();
let types: WordType[] = [];
let epoch = 0;

/**
 * Starts a document: the table starts afresh when it is full. Call before looking the words of a document up; the
 * types looked up after it stay valid until the next call.
 */
export function beginDocument(): void {
	if (types.length >= VOCAB_LIMIT) {
		table.clear();
		types = [];
		epoch++;
	}
}

/** A number that changes whenever the table starts afresh (ids of older types are then stale). */
export function vocabEpoch(): number {
	return epoch;
}

/** How many types the table holds (ids are below this). */
export function vocabSize(): number {
	return types.length;
}

/** The type of a matching key. */
export function typeOf(key: string): WordType {
	let t = table.get(key);
	if (t === undefined) {
		t = new WordType(types.length, key);
		types.push(t);
		table.set(key, t);
	}
	return t;
}

/** The types of the name keys of a word (see {@link nameKeys}: the word itself first). */
export function nameKeyTypes(t: WordType): readonly WordType[] {
	t.nameKeys ??= nameKeys(t.key).map(typeOf);
	return t.nameKeys;
}

/** The proclitic readings of a word that `procliticLength` weighs, in `segmentations` order. */
export function procliticCandidates(t: WordType): readonly ProcliticCandidate[] {
	if (t.proclitics === undefined) {
		const out: ProcliticCandidate[] = [];
		for (const seg of segmentations(t.key)) {
			if (seg.prefix === '') {
				continue;
			}
			if (seg.article) {
				if (!seg.prefix.endsWith('ال')) {
					continue; // لل: the article's alef is not written, so the name cannot be cut out whole.
				}
				const strip = seg.prefix.length - 2;
				if (strip === 0) {
					continue;
				}
				out.push({ strip, name: typeOf('ال' + seg.stem), alt: typeOf(seg.stem) });
			} else {
				out.push({ strip: seg.prefix.length, name: typeOf(seg.stem), alt: undefined });
			}
		}
		t.proclitics = out;
	}
	return t.proclitics;
}

/** The segmentations of a word with a proclitic that is not (and does not end with) the article. */
export function bareSegments(t: WordType): readonly BareSegment[] {
	if (t.bareSegments === undefined) {
		const out: BareSegment[] = [];
		for (const seg of segmentations(t.key)) {
			if (seg.prefix !== '' && !seg.article) {
				out.push({ prefix: seg.prefix.length, stem: typeOf(seg.stem) });
			}
		}
		t.bareSegments = out;
	}
	return t.bareSegments;
}

/** The words of one document: the type of every token's key, and the stamp its words are marked with (`seen`). */
export interface DocumentWords {
	readonly types: readonly WordType[];
	/** `t.seen === stamp` for the type of every word token (tokens of kind `word`). */
	readonly stamp: number;
	/** The vocabulary epoch the types belong to. */
	readonly epoch: number;
}

/** Looks up the type of every token and marks the types of the words. Call after {@link beginDocument}. */
export function documentWords(tokens: ReadonlyArray<{ readonly key: string; readonly kind: string }>): DocumentWords {
	const types: WordType[] = new Array<WordType>(tokens.length);
	const docStamp = newStamp();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const type = typeOf(t.key);
		types[i] = type;
		if (t.kind === 'word') {
			type.seen = docStamp;
		}
	}
	lastDocument = docStamp;
	return { types, stamp: docStamp, epoch };
}

/** The stamp of the last {@link documentWords}. */
let lastDocument = 0;

/**
 * Whether a {@link DocumentWords} still holds: the table has not started afresh since, and no other document's words
 * have been marked since.
 */
export function isCurrent(words: DocumentWords): boolean {
	return words.epoch === epoch && words.stamp === lastDocument;
}

let stamp = 0;

/**
 * A fresh stamp for marking types in one pass over a document (`t.seen === stamp`, `t.memo === stamp`,
 * `t.flag === stamp`); marks of earlier passes never equal it.
 */
export function newStamp(): number {
	stamp = (stamp + 1) | 0;
	if (stamp === 0) {
		// After 2^32 passes: clear every mark so that no old one can equal a new stamp.
		for (const t of types) {
			t.seen = 0;
			t.memo = 0;
			t.flag = 0;
		}
		stamp = 1;
	}
	return stamp;
}
