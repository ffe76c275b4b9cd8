/**
 * Fingerprints for acknowledged findings: the rule id and a hash of the finding's sentence on the matching key, so
 * an acknowledgement survives edits elsewhere in the article and lapses as soon as the sentence itself changes.
 */
import { matchKey } from './normalize/normalize';
import type { Doc } from './types';

/** A 53-bit string hash (cyrb53), as 14 hex digits. Stable across runs and platforms. */
export function hash53(s: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The normalized text of the sentence holding `offset`: matching keys of its tokens, joined by single spaces. */
export function sentenceKey(doc: Doc, offset: number): string {
	const s = sentenceAt(doc, offset);
	if (s === undefined) {
		return '';
	}
	const parts: string[] = [];
	for (let k = s.firstToken; k < s.endToken; k++) {
		const t = doc.tokens[k]!;
		parts.push(t.kind === 'word' || t.kind === 'number' ? t.key : matchKey(t.text));
	}
	return parts.join(' ');
}

function sentenceAt(doc: Doc, offset: number): Doc['sentences'][number] | undefined {
	let lo = 0;
	let hi = doc.sentences.length - 1;
	if (hi < 0) {
		return undefined;
	}
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (doc.sentences[mid]!.start <= offset) {
			lo = mid;
		} else {
			hi = mid - 1;
		}
	}
	return doc.sentences[lo];
}

/** The fingerprint of a finding of `ruleId` at `offset`. */
export function fingerprint(doc: Doc, ruleId: string, offset: number): string {
	return `${ruleId}:${hash53(sentenceKey(doc, offset))}`;
}

/**
 * A fingerprint function for one document that hashes each sentence once, however many findings it holds (a long
 * unpunctuated paragraph is one sentence, so hashing it per finding would cost the square of its length).
 */
export function fingerprinter(doc: Doc): (ruleId: string, offset: number) => string {
	const cache = new Map<number, string>();
	return (ruleId, offset) => {
		const s = sentenceAt(doc, offset);
		const index = s === undefined ? -1 : s.index;
		let h = cache.get(index);
		if (h === undefined) {
			h = hash53(sentenceKey(doc, offset));
			cache.set(index, h);
		}
		return `${ruleId}:${h}`;
	};
}
