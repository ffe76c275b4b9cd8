/**
 * Transliteration skeletons (editorial-rules.md §5): a foreign name written two ways (جونج/جونغ، ترمب/ترامب،
 * زيلينسكي/زيلنسكي) has one skeleton. The skeleton folds the letters writers choose between for one sound and drops
 * the long vowels inside the word:
 *   {ج غ ق ك گ ڨ ݣ} → G · {ت ط} → T · {س ص} → S · {ز ذ ظ} → Z · {ه ة} → H · {ى ي} → Y · {أ إ آ ا} → A
 *   and ا و ي inside the word (not first, not last) are dropped.
 * Two spellings are linked when their skeletons are equal, or, for skeletons of four letters or more that start with
 * the same letter, one edit apart (شولتس/شولتز).
 */
import { fit, int32 } from './buffers';

/** Per UTF-16 code unit below U+0800 (the Arabic letters and their supplement), the folded letter (0: unchanged). */
const FOLD = new Uint16Array(0x800);
for (const [letters, to] of [
	['جغقكگڨݣ', 'G'],
	['تط', 'T'],
	['سص', 'S'],
	['زذظ', 'Z'],
	['هة', 'H'],
	['ىي', 'Y'],
	['أإآاٱ', 'A'],
] as const) {
	for (const ch of letters) {
		FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);
	}
}
/** Whether a code unit is a long vowel that is dropped inside a word: ا أ إ آ و ي ى. */
const isMedialVowel = (c: number): boolean => c === 0x0627 || c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0648 || c === 0x064a || c === 0x0649;

/** Whether a code unit is ignored: diacritics, tatweel and superscript alef. */
const isIgnored = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

