// Mocha runner for the WEB-WORKER extension host (the extension's `browser` entry), on the
// code-server route. Bundled by esbuild (platform browser, only `vscode` external: the worker's
// require resolves nothing else) into dist/test/integration/web/index.js; the workbench loads it
// as extensionTestsPath and calls run(). Suites come from the virtual module 'e2e-suites'
// (every test/integration/**/*.test.ts except *.node.test.ts).
//
// The worker cannot use Node's fs or env. It reports:
//  * through the console, which the workbench forwards to the driver (codeAutomationLog):
//    mocha's spec report, then one machine line `E2E-SUMMARY {"host":"web","passed":n,"failed":m,...}`;
//  * best effort, mocha.log + summary.json written with vscode.workspace.fs into the results dir
//    named by the user setting `e2e.resultsDir` (set by run-e2e.sh; the worker reaches the remote
//    file system through the workspace folder's vscode-remote URI).
// Grep: the user setting `e2e.grep`. Rejects when a test failed or no test ran.
import * as vscode from 'vscode';

interface BrowserMochaLike {
  setup(opts: Record<string, unknown>): BrowserMochaLike;
  grep(re: RegExp | string): BrowserMochaLike;
  run(fn: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

function resultsUri(name: string): vscode.Uri | undefined {
  const dir = vscode.workspace.getConfiguration('e2e').get<string>('resultsDir');
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!dir || !base) { return undefined; }
  const p = `${dir.replace(/\/+$/, '')}/${name}`;
  return base.scheme === 'file' ? vscode.Uri.file(p) : base.with({ path: p, query: '', fragment: '' });
}

async function writeResult(name: string, text: string): Promise<void> {
  const uri = resultsUri(name);
  if (!uri) { return; }
  try { await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text)); } catch (e) {
    console.log(`[e2e] could not write ${uri.toString()}: ${e}`);
  }
}

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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mocha/mocha.js'); // mocha's browser build: defines globalThis.mocha and globalThis.Mocha
  const g = globalThis as unknown as { mocha: BrowserMochaLike; Mocha: { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } } };
  const m = g.mocha;
  const lines: string[] = [];
  const Base = g.Mocha.reporters.Base;
  const origLog = Base.consoleLog;
  const fmt = (args: unknown[]): string => {
    if (typeof args[0] !== 'string') { return args.map(String).join(' '); }
    let i = 1;
    const head = args[0].replace(/%[sdifjoO%]/g, (t) => (t === '%%' ? '%' : i < args.length ? String(args[i++]) : t));
    return [head, ...args.slice(i).map(String)].join(' ');
  };
  const out = (...args: unknown[]): void => { lines.push(fmt(args)); origLog.apply(console, args as []); };
  Base.consoleLog = out;
  out(`VS Code ${vscode.version} (${vscode.env.appName}; appHost ${vscode.env.appHost}; web-worker extension host)`);

  m.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20000 });
  const grep = vscode.workspace.getConfiguration('e2e').get<string>('grep');
  if (grep) { m.grep(new RegExp(grep)); }

  return new Promise<void>((resolve, reject) => {
    const finish = async (passed: number, failed: number, pending: number, error?: string): Promise<void> => {
      const s = { host: 'web', vscodeVersion: vscode.version, passed, failed, pending, total: passed + failed, ...(error ? { error } : {}) };
      await writeResult('mocha.log', lines.join('\n') + '\n');
      await writeResult('summary.json', JSON.stringify(s, null, 2));
      console.log(`E2E-SUMMARY ${JSON.stringify({ host: 'web', passed, failed, pending })}`);
      if (error) { reject(new Error(error)); }
      else if (failed > 0) { reject(new Error(`${failed} test(s) failed.`)); }
      else if (passed + failed === 0) { reject(new Error('no test ran')); }
      else { resolve(); }
    };
    try {
      const files = loadSuites();
      out(`suites: ${files.join(', ') || '(none)'}`);
      const runner = m.run((failures) => {
        const st = runner.stats || { passes: 0, failures, pending: 0 };
        void finish(st.passes || 0, st.failures || 0, st.pending || 0);
      });
    } catch (err) {
      out(`runner error: ${(err as Error)?.stack || err}`);
      void finish(0, 1, 0, String((err as Error)?.stack || err));
    }
  });
}
