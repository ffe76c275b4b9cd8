/**
 * The workspace house-style file for name spellings, `.isnad/house-style.json`, and its validation.
 *
 * Format (JSON, UTF-8):
 *
 * ```json
 * {
 *   "version": 1,
 *   "spellings": {
 *     "ترامب": "ترمب",
 *     "جونغ": "جونج",
 *     "زيلنسكي": "زيلينسكي"
 *   }
 * }
 * ```
 *
 * - `spellings` maps each spelling to avoid (a single word, as it is written without proclitics) to the house spelling.
 *   The check `names.spelling-variant` then reports every use of the variant, even when the article uses no other
 *   spelling, and offers the house spelling as the fix; where an article mixes spellings, the house spelling wins over
 *   the majority.
 * - Matching ignores diacritics, tatweel and alef/hamza forms (the matching key), so one entry covers «ترامب» and
 *   «ترامْب».
 * - Optional keys: `"version"` (the number 1), `"$schema"` and `"description"` (strings).
 */
import { matchKey } from '../normalize/normalize';

/** The result of {@link validateHouseStyle}: the usable entries and a message per problem. */
export interface HouseStyleValidation {
	/** Variant → preferred spelling, for `AnalyzeOptions.houseStyle`. Entries with errors are left out. */
	readonly styles: Record<string, string>;
	/** One English sentence per problem, naming the entry. Empty when the file is valid. */
	readonly errors: string[];
}

const ALLOWED_TOP = new Set(['spellings', 'version', '$schema', 'description']);
const MAX_ENTRIES = 10000;
const MAX_LENGTH = 64;

/** Whether a spelling is one word of letters (Arabic or Latin), with diacritics and tatweel allowed. */
function isOneWord(s: string): boolean {
	return /^[\p{L}\p{M}]+$/u.test(s);
}

/**
 * Validates the parsed content of `.isnad/house-style.json`.
 * @param json the parsed JSON (anything; the function never throws)
 * @returns the usable entries and clear error messages
 */
export function validateHouseStyle(json: unknown): HouseStyleValidation {
	const styles: Record<string, string> = {};
	const errors: string[] = [];
	if (json === null || typeof json !== 'object' || Array.isArray(json)) {
		errors.push('The house-style file must hold a JSON object such as {"spellings": {"ترامب": "ترمب"}}.');
		return { styles, errors };
	}
	const top = json as Record<string, unknown>;
	for (const key of Object.keys(top)) {
		if (!ALLOWED_TOP.has(key)) {
			errors.push(`Unknown key "${key}": the house-style file has the keys "spellings" and, optionally, "version", "$schema" and "description".`);
		}
	}
	for (const key of ['$schema', 'description']) {
		if (key in top && typeof top[key] !== 'string') {
			errors.push(`"${key}" must be a string.`);
		}
	}
	if ('version' in top && top['version'] !== 1) {
		errors.push(`"version" must be 1 (found ${JSON.stringify(top['version'])}).`);
	}
	const spellings = top['spellings'];
	if (spellings === undefined) {
		errors.push('Missing "spellings": add an object that maps each spelling to avoid to the house spelling, e.g. {"spellings": {"ترامب": "ترمب"}}.');
		return { styles, errors };
	}
	if (spellings === null || typeof spellings !== 'object' || Array.isArray(spellings)) {
		errors.push('"spellings" must be an object that maps each spelling to avoid to the house spelling, e.g. {"ترامب": "ترمب"}.');
		return { styles, errors };
	}
	const entries = Object.entries(spellings as Record<string, unknown>);
	if (entries.length > MAX_ENTRIES) {
		errors.push(`"spellings" has ${entries.length} entries; at most ${MAX_ENTRIES} are read.`);
	}
	const byKey = new Map<string, { variant: string; preferred: string }>();
	const preferredKeys = new Map<string, string>();
	for (const [variant, preferred] of entries.slice(0, MAX_ENTRIES)) {
		const v = variant.trim();
		if (typeof preferred !== 'string') {
			errors.push(`"${variant}": the house spelling must be a string, not ${preferred === null ? 'null' : Array.isArray(preferred) ? 'an array' : typeof preferred}.`);
			continue;
		}
		const p = preferred.trim();
		if (v === '' || p === '') {
			errors.push(`"${variant}": neither the variant nor the house spelling may be empty.`);
			continue;
		}
		if (v.length > MAX_LENGTH || p.length > MAX_LENGTH) {
			errors.push(`"${variant}": spellings are single words of at most ${MAX_LENGTH} characters.`);
			continue;
		}
		if (!isOneWord(v) || !isOneWord(p)) {
			errors.push(`"${variant}" → "${preferred}": write single words of letters, without spaces, digits or punctuation (list each word of a longer name on its own).`);
			continue;
		}
		const vk = matchKey(v);
		const pk = matchKey(p);
		if (vk === pk) {
			errors.push(`"${variant}" → "${preferred}": the variant and the house spelling are the same word (they differ only in diacritics, tatweel or alef/hamza forms).`);
			continue;
		}
		const earlier = byKey.get(vk);
		if (earlier !== undefined) {
			if (matchKey(earlier.preferred) !== pk) {
				errors.push(`"${variant}" is listed twice with different house spellings ("${earlier.preferred}" and "${preferred}"); keep one.`);
			}
			continue;
		}
		byKey.set(vk, { variant: v, preferred: p });
		preferredKeys.set(pk, p);
	}
	for (const [vk, { variant, preferred }] of byKey) {
		if (preferredKeys.has(vk)) {
			errors.push(`"${variant}" is both a spelling to avoid and a house spelling; map every variant straight to the final spelling.`);
			continue;
		}
		styles[variant] = preferred;
	}
	return { styles, errors };
}
