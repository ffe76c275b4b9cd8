/**
 * Lookups the NER features need: an integer hash table, gazetteer membership (stored as hashes of the entries,
 * never as the lists themselves), and the trigger-word classes.
 */
import { TRIGGER_LISTS, type TriggerClass } from '../lexicon/nerTriggers';
import { matchKey } from '../normalize/normalize';
import { segmentations } from '../tokenize/clitics';
import { hashString, mix } from './hash';

/**
 * An open-addressing hash table from 32-bit keys to non-negative 32-bit values; `get` returns -1 when absent.
 * Keys and values are interleaved in one array (a lookup touches one cache line), a value is stored plus one so
 * that 0 marks an empty slot.
 */
export class IntMap {
	private readonly slots: Int32Array;
	private readonly mask: number;
	private count = 0;

	constructor(capacity: number) {
		let size = 16;
		while (size < capacity * 2) {
			size *= 2;
		}
		this.slots = new Int32Array(size * 2);
		this.mask = size - 1;
	}

	get size(): number {
		return this.count;
	}

	/** Sets `key` to `value` (overwrites). The table must not be filled past its capacity. */
	set(key: number, value: number): void {
		const slots = this.slots;
		const mask = this.mask;
		let i = (key ^ (key >>> 15)) & mask;
		while (slots[2 * i + 1] !== 0) {
			if (slots[2 * i] === key) {
				slots[2 * i + 1] = value + 1;
				return;
			}
			i = (i + 1) & mask;
		}
		slots[2 * i] = key;
		slots[2 * i + 1] = value + 1;
		this.count++;
	}

	/** The value of `key`, or -1. */
	get(key: number): number {
		const slots = this.slots;
		const mask = this.mask;
		let i = (key ^ (key >>> 15)) & mask;
		for (;;) {
			const v = slots[2 * i + 1]!;
			if (v === 0 || slots[2 * i] === key) {
				return v - 1;
			}
			i = (i + 1) & mask;
		}
	}
}

/** A lookup from 32-bit keys to row numbers; `get` returns -1 when absent. */
export interface RowIndex {
	get(key: number): number;
}

/**
 * The index of each of a list of keys sorted as unsigned 32-bit integers (the model's feature and gazetteer hashes),
 * without a hash table: the keys are spread evenly, so a table of where each bucket of their top bits starts leaves
 * about one key to compare per lookup. Built in one pass over the keys (no hashing, no probing), so a model decodes
 * faster.
 */
export class SortedKeyIndex implements RowIndex {
	/**
	 * @param keys the keys, sorted as unsigned integers
	 * @param starts where each bucket of {@link bucketShift}`(keys.length)` starts, and the key count last
	 */
	constructor(
		private readonly keys: Int32Array,
		private readonly starts: Int32Array,
		private readonly shift: number,
	) {}

	/** The index of sorted keys, or undefined when they are not sorted as unsigned integers. */
	static of(keys: Int32Array): SortedKeyIndex | undefined {
		const n = keys.length;
		const shift = bucketShift(n);
		const starts = new Int32Array(2 ** (32 - shift) + 1);
		let bucket = 0;
		let prev = -1;
		for (let i = 0; i < n; i++) {
			const u = keys[i]! >>> 0;
			if (u < prev) {
				return undefined;
			}
			prev = u;
			const b = u >>> shift;
			while (bucket < b) {
				starts[++bucket] = i;
			}
		}
		while (bucket < starts.length - 1) {
			starts[++bucket] = n;
		}
		return new SortedKeyIndex(keys, starts, shift);
	}

	/** The index of `key` in the list (the last one when it is listed twice), or -1. */
	get(key: number): number {
		const b = key >>> this.shift;
		const keys = this.keys;
		let found = -1;
		for (let i = this.starts[b]!, end = this.starts[b + 1]!; i < end; i++) {
			if (keys[i] === key) {
				found = i;
			}
		}
		return found;
	}
}

/** For `n` sorted keys, the shift of a key that gives its bucket: about one key per bucket (at most 2^24 buckets). */
export function bucketShift(n: number): number {
	let bits = 1;
	while (bits < 24 && 2 ** (bits + 1) <= n) {
		bits++;
	}
	return 32 - bits;
}

/** Gazetteer type bits. */
export const GAZ = {
	PER: 1,
	LOC: 2,
	ORG: 4,
	COUNTRY: 8,
	CITY: 16,
	/**
	 * A word of the Arabic spelling dictionary (Ayaspell, Debian hunspell-ar): a common word, not a name. Not an
	 * entity type: lookups that ask "is this a name?" mask it out with {@link GAZ_ENTITY}.
	 */
	DICT: 64,
	/** A verb form of the Arabic spelling dictionary (with {@link GAZ.DICT}: a function word). */
	VERB: 32,
	/** A proper prefix of a longer entry: a phrase match may go on. */
	PREFIX: 128,
} as const;

/** The bits of GAZ that are entity types (PER … CITY). */
export const GAZ_ENTITY = 0x1f;

/** Number of gazetteer type bits that are features (PER … CITY). */
export const GAZ_TYPES = 5;

/** The hash of one word of a gazetteer entry or of the text (its matching key). */
export function wordHash(key: string): number {
	return hashString(key, 0x2f1b3a77);
}

/** The hash of a phrase: the word hashes folded left to right. */
export function phraseHash(wordHashes: readonly number[]): number {
	let h = wordHashes[0]!;
	for (let i = 1; i < wordHashes.length; i++) {
		h = mix(h, wordHashes[i]!);
	}
	return h;
}

