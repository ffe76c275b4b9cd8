// Mocha runner for the Node extension host (desktop VS Code via @vscode/test-electron, or
// code-server's remote extension host). Bundled by esbuild into
// dist/test/integration/node/index.js (see scripts/e2e/esbuild-e2e.mjs); VS Code loads it as
// extensionTestsPath and calls run(). The suites are bundled in through the virtual module
// 'e2e-suites' (every test/integration/**/*.test.ts except *.web.test.ts).
//
// Writes to $E2E_RESULTS_DIR (set by scripts/e2e): mocha.log (the spec report, also printed)
// and summary.json {host, vscodeVersion, passed, failed, pending, total, failures[]}.
// Rejects when a test failed or no test ran. Env: E2E_GREP (mocha grep), E2E_MOCHA_TIMEOUT (ms).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import * as vscode from 'vscode';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha');

/** The suites, bundled in by the esbuild plugin of scripts/e2e/esbuild-e2e.mjs (virtual module 'e2e-suites'). */
function loadSuites(): string[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('e2e-suites');
  } catch (e) {
    if (/e2e-suites/.test(String(e)) && !/\.test\./.test(String(e))) {
      throw new Error(`the test bundle was built without the e2e-suites esbuild plugin (scripts/e2e/esbuild-e2e.mjs): ${e}`);
    }
    throw e;
  }
}

export function run(): Promise<void> {
  const resultsDir = process.env.E2E_RESULTS_DIR || path.join(os.tmpdir(), 'isnad-e2e-results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, 'mocha.log');
  const summaryFile = path.join(resultsDir, 'summary.json');
  fs.writeFileSync(logFile, '');
  const vscodeVersion = vscode.version;

  // Tee mocha's reporter output (and our header) into mocha.log.
  const Base = Mocha.reporters.Base;
  const origLog = Base.consoleLog;
  const out = (...args: unknown[]): void => {
    try { fs.appendFileSync(logFile, util.format(...args) + '\n'); } catch { /* results dir removed */ }
    origLog.apply(console, args as []);
  };
  Base.consoleLog = out;
  out(`VS Code ${vscodeVersion} (${vscode.env.appName}; appHost ${vscode.env.appHost}; Node extension host, node ${process.version})`);

  const mocha = new Mocha({
    ui: 'tdd', color: false, reporter: 'spec',
    timeout: Number(process.env.E2E_MOCHA_TIMEOUT) || 20000,
  });
  if (process.env.E2E_GREP) { mocha.grep(new RegExp(process.env.E2E_GREP)); }

  const summary = (extra: Record<string, unknown>): void => {
    fs.writeFileSync(summaryFile, JSON.stringify({ host: 'node', vscodeVersion, ...extra }, null, 2));
  };

  return new Promise<void>((resolve, reject) => {
    try {
      // What mocha.loadFiles() would do for each file: expose the TDD globals, then load the suites.
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'e2e-suites', mocha);
      const files = loadSuites();
      out(`suites: ${files.join(', ') || '(none)'}`);
      const failures: { title: string; error: string }[] = [];
      const runner = mocha.run((failed) => {
        const s = runner.stats || { passes: 0, failures: failed, pending: 0, tests: 0 };
        const passed = s.passes || 0;
        const total = passed + (s.failures || 0);
        summary({ passed, failed: s.failures || 0, pending: s.pending || 0, total, failures });
        console.log(`E2E-SUMMARY ${JSON.stringify({ host: 'node', passed, failed: s.failures || 0, pending: s.pending || 0 })}`);
        if (failed > 0) { reject(new Error(`${failed} test(s) failed.`)); }
        else if (total === 0) { reject(new Error('no test ran')); }
        else { resolve(); }
      });
      runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) => {
        failures.push({ title: t.fullTitle(), error: String((err && err.message) || err) });
      });
    } catch (err) {
      out(`runner error: ${(err as Error)?.stack || err}`);
      summary({ passed: 0, failed: 1, pending: 0, total: 1, error: String((err as Error)?.stack || err) });
      reject(err);
    }
  });
}
