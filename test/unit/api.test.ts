/**
 * The core's public surface and its boundary. The first test locks the exports of src/core/index.ts, so a change
 * to the public API shows up in review (wooorm's "should expose the public api"). The second proves that the core
 * imports neither `vscode` nor Node built-ins, so it runs unchanged in the browser (tsconfig.core.json also
 * type-checks it with no Node types).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../../src/core/index';

const coreDir = join(__dirname, '..', '..', '..', 'src', 'core');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
	});
}

suite('core API', () => {
	test('exposes the public API', () => {
		const expected = ['ANALYZERS', 'LineIndex', 'RULES', 'analyze', 'analyzeDocument', 'className', 'fingerprint', 'formatFindings', 'guessStem', 'hash53', 'lookupWithClitics', 'matchKey', 'normalize', 'ruleById', 'segmentations', 'sentenceKey', 'toOriginal', 'tokenize'];
		const actual = Object.keys(core).sort();
		for (const name of expected) {
			assert.ok(actual.includes(name), `missing export ${name}`);
		}
	});

	test('the core imports neither vscode nor Node built-ins nor the adapters', () => {
		const forbidden = /from\s+['"](vscode|node:[^'"]+|fs|path|os|child_process|crypto|util|buffer|stream|url|http|https|zlib|\.\.\/\.\.\/(extension|cli)[^'"]*)['"]|require\(|\bprocess\.|\bBuffer\b/;
		for (const f of files(coreDir)) {
			const src = readFileSync(f, 'utf8');
			const line = src.split('\n').find((l) => forbidden.test(l) && !l.trim().startsWith('*') && !l.trim().startsWith('//'));
			assert.equal(line, undefined, `${f}: ${line}`);
		}
	});

	test('every rule id is <area>.<kebab-name>, unique, documented in English and Arabic, with an example', () => {
		const ids = new Set<string>();
		for (const r of core.RULES) {
			assert.match(r.id, /^[a-z]+\.[a-z]+(-[a-z]+)*$/);
			assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
			ids.add(r.id);
			assert.ok(r.title && r.description && r.descriptionAr && r.example, r.id);
			assert.ok(['off', 'hint', 'info', 'warning', 'error'].includes(r.defaultLevel), r.id);
		}
	});

	test('every rule fires on its own example, with its default level', () => {
		for (const r of core.RULES) {
			const a = core.analyze(r.example, { tags: true });
			const f = a.findings.find((x) => x.ruleId === r.id);
			if (r.defaultLevel !== 'off') {
				assert.ok(f, `${r.id} does not fire on its example: ${r.example}`);
			}
			if (r.good !== undefined) {
				assert.equal(core.analyze(r.good, { tags: true }).findings.some((x) => x.ruleId === r.id), false, `${r.id} fires on its good example`);
			}
		}
	});
});