/**
 * Gazetteer membership: for every entry (a phrase of matching keys), the hash of the phrase with its type bits, and
 * for every proper prefix of an entry the PREFIX bit. Built by the trainer from the lists and stored in the model.
 */
export class Gazetteer {
	private readonly table: RowIndex;

	/**
	 * @param hashes phrase hashes
	 * @param bits the type bits of each
	 */
	constructor(
		readonly hashes: Int32Array,
		readonly bits: Uint8Array | Uint16Array,
		index?: SortedKeyIndex,
	) {
		const sorted = index ?? SortedKeyIndex.of(hashes);
		if (sorted !== undefined) {
			this.table = sorted;
			this.sorted = true;
		} else {
			const table = new IntMap(hashes.length);
			for (let i = 0; i < hashes.length; i++) {
				table.set(hashes[i]!, bits[i]!);
			}
			this.table = table;
			this.sorted = false;
		}
	}

	/** Whether `table` gives indices into `bits` (sorted hashes) rather than the bits themselves. */
	private readonly sorted: boolean;

	/** The bits of a phrase hash (0 when absent). */
	bitsOf(hash: number): number {
		const b = this.table.get(hash);
		return b < 0 ? 0 : this.sorted ? this.bits[b]! : b;
	}

	/** Builds the table from entries (phrases of words as written; they are keyed here) and their type bits. */
	static build(entries: ReadonlyArray<readonly [string, number]>): Gazetteer {
		const map = new Map<number, number>();
		for (const [phrase, type] of entries) {
			const words = phrase.split(/\s+/u).filter((w) => w !== '').map((w) => wordHash(matchKey(w)));
			if (words.length === 0) {
				continue;
			}
			let h = 0;
			for (let i = 0; i < words.length; i++) {
				h = i === 0 ? words[0]! : mix(h, words[i]!);
				const bit = i === words.length - 1 ? type : GAZ.PREFIX;
				map.set(h, (map.get(h) ?? 0) | bit);
			}
		}
		const keys = [...map.keys()].sort((a, b) => a - b);
		return new Gazetteer(Int32Array.from(keys), Uint8Array.from(keys.map((k) => map.get(k)!)));
	}
}

/**
 * The training lexicon: for words seen inside an entity in the training data, which tags they had (bits 0–3: B- of
 * PER LOC ORG MISC, bits 4–7: I- of the same) and how often they were part of an entity at all (bits 8–9: a bucket of
 * the share, see {@link ratioBucket}). Stored like the gazetteer, as hashes of the words.
 */
export function lexiconValue(tagCounts: ArrayLike<number>): number {
	let bits = 0;
	let ent = 0;
	for (let y = 1; y < tagCounts.length; y++) {
		if (tagCounts[y]! > 0) {
			bits |= 1 << (y % 2 === 1 ? (y - 1) >> 1 : 4 + ((y - 2) >> 1));
			ent += tagCounts[y]!;
		}
	}
	const total = ent + tagCounts[0]!;
	return bits | (ratioBucket(ent, tagCounts[0]!) << 8) | LEX_KNOWN | (freqBucket(total) << 11);
}

/** Set in every lexicon value: the word was seen in the training data (so a value is never 0). */
export const LEX_KNOWN = 1 << 10;

/** How often a word was seen in the training data, bucketed: 0 once, 1 up to 4 times, 2 up to 19, 3 more. */
export function freqBucket(n: number): number {
	return n <= 1 ? 0 : n <= 4 ? 1 : n < 20 ? 2 : 3;
}

/** The share of entity uses among all uses of a word, bucketed: 0 below 20%, 1 below 50%, 2 below 85%, 3 above. */
export function ratioBucket(entity: number, other: number): number {
	const r = entity / Math.max(1, entity + other);
	return r < 0.2 ? 0 : r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
}

/** Builds a hashed word table (training lexicon) from word keys and their values. */
export function wordTable(entries: ReadonlyArray<readonly [string, number]>): Gazetteer {
	const sorted = entries.map(([k, value]) => [wordHash(k), value] as const).sort((a, b) => a[0] - b[0]);
	return new Gazetteer(Int32Array.from(sorted.map((e) => e[0])), Uint16Array.from(sorted.map((e) => e[1])));
}

/** Trigger classes as small integers (1-based; 0 = none). */
export const TRIGGER_CLASSES: readonly TriggerClass[] = TRIGGER_LISTS.map(([c]) => c);

let triggerTable: Map<string, number> | undefined;

/** A word without the article, for trigger lookups. */
function bare(key: string): string {
	return key.length >= 4 && key.startsWith('ال') ? key.slice(2) : key;
}

/**
 * The trigger class of a word key (1-based index into {@link TRIGGER_CLASSES}), looked up on the word and on its
 * proclitic-stripped stems without the article; 0 when none.
 */
export function triggerClass(key: string): number {
	if (triggerTable === undefined) {
		triggerTable = new Map();
		TRIGGER_LISTS.forEach(([, words], i) => {
			for (const w of words) {
				const k = bare(matchKey(w));
				if (!triggerTable!.has(k)) {
					triggerTable!.set(k, i + 1);
				}
			}
		});
	}
	const whole = triggerTable.get(bare(key));
	if (whole !== undefined) {
		return whole;
	}
	for (const seg of segmentations(key)) {
		if (seg.prefix !== '') {
			const c = triggerTable.get(bare(seg.stem));
			if (c !== undefined) {
				return c;
			}
		}
	}
	return 0;
}
