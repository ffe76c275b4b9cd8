/**
 * `.isnad/acknowledged.json`: the findings a desk has reviewed and chosen to keep. Each entry holds a finding's
 * fingerprint (rule id + a hash of its normalized sentence), so the finding stays silent until its sentence changes;
 * nothing is ever written into the article. The file is meant to be reviewed in version control:
 *
 * ```json
 * {
 *   "version": 1,
 *   "acknowledged": [
 *     { "fingerprint": "sources.anonymous-no-reason:0f3a9c1d2e4b5a", "rule": "sources.anonymous-no-reason",
 *       "file": "news/article.arnews", "excerpt": "وقال مسؤول…", "date": "2026-11-29" }
 *   ]
 * }
 * ```
 *
 * Pure: no `vscode`; the extension and the CLI share it.
 */
import { isObject, offsetOfString, parseJson, type DataProblem } from './jsonProblems';

/** The path of the file inside a workspace folder. */
export const ACKNOWLEDGED_PATH = '.isnad/acknowledged.json';

/** One acknowledged finding. Only `fingerprint` is used; the rest is for the people reviewing the file. */
export interface AcknowledgedEntry {
	readonly fingerprint: string;
	readonly rule?: string;
	readonly file?: string;
	readonly excerpt?: string;
	readonly date?: string;
	readonly note?: string;
}

/** What a fingerprint looks like: `<rule id>:<hash>`. */
const FINGERPRINT = /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+:[0-9a-z]+$/u;
const ENTRY_KEYS = new Set(['fingerprint', 'rule', 'file', 'excerpt', 'date', 'note']);
const TOP_KEYS = new Set(['version', 'acknowledged', '$schema', '$comment']);

/** The parsed file: the valid fingerprints, and the problems found (the valid entries are used even then). */
export interface AcknowledgedFile {
	readonly fingerprints: ReadonlySet<string>;
	readonly problems: readonly DataProblem[];
}

/**
 * Parses and validates `.isnad/acknowledged.json`.
 * @param text the file's text; an empty file acknowledges nothing
 */
export function parseAcknowledged(text: string): AcknowledgedFile {
	const fingerprints = new Set<string>();
	if (text.trim() === '' || text.trim() === '\ufeff') {
		return { fingerprints, problems: [] };
	}
	const { value, problems: syntax } = parseJson(text, ACKNOWLEDGED_PATH);
	if (syntax.length > 0) {
		return { fingerprints, problems: syntax };
	}
	const problems: DataProblem[] = [];
	const at = (s: string): { offset?: number } => {
		const o = offsetOfString(text, s);
		return o === undefined ? {} : { offset: o };
	};
	if (!isObject(value)) {
		return { fingerprints, problems: [{ message: `${ACKNOWLEDGED_PATH} must hold an object like {"version": 1, "acknowledged": [...]}.`, offset: 0 }] };
	}
	for (const k of Object.keys(value)) {
		if (!TOP_KEYS.has(k)) {
			problems.push({ message: `${ACKNOWLEDGED_PATH}: unknown key "${k}" (expected "version" and "acknowledged").`, ...at(k) });
		}
	}
	if (value.version !== undefined && value.version !== 1) {
		problems.push({ message: `${ACKNOWLEDGED_PATH}: "version" must be 1; ${JSON.stringify(value.version)} is not supported by this version of Isnad.`, ...at('version') });
	}
	const list = value.acknowledged;
	if (list === undefined) {
		problems.push({ message: `${ACKNOWLEDGED_PATH}: the "acknowledged" list is missing.`, offset: 0 });
		return { fingerprints, problems };
	}
	if (!Array.isArray(list)) {
		problems.push({ message: `${ACKNOWLEDGED_PATH}: "acknowledged" must be a list of entries.`, ...at('acknowledged') });
		return { fingerprints, problems };
	}
	list.forEach((item: unknown, i: number) => {
		const fp = typeof item === 'string' ? item : isObject(item) ? item.fingerprint : undefined;
		if (isObject(item)) {
			for (const k of Object.keys(item)) {
				if (!ENTRY_KEYS.has(k)) {
					problems.push({ message: `${ACKNOWLEDGED_PATH}: acknowledged[${i}] has an unknown key "${k}".`, ...at(k) });
				} else if (item[k] !== undefined && typeof item[k] !== 'string') {
					problems.push({ message: `${ACKNOWLEDGED_PATH}: acknowledged[${i}].${k} must be a string.`, ...at(k) });
				}
			}
		}
		if (typeof fp !== 'string') {
			problems.push({ message: `${ACKNOWLEDGED_PATH}: acknowledged[${i}] needs a "fingerprint" string like "sources.anonymous-no-reason:0f3a9c1d2e4b5a".`, ...(typeof item === 'object' && item !== null ? {} : { offset: 0 }) });
		} else if (!FINGERPRINT.test(fp)) {
			problems.push({ message: `${ACKNOWLEDGED_PATH}: acknowledged[${i}].fingerprint "${fp}" is not a fingerprint (expected "<rule id>:<hash>").`, ...at(fp) });
		} else {
			fingerprints.add(fp);
		}
	});
	return { fingerprints, problems };
}

/**
 * Adds an acknowledgement to the file's text, keeping everything else in it.
 * @param text the current text, or undefined when the file does not exist
 * @param entry the entry to add
 * @returns the new text (unchanged when the fingerprint is already there), or the problems that make the file unsafe
 *   to rewrite (it is then left as it is)
 */
export function addAcknowledgement(text: string | undefined, entry: AcknowledgedEntry): { text: string; changed: boolean } | { problems: readonly DataProblem[] } {
	if (!FINGERPRINT.test(entry.fingerprint)) {
		return { problems: [{ message: `"${entry.fingerprint}" is not a finding fingerprint.` }] };
	}
	const fresh = text === undefined || text.trim() === '' || text.trim() === '\ufeff';
	if (!fresh) {
		const parsed = parseAcknowledged(text);
		if (parsed.problems.length > 0) {
			return { problems: parsed.problems };
		}
		if (parsed.fingerprints.has(entry.fingerprint)) {
			return { text, changed: false };
		}
	}
	const obj = fresh ? { version: 1, acknowledged: [] as unknown[] } : (parseJson(text, ACKNOWLEDGED_PATH).value as { acknowledged: unknown[] });
	const clean: Record<string, string> = {};
	for (const k of ['fingerprint', 'rule', 'file', 'excerpt', 'date', 'note'] as const) {
		const v = entry[k];
		if (v !== undefined && v !== '') {
			clean[k] = v;
		}
	}
	obj.acknowledged.push(clean);
	return { text: JSON.stringify(obj, null, 2) + '\n', changed: true };
}
