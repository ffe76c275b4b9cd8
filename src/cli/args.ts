/**
 * Command-line parsing for `isnad`: a command, its options (anywhere after it, `--name value` or `--name=value`), and
 * its operands; `--` ends the options.
 */
import type { Level, Severity } from '../core/index';

/** The commands. */
export const CLI_COMMANDS = ['check', 'analyze', 'tags', 'tokens', 'normalize', 'rules', 'help'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

/** Parsed arguments. */
export interface CliArgs {
	readonly command: CliCommand;
	readonly paths: readonly string[];
	readonly json: boolean;
	readonly failOn: Severity | 'none';
	readonly count: number | undefined;
	readonly rules: Readonly<Record<string, Level>>;
	readonly workspaceFiles: boolean;
	readonly help: boolean;
	readonly version: boolean;
	/** The command help is asked for (`isnad help check`). */
	readonly helpTopic?: string;
}

/** A usage error: the message is printed with a pointer to `--help`. */
export class UsageError extends Error {}

const LEVELS = new Set(['off', 'hint', 'info', 'warning', 'error']);
const FAIL_ON = new Set(['hint', 'info', 'warning', 'error', 'none']);

/**
 * Parses `process.argv.slice(2)`.
 * @param argv the arguments
 */
export function parseArgs(argv: readonly string[]): CliArgs {
	let command: CliCommand | undefined;
	const paths: string[] = [];
	let json = false;
	let failOn: Severity | 'none' = 'warning';
	let count: number | undefined;
	const rules: Record<string, Level> = {};
	let workspaceFiles = true;
	let help = false;
	let version = false;
	let optionsDone = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (optionsDone || arg === '-' || !arg.startsWith('-')) {
			if (command === undefined) {
				if (!(CLI_COMMANDS as readonly string[]).includes(arg)) {
					throw new UsageError(`unknown command "${arg}"`);
				}
				command = arg as CliCommand;
			} else {
				paths.push(arg);
			}
			continue;
		}
		if (arg === '--') {
			optionsDone = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const name = eq < 0 ? arg : arg.slice(0, eq);
		const value = (): string => {
			if (eq >= 0) {
				return arg.slice(eq + 1);
			}
			const next = argv[i + 1];
			if (next === undefined) {
				throw new UsageError(`${name} needs a value`);
			}
			i++;
			return next;
		};
		switch (name) {
			case '-h':
			case '--help':
				help = true;
				break;
			case '-v':
			case '--version':
				version = true;
				break;
			case '--json':
				json = true;
				break;
			case '--no-workspace-files':
				workspaceFiles = false;
				break;
			case '--fail-on': {
				const v = value();
				if (!FAIL_ON.has(v)) {
					throw new UsageError(`--fail-on must be one of error, warning, info, hint, none; got "${v}"`);
				}
				failOn = v as Severity | 'none';
				break;
			}
			case '--count': {
				const v = value();
				const n = Number(v);
				if (!/^\d+$/u.test(v) || n < 1 || n > 100) {
					throw new UsageError(`--count must be a whole number from 1 to 100; got "${v}"`);
				}
				count = n;
				break;
			}
			case '--rule': {
				const v = value();
				const m = /^([^=]+)=(\w+)$/u.exec(v);
				if (m === null || !LEVELS.has(m[2]!)) {
					throw new UsageError(`--rule takes RULE-ID=LEVEL with LEVEL one of off, hint, info, warning, error; got "${v}"`);
				}
				rules[m[1]!] = m[2] as Level;
				break;
			}
			default:
				throw new UsageError(`unknown option "${name}"`);
		}
	}
	if (command === 'help') {
		return { command: 'help', paths: [], json, failOn, count, rules, workspaceFiles, help: true, version, ...(paths[0] === undefined ? {} : { helpTopic: paths[0] }) };
	}
	if (command === undefined) {
		if (help || version) {
			return { command: 'help', paths: [], json, failOn, count, rules, workspaceFiles, help, version };
		}
		throw new UsageError('no command given');
	}
	return { command, paths, json, failOn, count, rules, workspaceFiles, help, version, ...(help ? { helpTopic: command } : {}) };
}

/** The help text of the whole tool or of one command. */
export function helpText(topic?: string): string {
	const commands: Record<string, string> = {
		check: `isnad check [options] PATH...
  Checks articles and prints one line per finding: FILE:LINE:COL SEVERITY RULE-ID MESSAGE.
  Folders are searched recursively for *.arnews, *.txt and *.md files; "-" reads standard input.
  Exit code: 0 no finding at or above --fail-on, 1 findings at or above it, 2 an input could not be read.
  --fail-on LEVEL       error | warning (default) | info | hint | none
  --rule ID=LEVEL       set a rule's level (off, hint, info, warning, error); repeatable
  --no-workspace-files  ignore .isnad/acknowledged.json and .isnad/house-style.json`,
		analyze: `isnad analyze [--json] [options] FILE...|-
  Prints the analysis of each file: with --json, one JSON object per line and file:
  {"file", "quotes": [{start, end, speaker, cue}], "cues": [{start, end, lemma}], "entities": [{start, end, type}],
   "sources": [{start, end, anonymous, reason}], "tags": [...], "findings": [{ruleId, severity, start, end, message}]}
  Offsets are UTF-16 code units into the text as decoded from UTF-8 (a leading BOM counts as one).
  Without --json, a readable summary. --rule and --no-workspace-files as for check.`,
		tags: `isnad tags [--count N] [--json] FILE...|-
  Suggests keyword tags («كلمات دلالية»), best first, one per line (--json: {"file", "tags"} per line). Default count 6.`,
		tokens: `isnad tokens FILE|-
  Prints the tokens: START-END KIND TEXT KEY, one per line (for debugging the tokenizer).`,
		normalize: `isnad normalize FILE|-
  Prints the matching key of the text (diacritics removed, letters folded), as the analyzers see it.`,
		rules: `isnad rules [--json]
  Lists every rule: id, default level, title.`,
	};
	if (topic !== undefined && commands[topic] !== undefined) {
		return commands[topic]!;
	}
	return `isnad — makes the sourcing of Arabic news copy visible: quotes, attribution, sources, names, keyword tags.

Usage: isnad <command> [options] [PATH...]

${Object.values(commands).join('\n\n')}

  -h, --help     show this help (isnad help <command> for one command)
  -v, --version  show the version`;
}