/** Whether the code units at `i` are a surrogate pair (one letter). */
const isPair = (word: string, i: number): boolean => {
	const c = word.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < word.length && (word.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
};

/**
 * The skeleton of one word (a matching key or a word as written; diacritics are ignored).
 * @example skeleton('جونج') === skeleton('جونغ'); skeleton('ترمب') === skeleton('ترامب')
 */
export function skeleton(word: string): string {
	const n = word.length;
	// Letters are code points (a surrogate pair is one letter); the first and the last letter keep their vowels.
	let letters = 0;
	for (let i = 0; i < n; i++) {
		if (isPair(word, i)) {
			i++;
		} else if (isIgnored(word.charCodeAt(i))) {
			continue;
		}
		letters++;
	}
	let out = '';
	let k = 0;
	for (let i = 0; i < n; i++) {
		const c = word.charCodeAt(i);
		if (isPair(word, i)) {
			out += word.slice(i, i + 2);
			i++;
			k++;
			continue;
		}
		if (isIgnored(c)) {
			continue;
		}
		if (k > 0 && k < letters - 1 && isMedialVowel(c)) {
			k++;
			continue;
		}
		k++;
		const f = c < FOLD.length ? FOLD[c]! : 0;
		out += f !== 0 ? String.fromCharCode(f) : word[i]!;
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

/** The longest key {@link variantCost} aligns; longer words are never variants (keeps every call constant-time). */
const MAX_VARIANT_LETTERS = 24;

/** Whether a code unit is a long vowel a transliteration may write or leave out: ا و ي. */
const isLongVowel = (c: number): boolean => c === 0x0627 || c === 0x0648 || c === 0x064a;

/** The sibilant classes S and Z, which transliterations also swap for one sound (شولتس/شولتز). */
const isSibilant = (c: number): boolean => {
	const f = c < FOLD.length ? FOLD[c]! : 0;
	return f === 0x53 || f === 0x5a;
};

/** The cost of writing letter `x` for `y`: 0 the same, 1 letters writers choose between for one sound, else -1. */
function substitution(x: number, y: number): number {
	if (x === y) {
		return 0;
	}
	const fx = x < FOLD.length ? FOLD[x]! : 0;
	const fy = y < FOLD.length ? FOLD[y]! : 0;
	return (fx !== 0 && fx === fy) || (isSibilant(x) && isSibilant(y)) ? 1 : -1;
}

/**
 * How many transliteration choices separate two spellings (matching keys, the article already left out): each
 * letter swapped for another of the same sound (ج/غ، ت/ط، س/ص، س/ز …) costs 1, and each long vowel ا و ي written
 * or left out inside the word (never the first or last letter) costs 1. Anything else — another letter, a suffix
 * («دولار/دولارا»، «السعودي/السعودية»), a first or last letter added — makes them different words: -1.
 * With `substitutionsOnly`, vowels may not be added or left out («جودة» is no spelling of «جدة»).
 * An edit-distance table over two short words: constant time per call for keys up to 24 letters.
 */
export function variantCost(a: string, b: string, substitutionsOnly = false): number {
	const n = a.length;
	const m = b.length;
	if (n === 0 || m === 0 || n > MAX_VARIANT_LETTERS || m > MAX_VARIANT_LETTERS) {
		return -1;
	}
	if (substitutionsOnly && n !== m) {
		return -1;
	}
	const INF = 1 << 20;
	// d[i][j]: cost of aligning a[0, i) with b[0, j), kept as one flat row-major table.
	const w = m + 1;
	const d = new Int32Array((n + 1) * w).fill(INF);
	d[0] = 0;
	for (let i = 0; i <= n; i++) {
		for (let j = 0; j <= m; j++) {
			const here = d[i * w + j]!;
			if (here >= INF) {
				continue;
			}
			if (i < n && j < m) {
				const c = substitution(a.charCodeAt(i), b.charCodeAt(j));
				if (c >= 0 && here + c < d[(i + 1) * w + j + 1]!) {
					d[(i + 1) * w + j + 1] = here + c;
				}
			}
			if (!substitutionsOnly) {
				// A medial long vowel of a written in a but not in b, or the other way round.
				if (i > 0 && i < n - 1 && j > 0 && j < m && isLongVowel(a.charCodeAt(i)) && here + 1 < d[(i + 1) * w + j]!) {
					d[(i + 1) * w + j] = here + 1;
				}
				if (j > 0 && j < m - 1 && i > 0 && i < n && isLongVowel(b.charCodeAt(j)) && here + 1 < d[i * w + j + 1]!) {
					d[i * w + j + 1] = here + 1;
				}
			}
		}
	}
	const cost = d[n * w + m]!;
	return cost >= INF ? -1 : cost;
}

/**
 * Whether two spellings of a name word (matching keys) are one name transliterated two ways: they differ by at most
 * one choice when the skeleton is three letters or fewer (بوتين/بوتن، جونج/جونغ), else at most two (أمريكا/أميركا).
 * A word with the article is a variant only of another with it, by letter choices alone («البنتاغون/البنتاجون») or a
 * ي moved across one letter («الأمريكية/الأميركية»): Arabic nouns and family names take the article, and their broken
 * plurals and feminines differ from them just as a long vowel does («المساجد/المسجد»، «الثالث/الثلاث»).
 */
export function isTransliterationVariant(a: string, b: string): boolean {
	if (a === b) {
		return true;
	}
	const articleA = a.length >= 5 && a.startsWith('ال');
	const articleB = b.length >= 5 && b.startsWith('ال');
	if (articleA !== articleB) {
		return false;
	}
	if (articleA) {
		const x = a.slice(2);
		const y = b.slice(2);
		// Letters of one sound, or a ي that moves across a neighbour: the Gulf and Levant split «أمريكية/أميركية».
		return variantCost(x, y, true) === 1 || (x.length === y.length && x.replace(/ي/gu, '') === y.replace(/ي/gu, '') && variantCost(x, y) === 2);
	}
	const cost = variantCost(a, b);
	const letters = Math.min(skeleton(a).length, skeleton(b).length);
	return cost >= 1 && cost <= (letters <= 3 ? 1 : 2);
}

/** A skeleton may carry a marker before a colon (the article, see `nameSkeleton`); lengths count the rest. */
const core = (s: string): string => s.slice(s.indexOf(':') + 1);
const prefixOf = (s: string): string => s.slice(0, s.indexOf(':') + 1);

/** What {@link linkSkeletons} needs of one skeleton, computed once and kept across calls. */
interface SkeletonKeys {
	/** The skeleton's number in the table. */
	readonly id: number;
	readonly core: string;
	readonly prefix: string;
	/** The numbers of its deletion-index keys (see {@link linkSkeletons}); undefined when the core is too short. */
	readonly keys: Int32Array | undefined;
}

/** Skeletons met so far, and the keys of the deletion index, numbered; both start afresh together when full. */
const skeletonTable = new Map<string, SkeletonKeys>();
const indexKeys = new Map<string, number>();
const SKELETON_LIMIT = 20000;
const INDEX_KEY_LIMIT = 200000;

function keyNumber(key: string): number {
	let k = indexKeys.get(key);
	if (k === undefined) {
		k = indexKeys.size;
		indexKeys.set(key, k);
	}
	return k;
}

function skeletonKeys(sk: string): SkeletonKeys {
	let e = skeletonTable.get(sk);
	if (e === undefined) {
		let keys: Int32Array | undefined;
		const c = core(sk);
		// A native name (marked '=', see `typeSkeleton`) links to its own spelling only, never one edit away: the
		// marker would otherwise count as a shared first letter (محمد/أحمد).
		if (c.length >= 3 && c[0] !== '=') {
			// The skeleton itself, and for each letter but the first, the skeleton with that letter replaced by a
			// wildcard (a substitution) and with it deleted (an insertion or deletion).
			keys = new Int32Array(2 * sk.length - 1);
			keys[0] = keyNumber(sk);
			for (let k = 1; k < sk.length; k++) {
				keys[2 * k - 1] = keyNumber(sk.slice(0, k) + '\u0000' + sk.slice(k + 1));
				keys[2 * k] = keyNumber(sk.slice(0, k) + sk.slice(k + 1));
			}
		}
		e = { id: skeletonTable.size, core: c, prefix: prefixOf(sk), keys };
		skeletonTable.set(sk, e);
	}
	return e;
}

/** Per-call scratch of {@link linkSkeletons}, indexed by skeleton number or key number, valid when stamped (see buffers.ts). */
let linkStamp = 0;
let exactStamp = new Int32Array(256);
let exactItem = new Int32Array(256);
let keyStamp = new Int32Array(1024);
let keySlot = new Int32Array(1024);
/** Per slot: the count of items, then up to {@link LIST_CAP} items. */
let slots = new Int32Array(64 * 9);
const LIST_CAP = 8;

/**
 * Groups items whose skeletons are linked (equal, or one edit apart for skeletons of four letters or more with the
 * same first letter). Near-linear: one-edit neighbours are found through a deletion index (every skeleton and each of
 * its one-letter deletions), never by comparing all pairs; each key of the index keeps its first eight items.
 * @param skeletons the skeleton of each item
 * @returns for each item, the index of the first item of its group
 */
export function linkSkeletons(skeletons: readonly string[]): Int32Array {
	const n = skeletons.length;
	if (skeletonTable.size >= SKELETON_LIMIT || indexKeys.size >= INDEX_KEY_LIMIT) {
		skeletonTable.clear();
		indexKeys.clear();
	}
	const parent = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		parent[i] = i;
	}
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
	const items: SkeletonKeys[] = new Array<SkeletonKeys>(n);
	for (let i = 0; i < n; i++) {
		items[i] = skeletonKeys(skeletons[i]!);
	}
	let keyCount = 0;
	for (let i = 0; i < n; i++) {
		keyCount += items[i]!.keys?.length ?? 0;
	}
	exactStamp = fit(exactStamp, skeletonTable.size, int32);
	exactItem = fit(exactItem, skeletonTable.size, int32);
	keyStamp = fit(keyStamp, indexKeys.size, int32);
	keySlot = fit(keySlot, indexKeys.size, int32);
	slots = fit(slots, keyCount * (LIST_CAP + 1), int32);
	linkStamp = (linkStamp + 1) | 0;
	if (linkStamp === 0) {
		exactStamp.fill(0);
		keyStamp.fill(0);
		linkStamp = 1;
	}
	const stamp = linkStamp;
	let used = 0;
	for (let i = 0; i < n; i++) {
		const it = items[i]!;
		if (exactStamp[it.id] === stamp) {
			union(exactItem[it.id]!, i);
			continue;
		}
		exactStamp[it.id] = stamp;
		exactItem[it.id] = i;
		const keys = it.keys;
		if (keys === undefined) {
			continue;
		}
		for (let q = 0; q < keys.length; q++) {
			const key = keys[q]!;
			if (keyStamp[key] !== stamp) {
				keyStamp[key] = stamp;
				keySlot[key] = used;
				const at = used * (LIST_CAP + 1);
				slots[at] = 1;
				slots[at + 1] = i;
				used++;
				continue;
			}
			const at = keySlot[key]! * (LIST_CAP + 1);
			const count = slots[at]!;
			for (let m = 0; m < count; m++) {
				const j = slots[at + 1 + m]!;
				const other = items[j]!;
				const a = other.core;
				const b = it.core;
				if (Math.max(a.length, b.length) >= 4 && Math.min(a.length, b.length) >= 3 && a[0] === b[0] && other.prefix === it.prefix && oneEditApart(a, b)) {
					union(j, i);
				}
			}
			if (count < LIST_CAP) {
				slots[at + 1 + count] = i;
				slots[at] = count + 1;
			}
		}
	}
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		out[i] = find(i);
	}
	return out;
}
