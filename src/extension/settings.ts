/**
 * The shape of Isnad's settings and their validation. Pure: `config.ts` reads the raw values from VS Code and hands
 * them here, so every rule about defaults and bad values is unit-tested without VS Code.
 */
import type { Level, RuleMeta } from '../core/index';

/** The levels a rule can be set to, from silent to loudest. */
export const LEVELS: readonly Level[] = ['off', 'hint', 'info', 'warning', 'error'];

/** The highlight families, each switchable by `isnad.highlight.<family>`. */
export const HIGHLIGHT_FAMILIES = ['quotes', 'cues', 'speakers', 'entities', 'sources'] as const;
export type HighlightFamily = (typeof HIGHLIGHT_FAMILIES)[number];

/** Every Isnad setting, validated. */
export interface IsnadSettings {
	/** Languages (besides `arabic-news`) analysed when their letters are mostly Arabic. */
	readonly languages: readonly string[];
	/** The level of every rule of the registry (defaults filled in). */
	readonly rules: Readonly<Record<string, Level>>;
	/** Which highlight families are drawn. */
	readonly highlight: Readonly<Record<HighlightFamily, boolean>>;
	/** The keyword-tag command's settings. */
	readonly tags: { readonly count: number; readonly label: string; readonly separator: string };
	/** Documents longer than this many UTF-16 code units are not analysed. */
	readonly maxDocumentSize: number;
	/** Milliseconds of quiet after an edit before the document is analysed again. */
	readonly debounce: number;
}

/** The defaults, as in package.json. */
export const DEFAULTS = {
	languages: ['plaintext', 'markdown'] as readonly string[],
	tagsCount: 6,
	tagsLabel: 'كلمات دلالية',
	tagsSeparator: '، ',
	maxDocumentSize: 2 * 1024 * 1024,
	debounce: 60,
} as const;

/** Reads one raw setting value by its key under `isnad.` (e.g. `tags.count`). */
export type RawGetter = (key: string) => unknown;

/**
 * Validates Isnad's settings. A bad value falls back to its default and is reported in `problems`.
 * @param get returns the raw value of a key under `isnad.` (undefined when unset)
 * @param ruleLayers the raw `isnad.rules` objects from the lowest to the highest precedence (default, user, workspace,
 *   folder); later layers override earlier ones rule by rule
 * @param rules the rule registry
 */
export function parseSettings(get: RawGetter, ruleLayers: readonly unknown[], rules: readonly RuleMeta[]): { settings: IsnadSettings; problems: string[] } {
	const problems: string[] = [];
	const levels: Record<string, Level> = {};
	const known = new Set(rules.map((r) => r.id));
	for (const r of rules) {
		levels[r.id] = r.defaultLevel;
	}
	for (const layer of ruleLayers) {
		if (layer === undefined || layer === null) {
			continue;
		}
		if (typeof layer !== 'object' || Array.isArray(layer)) {
			problems.push('isnad.rules must be an object of rule ids and levels; it was ignored.');
			continue;
		}
		for (const [id, value] of Object.entries(layer as Record<string, unknown>)) {
			if (!known.has(id)) {
				problems.push(`isnad.rules: there is no rule "${id}"; the setting was ignored.`);
			} else if (typeof value !== 'string' || !(LEVELS as readonly string[]).includes(value)) {
				problems.push(`isnad.rules["${id}"] must be one of ${LEVELS.join(', ')}; ${JSON.stringify(value)} was ignored.`);
			} else {
				levels[id] = value as Level;
			}
		}
	}
	const languages = get('languages');
	const highlight = {} as Record<HighlightFamily, boolean>;
	for (const f of HIGHLIGHT_FAMILIES) {
		highlight[f] = bool(get(`highlight.${f}`), true, `highlight.${f}`, problems);
	}
	const settings: IsnadSettings = {
		languages: Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages : invalid(languages, DEFAULTS.languages, 'languages', problems),
		rules: levels,
		highlight,
		tags: {
			count: int(get('tags.count'), DEFAULTS.tagsCount, 1, 50, 'tags.count', problems),
			label: str(get('tags.label'), DEFAULTS.tagsLabel, 'tags.label', problems),
			separator: sep(get('tags.separator'), problems),
		},
		maxDocumentSize: int(get('maxDocumentSize'), DEFAULTS.maxDocumentSize, 0, Number.MAX_SAFE_INTEGER, 'maxDocumentSize', problems),
		debounce: int(get('debounce'), DEFAULTS.debounce, 0, 10_000, 'debounce', problems),
	};
	return { settings, problems };
}

function invalid<T>(value: unknown, fallback: T, key: string, problems: string[]): T {
	if (value !== undefined && value !== null) {
		problems.push(`isnad.${key}: ${JSON.stringify(value)} is not a valid value; the default ${JSON.stringify(fallback)} is used.`);
	}
	return fallback;
}

function bool(value: unknown, fallback: boolean, key: string, problems: string[]): boolean {
	return typeof value === 'boolean' ? value : invalid(value, fallback, key, problems);
}

function int(value: unknown, fallback: number, min: number, max: number, key: string, problems: string[]): number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : invalid(value, fallback, key, problems);
}

function str(value: unknown, fallback: string, key: string, problems: string[]): string {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : invalid(value, fallback, key, problems);
}

function sep(value: unknown, problems: string[]): string {
	// A separator may be a single space, so it is not trimmed, but it must not be empty or break the line.
	return typeof value === 'string' && value !== '' && !/[\r\n]/u.test(value) ? value : invalid(value, DEFAULTS.tagsSeparator, 'tags.separator', problems);
}
