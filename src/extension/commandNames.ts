/**
 * The names of Isnad's commands, without the `isnad.` prefix, which `commands.ts` adds once when registering.
 * `manifest.test.ts` checks that each one is contributed in package.json with the category "Isnad". Pure.
 */

/** The prefix of every command id. */
export const COMMAND_PREFIX = 'isnad.';

/** Every command, by name. */
export const COMMAND_NAMES = [
	/** "Isnad: Generate Keyword Tags" — QuickPick, then one edit to the «كلمات دلالية:» line; accepts `{tags?, count?}`. */
	'generateTags',
	/** "Isnad: Copy Keyword Tags" — the same choice, to the clipboard; accepts `{tags?, count?}`. */
	'copyTags',
	/** "Isnad: Show Sourcing Report" — the RTL web view. */
	'showReport',
	/** "Isnad: List Sources" — the status bar's QuickPick of sources; reveals the chosen one. */
	'showSources',
	/** "Isnad: Analyze Document Again" — re-reads `.isnad/` files and re-analyses open documents. */
	'reanalyze',
	/** "Isnad: Open Rules Documentation" — docs/rules.md, optionally at a rule (argument: a rule id). */
	'showRules',
	/** Hidden: the "Acknowledge" quick fix; stores a finding's fingerprint in `.isnad/acknowledged.json`. */
	'acknowledge',
	/** Hidden: reveals a span of a document (links of the report). Arguments: uri string, start, end offsets. */
	'reveal',
	/**
	 * Hidden, for tests and automation: the active editor's highlight ranges per family as plain JSON
	 * `{quotes, cues, speakers, entities: {PER, LOC, ORG, MISC}, namedSources, anonymousSources}`, each a list of
	 * `[startLine, startChar, endLine, endChar]` (0-based). An optional argument (a URI or URI string) picks a visible
	 * editor other than the active one.
	 */
	'getHighlightRanges',
] as const;

/** A command name. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The commands hidden from the Command Palette. */
export const HIDDEN_COMMANDS: ReadonlySet<CommandName> = new Set(['acknowledge', 'reveal', 'getHighlightRanges']);
