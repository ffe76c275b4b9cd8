/**
 * The argument of the keyword-tag commands, for keybindings and automation. With an argument, the command skips the
 * QuickPick:
 *
 * - `{"count": 4}` writes the top 4 suggestions;
 * - `{"tags": ["بوتين", "روسيا"]}` writes exactly these tags (and `count`, if also given, keeps the first N of them).
 *
 * ```jsonc
 * // keybindings.json
 * { "key": "ctrl+alt+k", "command": "isnad.generateTags", "args": { "count": 6 }, "when": "isnad.active" }
 * ```
 *
 * Anything else (no argument, or the file URI VS Code passes from a context menu) means "ask the user". Pure.
 */

/** The parsed argument. */
export type TagsArgs =
	| { readonly mode: 'interactive' }
	| { readonly mode: 'auto'; readonly tags?: readonly string[]; readonly count?: number }
	| { readonly mode: 'invalid'; readonly error: string };

/** The most tags the commands write. */
export const MAX_TAGS = 50;

/**
 * Parses the argument a keyword-tag command was called with.
 * @param arg the first argument of the command
 */
export function parseTagsArgs(arg: unknown): TagsArgs {
	if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) {
		return { mode: 'interactive' };
	}
	const o = arg as Record<string, unknown>;
	if (!('tags' in o) && !('count' in o)) {
		return { mode: 'interactive' };
	}
	let count: number | undefined;
	if (o.count !== undefined) {
		if (typeof o.count !== 'number' || !Number.isInteger(o.count) || o.count < 1 || o.count > MAX_TAGS) {
			return { mode: 'invalid', error: `"count" must be a whole number from 1 to ${MAX_TAGS}; got ${JSON.stringify(o.count)}.` };
		}
		count = o.count;
	}
	if (o.tags === undefined) {
		return count === undefined ? { mode: 'interactive' } : { mode: 'auto', count };
	}
	if (!Array.isArray(o.tags) || !o.tags.every((t) => typeof t === 'string')) {
		return { mode: 'invalid', error: '"tags" must be a list of strings.' };
	}
	const seen = new Set<string>();
	const tags: string[] = [];
	for (const t of o.tags as string[]) {
		const clean = t.replace(/\s+/gu, ' ').trim();
		if (clean !== '' && !seen.has(clean)) {
			seen.add(clean);
			tags.push(clean);
		}
	}
	if (tags.length === 0) {
		return { mode: 'invalid', error: '"tags" must hold at least one non-empty tag.' };
	}
	return { mode: 'auto', tags: count === undefined ? tags : tags.slice(0, count), ...(count === undefined ? {} : { count }) };
}
