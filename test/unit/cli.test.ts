// The CLI at its boundary: dist/cli.js is spawned as a user or a newsroom pipeline would run it.
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze, RULES } from '../../src/core/index';
import { toContract } from '../../src/cli/contract';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLE = join(ROOT, 'samples/seed-article.arnews');

function newestSource(dir: string): number {
	let newest = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
	}
	return newest;
}

function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', input: options.input, maxBuffer: 1 << 30 });
}

/** Every file under a folder with its size and modification time: to prove the CLI writes nothing. */
function snapshot(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: false })
		.map(String)
		.sort()
		.map((f) => `${f}:${statSync(join(dir, f)).size}:${statSync(join(dir, f)).mtimeMs}`);
}

suite('cli: isnad', function () {
	// Each test spawns the CLI a few times (about 0.5 s each on a busy machine).
	this.timeout(60_000);
	let tmp: string;

	suiteSetup(function () {
		this.timeout(120_000);
		// `npm test` bundles first; `--unit` does not, so a missing or stale CLI bundle is built here.
		if (!existsSync(CLI) || statSync(CLI).mtimeMs < newestSource(join(ROOT, 'src'))) {
			const r = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
			assert.equal(r.status, 0, r.stderr);
		}
		tmp = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
	});

	suiteTeardown(() => {
		rmSync(tmp, { recursive: true, force: true });
	});

	test('analyze --json: exactly the contract of design.md on the sample, field by field', () => {
		const r = cli(['analyze', '--json', SAMPLE]);
		assert.equal(r.status, 0, r.stderr);
		assert.equal(r.stderr, '');
		const lines = r.stdout.split('\n').filter((l) => l !== '');
		assert.equal(lines.length, 1);
		const o = JSON.parse(lines[0]!) as Record<string, unknown>;
		assert.deepEqual(Object.keys(o), ['file', 'quotes', 'cues', 'entities', 'sources', 'tags', 'findings']);
		const text = readFileSync(SAMPLE, 'utf8');
		const isSpan = (s: unknown): boolean => {
			const x = s as { start: number; end: number };
			return typeof s === 'object' && s !== null && Object.keys(s).join() === 'start,end' && Number.isInteger(x.start) && Number.isInteger(x.end) && 0 <= x.start && x.start <= x.end && x.end <= text.length;
		};
		assert.equal(o.file, SAMPLE);
		const quotes = o.quotes as Array<Record<string, unknown>>;
		assert.ok(quotes.length >= 2);
		for (const q of quotes) {
			assert.deepEqual(Object.keys(q), ['start', 'end', 'speaker', 'cue']);
			assert.ok(isSpan({ start: q.start, end: q.end }));
			assert.ok(q.speaker === null || isSpan(q.speaker));
			assert.ok(q.cue === null || isSpan(q.cue));
			assert.match(text.slice(q.start as number, (q.start as number) + 1), /["'«“]/u, 'a quote span includes its opening mark');
		}
		for (const c of o.cues as Array<Record<string, unknown>>) {
			assert.deepEqual(Object.keys(c), ['start', 'end', 'lemma']);
			assert.ok(isSpan({ start: c.start, end: c.end }) && typeof c.lemma === 'string' && c.lemma !== '');
		}
		for (const e of o.entities as Array<Record<string, unknown>>) {
			assert.deepEqual(Object.keys(e), ['start', 'end', 'type']);
			assert.ok(['PER', 'LOC', 'ORG', 'MISC'].includes(e.type as string));
		}
		for (const s of o.sources as Array<Record<string, unknown>>) {
			assert.deepEqual(Object.keys(s), ['start', 'end', 'anonymous', 'reason']);
			assert.equal(typeof s.anonymous, 'boolean');
			assert.ok(s.reason === null || isSpan(s.reason));
		}
		assert.ok((o.tags as unknown[]).length > 0 && (o.tags as unknown[]).every((t) => typeof t === 'string' && t !== ''), 'tags are computed');
		for (const f of o.findings as Array<Record<string, unknown>>) {
			assert.deepEqual(Object.keys(f), ['ruleId', 'severity', 'start', 'end', 'message']);
			assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity as string));
			assert.ok(isSpan({ start: f.start, end: f.end }));
		}
		// The same as the core computes in-process: the CLI adds nothing and drops nothing.
		assert.deepEqual(o, JSON.parse(JSON.stringify(toContract(SAMPLE, analyze(text, { tags: true })))));
	});

	test('analyze --json on standard input ("-"), several files as several lines, and a BOM counted as one code unit', () => {
		const text = readFileSync(SAMPLE, 'utf8');
		const fromStdin = cli(['analyze', '--json', '-'], { input: text });
		assert.equal(fromStdin.status, 0, fromStdin.stderr);
		const a = JSON.parse(fromStdin.stdout) as { file: string; quotes: Array<{ start: number }> };
		assert.equal(a.file, '-');
		const bom = join(tmp, 'bom.txt');
		writeFileSync(bom, '\ufeff' + text);
		const two = cli(['analyze', '--json', SAMPLE, bom]);
		assert.equal(two.status, 0, two.stderr);
		const [plain, withBom] = two.stdout.trim().split('\n').map((l) => JSON.parse(l) as { quotes: Array<{ start: number }> });
		assert.deepEqual(plain!.quotes.map((q) => q.start), a.quotes.map((q) => q.start));
		assert.deepEqual(withBom!.quotes.map((q) => q.start), a.quotes.map((q) => q.start + 1));
	});

	test('check: file:line:col severity ruleId message, exit code by --fail-on, folders recursed', () => {
		const r = cli(['check', SAMPLE]);
		const lines = r.stdout.trim().split('\n');
		assert.ok(lines.length > 0);
		for (const l of lines) {
			assert.match(l, /^.+\.arnews:\d+:\d+ (error|warning|info|hint) [a-z]+\.[a-z-]+ \S.*$/u);
		}
		assert.ok(lines.some((l) => /:23:\d+ warning tags\.persian-letters /u.test(l)), 'the Persian letters of the tag line');
		assert.equal(r.status, 1, 'a warning fails by default');
		assert.equal(cli(['check', '--fail-on', 'error', SAMPLE]).status, 0);
		assert.equal(cli(['check', '--fail-on=none', SAMPLE]).status, 0);
		assert.equal(cli(['check', '--rule', 'tags.persian-letters=off', '--rule', 'sources.anonymous-no-reason=off', '--fail-on', 'warning', SAMPLE]).stdout.includes('tags.persian-letters'), false);
		const folder = cli(['check', '--fail-on', 'none', 'test/fixtures/workspace']);
		assert.equal(folder.status, 0, folder.stderr);
		const files = new Set(folder.stdout.trim().split('\n').map((l) => l.split(':')[0]));
		assert.ok(files.has('test/fixtures/workspace/seed-article.arnews'));
		assert.ok(files.has('test/fixtures/workspace/quotes.arnews'));
		assert.ok([...files].every((f) => !f!.includes('.vscode')));
	});

	test('acknowledged findings in the nearest .isnad/ stay silent; a broken data file is an error', () => {
		const dir = join(tmp, 'desk');
		mkdirSync(join(dir, 'news'), { recursive: true });
		const article = 'قال الوزير أن الحكومة ستعمل على حل الأزمة.\n';
		writeFileSync(join(dir, 'news/a.arnews'), article);
		const f = analyze(article).findings.find((x) => x.ruleId === 'attribution.qala-anna');
		assert.ok(f !== undefined);
		assert.match(cli(['check', 'news'], { cwd: dir }).stdout, /attribution\.qala-anna/u);
		mkdirSync(join(dir, '.isnad'));
		writeFileSync(join(dir, '.isnad/acknowledged.json'), JSON.stringify({ version: 1, acknowledged: [{ fingerprint: f.fingerprint }] }));
		const quiet = cli(['check', 'news'], { cwd: dir });
		assert.doesNotMatch(quiet.stdout, /attribution\.qala-anna/u);
		assert.match(cli(['check', '--no-workspace-files', 'news'], { cwd: dir }).stdout, /attribution\.qala-anna/u);
		writeFileSync(join(dir, '.isnad/acknowledged.json'), '{"acknowledged": [');
		const broken = cli(['check', 'news'], { cwd: dir });
		assert.equal(broken.status, 2);
		assert.match(broken.stderr, /acknowledged\.json.*not valid JSON/u);
	});

	test('errors: one line on stderr, a non-zero exit, no crash, nothing written', () => {
		const dir = join(tmp, 'errors');
		mkdirSync(join(dir, 'empty'), { recursive: true });
		mkdirSync(join(dir, 'pictures'));
		writeFileSync(join(dir, 'pictures/a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x71, 0x61, 0x6c, 0x00, 0x01]));
		writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x71, 0x61, 0x6c, 0xe9, 0x20, 0x61]));
		const before = snapshot(dir);
		const cases: Array<[string[], RegExp]> = [
			[['analyze', '--json', 'missing.txt'], /^isnad: cannot read 'missing\.txt': no such file or directory\n$/u],
			[['check', 'missing.txt'], /^isnad: cannot read 'missing\.txt': no such file or directory\n/u],
			[['analyze', '--json', 'binary.txt'], /^isnad: 'binary\.txt' looks like binary data \(a NUL byte at offset 3\), not text\n$/u],
			[['analyze', '--json', 'latin1.txt'], /^isnad: 'latin1\.txt' is not valid UTF-8 \(invalid byte sequence at offset 3\)\n$/u],
			[['check', 'empty'], /^isnad: 'empty' holds no \*\.arnews, \*\.txt, \*\.md files\n/u],
			[['check', 'pictures'], /^isnad: 'pictures' holds no /u],
			[['tags', 'missing.txt'], /^isnad: cannot read/u],
			[['frobnicate'], /^isnad: unknown command "frobnicate" \(see isnad --help\)\n$/u],
			[['check', '--fail-on', 'loud', 'x'], /^isnad: --fail-on must be one of/u],
			[['check'], /^isnad: check needs a file/u],
			[['check', '--rule', 'no.such=off', 'x'], /^isnad: unknown rule "no\.such"/u],
		];
		for (const [args, stderr] of cases) {
			const r = cli(args, { cwd: dir });
			assert.notEqual(r.status, 0, args.join(' '));
			assert.equal(r.signal, null);
			assert.match(r.stderr, stderr, args.join(' '));
			assert.doesNotMatch(r.stderr, /\n\s+at /u, 'no stack trace');
			if (args[0] === 'analyze') {
				assert.equal(r.stdout, '');
			}
		}
		const invalidStdin = cli(['analyze', '--json', '-'], { input: Buffer.from([0xff, 0xfe, 0x41]), cwd: dir });
		assert.equal(invalidStdin.status, 2);
		assert.match(invalidStdin.stderr, /^isnad: standard input is not valid UTF-8/u);
		assert.deepEqual(snapshot(dir), before);
	});

	test('tags, tokens, normalize, rules, --help', () => {
		const tags = cli(['tags', '--count', '3', SAMPLE]);
		assert.equal(tags.status, 0, tags.stderr);
		assert.equal(tags.stdout.trim().split('\n').length, 3);
		const json = JSON.parse(cli(['tags', '--json', SAMPLE]).stdout) as { file: string; tags: string[] };
		assert.equal(json.tags.length, 6);
		assert.deepEqual(json.tags.slice(0, 3), tags.stdout.trim().split('\n'));
		const tokens = cli(['tokens', '-'], { input: 'وقال: «نعم».' }).stdout.trim().split('\n');
		assert.equal(tokens[0], '0-4\tword\tوقال\tوقال');
		assert.equal(cli(['normalize', '-'], { input: 'أكّد کوریا' }).stdout, 'اكد كوريا\n');
		const rules = cli(['rules']).stdout;
		for (const r of RULES) {
			assert.ok(rules.includes(r.id), r.id);
		}
		const help = cli(['--help']);
		assert.equal(help.status, 0);
		assert.match(help.stdout, /isnad check/u);
		assert.match(cli(['help', 'analyze']).stdout, /one JSON object per line/u);
	});

	test('a 10 MB single line completes', function () {
		this.timeout(180_000);
		const unit = 'قال الوزير إن الحكومة «ستعمل» على حل الأزمة، وأضاف مسؤول أمريكي في واشنطن أن بوتين زار روسيا. ';
		const file = join(tmp, 'big.txt');
		writeFileSync(file, unit.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit))));
		const r = cli(['check', '--fail-on', 'none', file]);
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stderr, /isnad: (no findings|\d+ findings?) in 1 file/u);
	});
});
