// Regenerates what is derived from the rule registry (src/core/analyzers/index.ts):
//   - package.json: the `isnad.rules` setting (one property per rule, its levels and default);
//   - docs/rules.md: one section per rule (anchor, level, standard, English and Arabic explanation, examples);
//   - test/fixtures/workspace/.vscode/settings.json: `isnad.rules` pins every rule (new rules at their default level).
// Usage: node scripts/gen-manifest.mjs [--check]   (--check writes nothing and exits 1 when a file is out of date)
// test/unit/manifest.test.ts fails when these files are out of date, so run this after adding or changing a rule.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

// The core and the generators, bundled from source (no tsc needed), exactly as the extension bundles them.
const dir = mkdtempSync(join(tmpdir(), 'isnad-gen-'));
const out = join(dir, 'gen.cjs');
try {
	await esbuild.build({
		stdin: {
			contents: "export { RULES } from './src/core/index'; export { rulesSettingSchema, rulesMarkdown } from './src/extension/rulesDoc';",
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		outfile: out,
		logLevel: 'warning',
	});
	const { RULES, rulesSettingSchema, rulesMarkdown } = createRequire(import.meta.url)(out);
	const outdated = [];
	const update = (file, next) => {
		const path = join(root, file);
		let current;
		try {
			current = readFileSync(path, 'utf8');
		} catch {
			current = undefined;
		}
		if (current !== next) {
			outdated.push(file);
			if (!check) {
				writeFileSync(path, next);
			}
		}
	};

	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const section = pkg.contributes.configuration.find((s) => s.properties && 'isnad.rules' in s.properties);
	if (section === undefined) {
		throw new Error('package.json: no configuration section holds "isnad.rules"');
	}
	section.properties['isnad.rules'] = rulesSettingSchema(RULES);
	update('package.json', JSON.stringify(pkg, null, 2) + '\n');

	update('docs/rules.md', rulesMarkdown(RULES));

	const settingsFile = 'test/fixtures/workspace/.vscode/settings.json';
	const settings = JSON.parse(readFileSync(join(root, settingsFile), 'utf8'));
	const pinned = settings['isnad.rules'] ?? {};
	const rules = {};
	for (const r of RULES) {
		rules[r.id] = pinned[r.id] ?? r.defaultLevel;
	}
	settings['isnad.rules'] = rules;
	update(settingsFile, JSON.stringify(settings, null, 2) + '\n');

	if (outdated.length === 0) {
		console.log(`up to date: ${RULES.length} rules`);
	} else if (check) {
		console.error(`out of date: ${outdated.join(', ')} (run: node scripts/gen-manifest.mjs)`);
		process.exitCode = 1;
	} else {
		console.log(`updated ${outdated.join(', ')} (${RULES.length} rules)`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
