/**
 * `isnad`, the command line: `check`, `analyze [--json]`, `tags`, `tokens`, `normalize`, `rules`. Bundled to
 * dist/cli.js (`bin` in package.json). It reads files and standard input, prints to standard output, reports problems
 * on standard error one line each, and never writes a file.
 * Exit codes: 0 success; 1 `check` found findings at or above `--fail-on`; 2 usage error or unreadable input.
 */
import { analyze, LineIndex, normalize, RULES, tokenize, type AnalyzeOptions, type Level, type Severity } from '../core/index';
import { helpText, parseArgs, UsageError, type CliArgs } from './args';
import { toContract } from './contract';
import { expandPaths, InputError, readInput, type Input } from './input';
import { summary } from './summary';
import { WorkspaceFiles } from './workspace';
import { version } from '../../package.json';


const SEVERITY_RANK: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Output sinks, so the whole run is a function of its arguments. */
interface Io {
	out(line: string): void;
	err(line: string): void;
}

/**
 * Runs the CLI.
 * @param argv the arguments after the program name
 * @param io where to print
 * @returns the exit code
 */
export function run(argv: readonly string[], io: Io): number {
	let args: CliArgs;
	try {
		args = parseArgs(argv);
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`isnad: ${e.message} (see isnad --help)`);
			return 2;
		}
		throw e;
	}
	if (args.version) {
		io.out(version);
		return 0;
	}
	if (args.help) {
		io.out(helpText(args.helpTopic));
		return 0;
	}
	if (args.command === 'rules') {
		return rules(args, io);
	}
	const unknown = Object.keys(args.rules).filter((id) => !RULES.some((r) => r.id === id));
	if (unknown.length > 0) {
		io.err(`isnad: unknown rule "${unknown[0]}" (see isnad rules)`);
		return 2;
	}
	if (args.paths.length === 0) {
		io.err(`isnad: ${args.command} needs a file, a folder or "-" (see isnad help ${args.command})`);
		return 2;
	}
	if ((args.command === 'tokens' || args.command === 'normalize') && args.paths.length > 1) {
		io.err(`isnad: ${args.command} takes one file`);
		return 2;
	}
	const { files, errors } = expandPaths(args.paths);
	let failed = errors.length > 0;
	for (const e of errors) {
		io.err(`isnad: ${e}`);
	}
	const workspace = new WorkspaceFiles();
	let worst = -1;
	let findings = 0;
	let analysed = 0;
	for (const file of files) {
		let input: Input;
		try {
			input = readInput(file);
		} catch (e) {
			if (e instanceof InputError) {
				io.err(`isnad: ${e.message}`);
				failed = true;
				continue;
			}
			throw e;
		}
		analysed++;
		const options = (tags: boolean): AnalyzeOptions => {
			const data = args.workspaceFiles ? workspace.optionsFor(input.dir) : undefined;
			return {
				rules: args.rules,
				tags,
				...(args.count === undefined ? {} : { tagCount: args.count }),
				...(data === undefined ? {} : { acknowledged: data.acknowledged, houseStyle: data.houseStyle }),
			};
		};
		switch (args.command) {
			case 'check': {
				const a = analyze(input.text, options(false));
				const index = new LineIndex(input.text);
				for (const f of a.findings) {
					const p = index.position(f.start);
					io.out(`${input.name}:${p.line}:${p.column} ${f.severity} ${f.ruleId} ${f.message}`);
					worst = Math.max(worst, SEVERITY_RANK[f.severity]);
				}
				findings += a.findings.length;
				break;
			}
			case 'analyze': {
				const a = analyze(input.text, options(true));
				io.out(args.json ? JSON.stringify(toContract(input.name, a)) : summary(input.name, input.text, a) + '\n');
				break;
			}
			case 'tags': {
				const a = analyze(input.text, { ...options(true), rules: allOff() });
				const tags = a.tags.map((t) => t.text);
				if (args.json) {
					io.out(JSON.stringify({ file: input.name, tags }));
				} else {
					if (files.length > 1) {
						io.out(`${input.name}:`);
					}
					for (const t of tags) {
						io.out(t);
					}
				}
				break;
			}
			case 'tokens':
				for (const t of tokenize(input.text).tokens) {
					io.out(`${t.start}-${t.end}\t${t.kind}\t${t.text}\t${t.key}`);
				}
				break;
			case 'normalize':
				io.out(normalize(input.text).key);
				break;
		}
	}
	for (const p of workspace.problems) {
		io.err(`isnad: ${p}`);
		failed = true;
	}
	if (args.command === 'check') {
		io.err(findings === 0 ? `isnad: no findings in ${analysed} file${analysed === 1 ? '' : 's'}` : `isnad: ${findings} finding${findings === 1 ? '' : 's'} in ${analysed} file${analysed === 1 ? '' : 's'}`);
	}
	if (failed) {
		return 2;
	}
	if (args.command === 'check' && args.failOn !== 'none' && worst >= SEVERITY_RANK[args.failOn]) {
		return 1;
	}
	return 0;
}

function rules(args: CliArgs, io: Io): number {
	if (args.json) {
		io.out(JSON.stringify(RULES, null, 2));
		return 0;
	}
	const w = Math.max(...RULES.map((r) => r.id.length), 4);
	io.out(`${'RULE'.padEnd(w)}  ${'LEVEL'.padEnd(7)}  TITLE`);
	for (const r of RULES) {
		io.out(`${r.id.padEnd(w)}  ${r.defaultLevel.padEnd(7)}  ${r.title}${r.standard === undefined ? '' : ` [${r.standard.split(' ')[0]}]`}`);
	}
	return 0;
}

/** Every rule off: `tags` needs no findings. */
function allOff(): Record<string, Level> {
	return Object.fromEntries(RULES.map((r) => [r.id, 'off' as Level]));
}

// The entry point when bundled as dist/cli.js; the unit tests call `run` directly through the bundle's spawn.
if (typeof require !== 'undefined' && require.main === module) {
	const chunks: string[] = [];
	let broken = false;
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		// `isnad analyze --json big | head` closes the pipe early: stop quietly.
		if (e.code === 'EPIPE') {
			broken = true;
			process.exit(process.exitCode ?? 0);
		}
		throw e;
	});
	const flush = (): void => {
		if (chunks.length > 0 && !broken) {
			process.stdout.write(chunks.join(''));
			chunks.length = 0;
		}
	};
	let size = 0;
	const code = run(process.argv.slice(2), {
		out: (line) => {
			chunks.push(line, '\n');
			size += line.length;
			if (size > 1 << 20) {
				flush();
				size = 0;
			}
		},
		err: (line) => process.stderr.write(line + '\n'),
	});
	flush();
	process.exitCode = code;
}
