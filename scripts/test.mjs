// `npm test`: type-checks, builds, and runs every test suite, then prints one plain summary line
// `N passed, M failed` (CI reads it). Suites: unit + golden + CLI + manifest (mocha in Node), grammar
// (vscode-tmgrammar-test), and the integration suite in a real VS Code extension host (scripts/e2e).
// Flags: --unit (only the Node mocha suites), --no-e2e (everything but the extension-host suite).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const onlyUnit = args.has('--unit');
const withE2E = !onlyUnit && !args.has('--no-e2e') && existsSync(join(root, 'scripts/e2e/run-e2e.sh'));
let passed = 0;
let failed = 0;

function run(title, cmd, argv, opts = {}) {
	console.log(`\n--- ${title}: ${cmd} ${argv.join(' ')}`);
	const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', ...opts });
	return r.status === 0;
}

function step(title, cmd, argv) {
	if (run(title, cmd, argv)) { passed++; } else { failed++; console.log(`FAILED: ${title}`); }
}

// Build steps count as one test each: a type error or a broken bundle is a failure like any other.
step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.core.json', '--noEmit']);
rmSync(join(root, 'out'), { recursive: true, force: true });
step('compile', 'npx', ['tsc', '-p', 'tsconfig.json']);
if (!onlyUnit) {
	step('bundle', 'node', ['esbuild.mjs']);
}

// Mocha, with a JSON summary written by the reporter wrapper so the counts are exact.
const summary = join(root, 'out', 'mocha-summary.json');
rmSync(summary, { force: true });
run('unit tests', 'npx', ['mocha', '--ui', 'tdd', '--reporter', join(root, 'scripts/lib/mocha-reporter.cjs'), '--reporter-option', `summary=${summary}`, '--recursive', 'out/test/unit/**/*.test.js']);
if (existsSync(summary)) {
	const s = JSON.parse(readFileSync(summary, 'utf8'));
	passed += s.passed;
	failed += s.failed;
	if (s.pending > 0) {
		// A skipped test hides what it would find: assert today's behaviour with a FIXME instead.
		failed += s.pending;
		console.log(`FAILED: ${s.pending} skipped (pending) test(s)`);
	}
} else {
	failed++;
	console.log('FAILED: the unit tests did not run');
}

if (!onlyUnit && existsSync(join(root, 'test/grammar'))) {
	step('grammar tests', 'npx', ['vscode-tmgrammar-snap', 'test/grammar/*.arnews']);
}

if (withE2E) {
	const r = spawnSync('bash', [join(root, 'scripts/e2e/run-e2e.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	process.stdout.write(r.stdout ?? '');
	const counts = [...(r.stdout ?? '').matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
	if (counts) {
		passed += Number(counts[1]);
		failed += Number(counts[2]);
	}
	if (r.status !== 0 && (!counts || Number(counts[2]) === 0)) {
		failed++;
		console.log('FAILED: the extension-host suite did not complete');
	}
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
