/**
 * `.isnad/house-style.json`: the desk's preferred spellings of names, which override the article's majority spelling
 * in `names.spelling-variant`:
 *
 * ```json
 * { "version": 1, "spellings": { "ترامب": "ترمب", "جونغ": "جونج" } }
 * ```
 *
 * The core validates the content (`validateHouseStyle`); this module adds the JSON syntax check with a position, and
 * points each problem at the entry it names. Pure: no `vscode`; the extension and the CLI share it.
 */
import { validateHouseStyle } from '../core/index';
import { offsetOfString, parseJson, type DataProblem } from './jsonProblems';

/** The path of the file inside a workspace folder. */
export const HOUSE_STYLE_PATH = '.isnad/house-style.json';

/**
 * Parses and validates `.isnad/house-style.json`.
 * @param text the file's text; an empty file sets nothing
 * @returns the valid spellings, and the problems found
 */
export function parseHouseStyle(text: string): { spellings: Readonly<Record<string, string>>; problems: readonly DataProblem[] } {
	if (text.trim() === '' || text.trim() === '\ufeff') {
		return { spellings: {}, problems: [] };
	}
	const { value, problems } = parseJson(text, HOUSE_STYLE_PATH);
	if (problems.length > 0) {
		return { spellings: {}, problems };
	}
	const { styles, errors } = validateHouseStyle(value);
	return {
		spellings: styles,
		problems: errors.map((message) => {
			// Messages name the entry as "…": point at its first occurrence in the file.
			const named = /"([^"]+)"/u.exec(message)?.[1];
			const offset = named === undefined ? undefined : offsetOfString(text, named);
			return { message: `${HOUSE_STYLE_PATH}: ${message}`, ...(offset === undefined ? {} : { offset }) };
		}),
	};
}
