/**
 * Golden files: every test/fixtures/cases/*.arnews article through the whole pipeline, rendered as lines (see
 * helpers.describe) next to it as <name>.golden.txt. A diff in review shows exactly what a change did to real text.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npm run test:unit` and review the diff.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/index';
import { describe as render } from './helpers';

const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'cases');

suite('golden articles', () => {
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.arnews')).sort()) {
		test(file, () => {
			const text = readFileSync(join(dir, file), 'utf8');
			const got = render(text, analyze(text, { tags: true })).join('\n') + '\n';
			const golden = join(dir, file.replace(/\.arnews$/, '.golden.txt'));
			if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
				writeFileSync(golden, got);
			}
			assert.equal(got, readFileSync(golden, 'utf8'));
		});
	}
});
