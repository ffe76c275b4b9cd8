/**
 * Transliteration skeletons (editorial-rules.md §5): a foreign name written two ways (جونج/جونغ، ترمب/ترامب،
 * زيلينسكي/زيلنسكي) has one skeleton. The skeleton folds the letters writers choose between for one sound and drops
 * the long vowels inside the word:
 *   {ج غ ق ك گ ڨ ݣ} → G · {ت ط} → T · {س ص} → S · {ز ذ ظ} → Z · {ه ة} → H · {ى ي} → Y · {أ إ آ ا} → A
 *   and ا و ي inside the word (not first, not last) are dropped.
 * Two spellings are linked when their skeletons are equal, or, for skeletons of four letters or more that start with
 * the same letter, one edit apart (شولتس/شولتز).
 */

const FOLD: ReadonlyMap<string, string> = new Map([
	...[...'جغقكگڨݣ'].map((c) => [c, 'G'] as const),
	...[...'تط'].map((c) => [c, 'T'] as const),
	...[...'سص'].map((c) => [c, 'S'] as const),
	...[...'زذظ'].map((c) => [c, 'Z'] as const),
	...[...'هة'].map((c) => [c, 'H'] as const),
	...[...'ىي'].map((c) => [c, 'Y'] as const),
	...[...'أإآاٱ'].map((c) => [c, 'A'] as const),
]);

const MEDIAL_VOWELS = new Set(['ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ى']);

/**
 * The skeleton of one word (a matching key or a word as written; diacritics are ignored).
 * @example skeleton('جونج') === skeleton('جونغ'); skeleton('ترمب') === skeleton('ترامب')
 */
export function skeleton(word: string): string {
	const letters: string[] = [];
	for (const ch of word) {
		const c = ch.charCodeAt(0);
		// Diacritics, tatweel and superscript alef do not count.
		if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) {
			continue;
		}
		letters.push(ch);
	}
	let out = '';
	for (let i = 0; i < letters.length; i++) {
		const ch = letters[i]!;
		if (i > 0 && i < letters.length - 1 && MEDIAL_VOWELS.has(ch)) {
			continue;
		}
		out += FOLD.get(ch) ?? ch;
	}
	return out;
}

/** Whether two skeletons are at most one edit apart (substitution, insertion or deletion). */
export function oneEditApart(a: string, b: string): boolean {
	if (a === b) {
		return true;
	}
	if (Math.abs(a.length - b.length) > 1) {
		return false;
	}
	const [s, t] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < s.length && s[i] === t[i]) {
		i++;
	}
	if (s.length === t.length) {
		return s.slice(i + 1) === t.slice(i + 1);
	}
	return s.slice(i) === t.slice(i + 1);
}

/** A skeleton may carry a marker before a colon (the article, see `nameSkeleton`); lengths count the rest. */
const core = (s: string): string => s.slice(s.indexOf(':') + 1);
const prefixOf = (s: string): string => s.slice(0, s.indexOf(':') + 1);

/**
 * Groups items whose skeletons are linked (equal, or one edit apart for skeletons of four letters or more with the
 * same first letter). Near-linear: one-edit neighbours are found through a deletion index (every skeleton and each of
 * its one-letter deletions), never by comparing all pairs.
 * @param skeletons the skeleton of each item
 * @returns for each item, the index of the first item of its group
 */
export function linkSkeletons(skeletons: readonly string[]): Int32Array {
	const n = skeletons.length;
	const parent = Int32Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) {
			parent[x] = parent[parent[x]!]!;
			x = parent[x]!;
		}
		return x;
	};
	const union = (a: number, b: number): void => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	};
	const exact = new Map<string, number>();
	const deletions = new Map<string, number[]>();
	for (let i = 0; i < n; i++) {
		const sk = skeletons[i]!;
		const seen = exact.get(sk);
		if (seen !== undefined) {
			union(seen, i);
			continue;
		}
		exact.set(sk, i);
		if (core(sk).length < 3) {
			continue;
		}
		const keys = [sk];
		for (let k = 1; k < sk.length; k++) {
			keys.push(sk.slice(0, k) + '\u0000' + sk.slice(k + 1));
			keys.push(sk.slice(0, k) + sk.slice(k + 1));
		}
		for (const key of keys) {
			const list = deletions.get(key);
			if (list === undefined) {
				deletions.set(key, [i]);
				continue;
			}
			for (const j of list) {
				const other = skeletons[j]!;
				const a = core(other);
				const b = core(sk);
				if (Math.max(a.length, b.length) >= 4 && Math.min(a.length, b.length) >= 3 && a[0] === b[0] && prefixOf(other) === prefixOf(sk) && oneEditApart(a, b)) {
					union(j, i);
				}
			}
			if (list.length < 8) {
				list.push(i);
			}
		}
	}
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		out[i] = find(i);
	}
	return out;
}
