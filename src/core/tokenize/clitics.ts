/**
 * Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك, the article ال, and their combinations
 * (وال، بال، لل، وبال، فلل …). They are written glued to the word, so «وبالرياض» is و + ب + ال + رياض.
 *
 * Segmentation is ambiguous (وزير is not و + زير), so this module never decides alone: it lists the candidate
 * segmentations of a matching key, and callers check the stems against a lexicon or against the other words of the
 * article. Every function works on matching keys (see `normalize.ts`).
 */

/** One way to read a word: the proclitics written before the stem, and the stem. */
export interface Segmentation {
	/** The proclitic letters as written in the key, e.g. «وبال». Empty for the whole word. */
	readonly prefix: string;
	/** What remains. */
	readonly stem: string;
	/** Whether the prefix ends with the article ال (or the ل of لل). */
	readonly article: boolean;
}

/**
 * Every proclitic sequence, from the longest to the shortest, with whether it carries the article.
 * ل + ال is written لل, so «للرئيس» is ل + ال + رئيس.
 */
const PREFIXES: ReadonlyArray<readonly [string, boolean]> = buildPrefixes();

function buildPrefixes(): Array<readonly [string, boolean]> {
	const out = new Map<string, boolean>();
	for (const conj of ['', 'و', 'ف']) {
		for (const prep of ['', 'ب', 'ك', 'ل']) {
			for (const art of [false, true]) {
				let p = conj + prep;
				if (art) {
					p = prep === 'ل' ? conj + 'لل' : p + 'ال';
				}
				if (p !== '') {
					out.set(p, art);
				}
			}
		}
	}
	return [...out.entries()].sort((a, b) => b[0].length - a[0].length);
}

/** The minimum length of a stem left after stripping proclitics. */
const MIN_STEM = 2;

/**
 * All candidate segmentations of a key, the unsegmented word first, then by increasing prefix length.
 * @param key a matching key
 * @example segmentations('وبالرياض') → [{'' 'وبالرياض'}, {'و' 'بالرياض'}, {'وب' 'الرياض'}, {'وبال' 'رياض'}]
 */
export function segmentations(key: string): Segmentation[] {
	const out: Segmentation[] = [{ prefix: '', stem: key, article: false }];
	for (let k = PREFIXES.length - 1; k >= 0; k--) {
		const [p, article] = PREFIXES[k]!;
		if (key.length - p.length >= MIN_STEM && key.startsWith(p)) {
			out.push({ prefix: p, stem: key.slice(p.length), article });
		}
	}
	return out;
}

/**
 * Looks a key up in a set, trying the word as written first and then each proclitic-stripped stem.
 * @param key a matching key
 * @param has membership test of the lexicon
 * @param options `article: false` to refuse stems that lost an article (a lexicon without ال forms)
 * @returns the first segmentation whose stem is in the lexicon, or undefined
 */
export function lookupWithClitics(key: string, has: (stem: string) => boolean): Segmentation | undefined {
	if (has(key)) {
		return { prefix: '', stem: key, article: false };
	}
	for (let k = PREFIXES.length - 1; k >= 0; k--) {
		const [p, article] = PREFIXES[k]!;
		if (key.length - p.length >= MIN_STEM && key.startsWith(p)) {
			const stem = key.slice(p.length);
			if (has(stem)) {
				return { prefix: p, stem, article };
			}
		}
	}
	return undefined;
}

/** Conjunction-only prefixes (و ف): they may precede a verb. */
export function stripConjunction(key: string): string {
	return key.length > 2 && (key.charCodeAt(0) === 0x0648 || key.charCodeAt(0) === 0x0641) ? key.slice(1) : key;
}

/**
 * A best-guess stem for features and tags when no lexicon decides: strips a prefix that ends with the article
 * (وال، بال، لل …) when at least two letters remain, and otherwise nothing. The article itself is kept off the stem.
 * @example guessStem('والرياض') === 'رياض'; guessStem('وزير') === 'وزير'
 */
export function guessStem(key: string): string {
	for (const [p, article] of PREFIXES) {
		if (article && key.length - p.length >= MIN_STEM && key.startsWith(p)) {
			return key.slice(p.length);
		}
	}
	return key;
}
