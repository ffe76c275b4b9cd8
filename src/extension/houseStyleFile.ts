/**
 * `.isnad/house-style.json`: the desk's preferred spellings of names, which override the article's majority spelling
 * in the `names.spelling-variant` quick fix:
 *
 * ```json
 * { "version": 1, "spellings": { "ترامب": "ترمب", "جونغ": "جونج" } }
 * ```
 *
 * Each key is a variant, each value the spelling to use. Pure: no `vscode`; the extension and the CLI share it.
 */
import { isObject, offsetOfString, parseJson, type DataProblem } from './jsonProblems';

/** The path of the file inside a workspace folder. */
export const HOUSE_STYLE_PATH = '.isnad/house-style.json';

const TOP_KEYS = new Set(['version', 'spellings', '$schema', '$comment']);

/**
 * Parses and validates `.isnad/house-style.json`.
 * @param text the file's text; an empty file sets nothing
 * @returns the valid spellings, and the problems found
 */
export function parseHouseStyle(text: string): { spellings: Readonly<Record<string, string>>; problems: readonly DataProblem[] } {
	const spellings: Record<string, string> = {};
	if (text.trim() === '' || text.trim() === '\ufeff') {
		return { spellings, problems: [] };
	}
	const { value, problems: syntax } = parseJson(text, HOUSE_STYLE_PATH);
	if (syntax.length > 0) {
		return { spellings, problems: syntax };
	}
	const problems: DataProblem[] = [];
	const at = (s: string): { offset?: number } => {
		const o = offsetOfString(text, s);
		return o === undefined ? {} : { offset: o };
	};
	if (!isObject(value)) {
		return { spellings, problems: [{ message: `${HOUSE_STYLE_PATH} must hold an object like {"version": 1, "spellings": {"ترامب": "ترمب"}}.`, offset: 0 }] };
	}
	for (const k of Object.keys(value)) {
		if (!TOP_KEYS.has(k)) {
			problems.push({ message: `${HOUSE_STYLE_PATH}: unknown key "${k}" (expected "version" and "spellings").`, ...at(k) });
		}
	}
	if (value.version !== undefined && value.version !== 1) {
		problems.push({ message: `${HOUSE_STYLE_PATH}: "version" must be 1; ${JSON.stringify(value.version)} is not supported by this version of Isnad.`, ...at('version') });
	}
	const map = value.spellings;
	if (map === undefined) {
		problems.push({ message: `${HOUSE_STYLE_PATH}: the "spellings" object is missing.`, offset: 0 });
		return { spellings, problems };
	}
	if (!isObject(map)) {
		problems.push({ message: `${HOUSE_STYLE_PATH}: "spellings" must be an object of variant → preferred spelling.`, ...at('spellings') });
		return { spellings, problems };
	}
	const variants = new Set(Object.keys(map).map((k) => k.trim()));
	for (const [rawKey, rawValue] of Object.entries(map)) {
		const key = rawKey.trim();
		if (key === '' || /[\r\n]/u.test(key)) {
			problems.push({ message: `${HOUSE_STYLE_PATH}: a variant must be a non-empty name on one line.`, ...at(rawKey) });
			continue;
		}
		if (typeof rawValue !== 'string' || rawValue.trim() === '' || /[\r\n]/u.test(rawValue)) {
			problems.push({ message: `${HOUSE_STYLE_PATH}: the preferred spelling of "${key}" must be a non-empty name on one line.`, ...at(rawKey) });
			continue;
		}
		const preferred = rawValue.trim();
		if (preferred === key) {
			problems.push({ message: `${HOUSE_STYLE_PATH}: "${key}" is mapped to itself.`, ...at(rawKey) });
			continue;
		}
		if (variants.has(preferred)) {
			problems.push({ message: `${HOUSE_STYLE_PATH}: "${preferred}" is both a preferred spelling (of "${key}") and a variant; map every variant straight to the preferred spelling.`, ...at(rawKey) });
			continue;
		}
		spellings[key] = preferred;
	}
	return { spellings, problems };
}
