// The adapter runs unchanged in the web worker (vscode.dev): nothing under src/extension may use Node. The pure
// helpers (no `vscode` import) are also shared with the CLI and unit-tested in plain Node.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const DIR = join(ROOT, 'src/extension');

suite('extension: web-safe adapter', () => {
	test('no Node built-ins, process, Buffer or require in src/extension', () => {
		for (const f of readdirSync(DIR).filter((x) => x.endsWith('.ts'))) {
			const code = readFileSync(join(DIR, f), 'utf8')
				.replace(/\/\*[\s\S]*?\*\//gu, '')
				.replace(/\/\/.*$/gmu, '');
			assert.doesNotMatch(code, /from ['"](node:|fs|path|os|child_process|crypto|util)['"]/u, `${f} imports a Node module`);
			assert.doesNotMatch(code, /\b(process|Buffer|__dirname|require)\b/u, `${f} uses a Node global`);
		}
	});

	test('the web bundle requires nothing but vscode', function () {
		const bundle = join(ROOT, 'dist/web/extension.js');
		if (!existsSync(bundle)) {
			this.skip();
		}
		const requires = new Set([...readFileSync(bundle, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/gu)].map((m) => m[1]));
		assert.deepEqual([...requires], ['vscode']);
	});
});
