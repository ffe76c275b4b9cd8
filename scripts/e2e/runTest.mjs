#!/usr/bin/env node
// runTest.mjs - the @vscode/test-electron launcher: runs the integration suite in DESKTOP VS Code.
//
//   node scripts/e2e/runTest.mjs [--ext DIR] [--tests FILE] [--workspace DIR] [--cache DIR]
//                                [--user-data-dir DIR] [--extensions-dir DIR] [--run-dir DIR]
//                                [--driver driver.cjs --driver-node NODE --playwright-core DIR]
//
// VS Code comes from ISNAD_VSCODE_PATH (a desktop `code` executable) when set, otherwise
// @vscode/test-electron downloads it (version ISNAD_VSCODE_VERSION, default: the newest stable
// that satisfies engines.vscode) into <cache>/vscode-test. Nothing is written into the repository.
// When no desktop VS Code can be had (offline download failure, no X display), it says so in ONE
// line starting with "[runTest]" and exits 69, so that run-e2e.sh falls back to code-server.
//
// With --driver, VS Code is started with --remote-debugging-port and driver.cjs attaches over CDP
// to serve the probe protocol (word-order probe) to the tests, as on the code-server route.
//
// Exit: 0 passed; 1 tests failed / VS Code exited non-zero; 2 usage (e.g. a bad ISNAD_VSCODE_PATH);
//       69 desktop VS Code unavailable.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const say = (s) => console.log(`[runTest] ${s}`);
const UNAVAILABLE = 69;

const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
  if (!m) { say(`unknown argument ${a}`); process.exit(2); }
  args[m[1]] = m[2] !== undefined ? m[2] : process.argv[++i];
}
const ext = path.resolve(args.ext || path.join(HERE, '..', '..'));
const tests = path.resolve(args.tests || path.join(ext, 'dist', 'test', 'integration', 'node', 'index.js'));
const cacheRoot = process.env.ISNAD_E2E_CACHE || path.join(os.homedir(), '.cache', 'isnad-e2e');
const cachePath = path.resolve(args.cache || path.join(cacheRoot, 'vscode-test'));
let runDir = args['run-dir'] ? path.resolve(args['run-dir']) : '';
if (!runDir) {
  fs.mkdirSync(path.join(cacheRoot, 'runs'), { recursive: true });
  runDir = fs.mkdtempSync(path.join(cacheRoot, 'runs', 'electron-'));
}
const resultsDir = process.env.E2E_RESULTS_DIR || path.join(runDir, 'results');
const userDataDir = path.resolve(args['user-data-dir'] || path.join(runDir, 'udd'));
const extensionsDir = path.resolve(args['extensions-dir'] || path.join(runDir, 'exts'));
let workspace = args.workspace ? path.resolve(args.workspace) : '';
if (!workspace) { // a copy of the fixture workspace, so the tests may edit and save
  workspace = path.join(runDir, 'workspace', 'workspace');
  fs.cpSync(path.join(ext, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
}
for (const d of [resultsDir, userDataDir, extensionsDir]) { fs.mkdirSync(d, { recursive: true }); }
if (!fs.existsSync(tests)) { say(`test bundle not found: ${tests} (build first)`); process.exit(2); }

function loadTestElectron() {
  for (const base of [path.join(ext, 'package.json'), path.join(HERE, '..', '..', 'package.json')]) {
    try { return createRequire(base)('@vscode/test-electron'); } catch { /* next */ }
  }
  say('desktop VS Code unavailable: @vscode/test-electron is not installed (npm install)');
  process.exit(UNAVAILABLE);
}

function vscodeVersion(exe) {
  let dir = path.dirname(fs.realpathSync(exe));
  for (let i = 0; i < 4; i++) {
    for (const p of [path.join(dir, 'resources', 'app', 'package.json'), path.join(dir, 'Resources', 'app', 'package.json')]) {
      try { return JSON.parse(fs.readFileSync(p, 'utf8')).version; } catch { /* next */ }
    }
    dir = path.dirname(dir);
  }
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 30000 });
  return (r.stdout || '').split('\n')[0].trim() || '?';
}

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }).on('error', reject);
});

async function main() {
  const te = loadTestElectron();
  let exe = process.env.ISNAD_VSCODE_PATH || '';
  if (exe) {
    try { fs.accessSync(exe, fs.constants.X_OK); } catch {
      say(`ISNAD_VSCODE_PATH=${exe} is not an executable file`); return 2;
    }
  } else {
    try {
      exe = await te.downloadAndUnzipVSCode({
        version: process.env.ISNAD_VSCODE_VERSION || undefined,
        cachePath, extensionDevelopmentPath: ext, timeout: 15000,
        reporter: { report: (r) => { if (r.stage === 'newInstallComplete') { say(`downloaded VS Code to ${r.downloadedPath}`); } }, error: () => {} },
      });
    } catch (e) {
      const why = String((e && (e.cause?.message || e.message)) || e).split('\n')[0];
      say(`desktop VS Code unavailable: download failed (${why}); set ISNAD_VSCODE_PATH=<code executable> or use the code-server route`);
      return UNAVAILABLE;
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('desktop VS Code unavailable: no X display (install xvfb; run-e2e.sh then wraps this in xvfb-run)');
    return UNAVAILABLE;
  }
  say(`VS Code ${vscodeVersion(exe)} (desktop, ${exe})`);

  const launchArgs = [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`,
    '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'];
  let driver = null;
  if (args.driver && args['playwright-core']) {
    const port = await freePort();
    launchArgs.push(`--remote-debugging-port=${port}`);
    const cfgFile = path.join(runDir, 'driver-attach.json');
    fs.writeFileSync(cfgFile, JSON.stringify({ mode: 'attach', host: 'node', cdpUrl: `http://127.0.0.1:${port}`, runDir, resultsDir,
      timeoutSec: 120, playwrightCore: args['playwright-core'] }));
    driver = spawn(args['driver-node'] || process.execPath, [args.driver, cfgFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  }
  try {
    await te.runTests({
      vscodeExecutablePath: exe, extensionDevelopmentPath: ext, extensionTestsPath: tests, launchArgs,
      extensionTestsEnv: { E2E_RESULTS_DIR: resultsDir, E2E_HOST: 'node', E2E_GREP: process.env.E2E_GREP || '' },
    });
    return 0;
  } catch (e) {
    say(`VS Code exited with ${e && e.code !== undefined ? `code ${e.code}` : String(e)}`);
    return 1;
  } finally {
    if (driver && driver.exitCode === null) { driver.kill('SIGTERM'); }
  }
}

main().then((code) => process.exit(code), (e) => { say(`error: ${(e && e.stack) || e}`); process.exit(1); });
