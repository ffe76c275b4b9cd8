// Bundles the extension for the desktop (Node) extension host, the web-worker extension host (vscode.dev), the CLI,
// and the integration-test runners. `--production` minifies and drops source maps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { e2eSuitesPlugin } from './scripts/e2e/esbuild-e2e.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * stopwords-iso ships every language in one 200 KB JSON file; Isnad needs only Arabic, so the bundle gets a module
 * holding just that list.
 */
const arabicStopwordsOnly = {
	name: 'arabic-stopwords-only',
	setup(build) {
		build.onLoad({ filter: /stopwords-iso[\\/]stopwords-iso\.json$/ }, (args) => {
			const all = JSON.parse(readFileSync(args.path, 'utf8'));
			return { contents: JSON.stringify({ ar: all.ar }), loader: 'json' };
		});
	},
};

const common = {
	bundle: true,
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	plugins: [arabicStopwordsOnly],
	legalComments: 'none',
};

const targets = [
	{ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], target: 'node18' },
	{ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022', define: { 'process.env.ISNAD_WEB': '"1"' } },
	{ entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
	// The integration suites: a plugin gathers every test/integration/**/*.test.ts into the runner of each host.
	{ entryPoints: ['test/integration/runner/nodeIndex.ts'], outfile: 'dist/test/integration/node/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], target: 'node18', plugins: [arabicStopwordsOnly, e2eSuitesPlugin({ root: process.cwd(), host: 'node' })] },
	{ entryPoints: ['test/integration/runner/webIndex.ts'], outfile: 'dist/test/integration/web/index.js', platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022', inject: ['test/integration/runner/process-shim.ts'], define: { 'process.env.ISNAD_WEB': '"1"' }, plugins: [arabicStopwordsOnly, e2eSuitesPlugin({ root: process.cwd(), host: 'web' })] },
].filter((t) => t.entryPoints.every((e) => existsSync(e)) && (t.inject ?? []).every((e) => existsSync(e)));

const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, ...t })));
if (watch) {
	await Promise.all(contexts.map((c) => c.watch()));
} else {
	await Promise.all(contexts.map((c) => c.rebuild()));
	await Promise.all(contexts.map((c) => c.dispose()));
}
