// esbuild-e2e.mjs - build options for the two integration-test bundles that scripts/e2e runs.
//
//   import { e2eBuildOptions } from './scripts/e2e/esbuild-e2e.mjs';
//   for (const o of e2eBuildOptions({ root })) await esbuild.build(o);   // in esbuild.mjs
//   node scripts/e2e/esbuild-e2e.mjs [--root DIR]                        // standalone
//
// Outputs (what run-e2e.sh / runTest.mjs expect):
//   dist/test/integration/node/index.js  entry test/integration/runner/nodeIndex.ts, platform node, cjs;
//                                        external: vscode, mocha (resolved from node_modules at run time)
//   dist/test/integration/web/index.js   entry test/integration/runner/webIndex.ts, platform browser, cjs;
//                                        external: vscode only (the worker's require knows nothing else);
//                                        mocha's browser build bundled; `assert` -> runner/assert-web.ts;
//                                        `process` -> runner/process-shim.ts (inject)
// Suites: the virtual module 'e2e-suites' requires every test/integration/**/*.test.{ts,js}
// (not under runner/ or fixtures/), sorted; *.node.test.ts only in the node bundle,
// *.web.test.ts only in the web bundle. It exports the list of relative paths.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SKIP_DIRS = new Set(['runner', 'fixtures', 'node_modules']);

export function findSuites(testDir, host) {
  const out = [];
  const walk = (d) => {
    let ents = [];
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) { walk(p); } continue; }
      if (!/\.test\.(ts|mts|js|mjs)$/.test(e.name)) { continue; }
      if (host === 'web' && /\.node\.test\.[mc]?[tj]s$/.test(e.name)) { continue; }
      if (host === 'node' && /\.web\.test\.[mc]?[tj]s$/.test(e.name)) { continue; }
      out.push(p);
    }
  };
  walk(testDir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function dirsOf(testDir) {
  const dirs = [testDir];
  for (let i = 0; i < dirs.length; i++) {
    let ents = [];
    try { ents = fs.readdirSync(dirs[i], { withFileTypes: true }); } catch { continue; }
    for (const e of ents) { if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) { dirs.push(path.join(dirs[i], e.name)); } }
  }
  return dirs;
}

/** esbuild plugin: the virtual module 'e2e-suites' (+ assert for the web bundle). */
export function e2eSuitesPlugin({ root, host }) {
  const testDir = path.join(root, 'test', 'integration');
  const assertWeb = path.join(testDir, 'runner', 'assert-web.ts');
  return {
    name: `e2e-suites-${host}`,
    setup(build) {
      build.onResolve({ filter: /^e2e-suites$/ }, () => ({ path: 'e2e-suites', namespace: 'e2e-suites' }));
      build.onLoad({ filter: /.*/, namespace: 'e2e-suites' }, () => {
        const files = findSuites(testDir, host);
        const rel = files.map((f) => path.relative(testDir, f).split(path.sep).join('/'));
        const contents = files.map((f) => `require(${JSON.stringify(f)});`).join('\n') + `\nmodule.exports = ${JSON.stringify(rel)};\n`;
        return { contents, loader: 'js', resolveDir: testDir, watchDirs: dirsOf(testDir), watchFiles: files };
      });
      if (host === 'web') {
        build.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: assertWeb }));
        build.onResolve({ filter: /^(node:)?assert\/strict$/ }, () => ({ path: 'assert-strict', namespace: 'e2e-assert-strict' }));
        build.onLoad({ filter: /.*/, namespace: 'e2e-assert-strict' }, () => ({
          contents: `module.exports = require(${JSON.stringify(assertWeb)}).strict;`, loader: 'js', resolveDir: testDir,
        }));
      }
    },
  };
}

export function e2eBuildOptions({ root = process.cwd(), sourcemap = true, minify = false } = {}) {
  const runner = path.join(root, 'test', 'integration', 'runner');
  const out = path.join(root, 'dist', 'test', 'integration');
  const shim = path.join(runner, 'process-shim.ts');
  const common = { bundle: true, format: 'cjs', sourcemap, minify, logLevel: 'warning', absWorkingDir: root };
  return [
    {
      ...common,
      entryPoints: [path.join(runner, 'nodeIndex.ts')], outfile: path.join(out, 'node', 'index.js'),
      platform: 'node', target: 'node18', external: ['vscode', 'mocha'],
      plugins: [e2eSuitesPlugin({ root, host: 'node' })],
    },
    {
      ...common,
      entryPoints: [path.join(runner, 'webIndex.ts')], outfile: path.join(out, 'web', 'index.js'),
      platform: 'browser', target: 'es2022', external: ['vscode'],
      inject: fs.existsSync(shim) ? [shim] : [],
      plugins: [e2eSuitesPlugin({ root, host: 'web' })],
    },
  ];
}

// standalone: node scripts/e2e/esbuild-e2e.mjs [--root DIR]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--root');
  const root = path.resolve(i > 0 ? process.argv[i + 1] : path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  let esbuild;
  for (const base of [path.join(root, 'package.json'), fileURLToPath(import.meta.url)]) {
    try { esbuild = createRequire(base)('esbuild'); break; } catch { /* next */ }
  }
  if (!esbuild) { console.error('esbuild not found (npm install)'); process.exit(1); }
  for (const o of e2eBuildOptions({ root })) {
    await esbuild.build(o);
    console.log(`built ${path.relative(root, o.outfile)}`);
  }
}
