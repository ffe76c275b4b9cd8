import * as assert from 'node:assert/strict';
import { parseHouseStyle } from '../../../src/extension/houseStyleFile';

suite('extension/houseStyleFile: .isnad/house-style.json', () => {
	test('valid spellings', () => {
		const r = parseHouseStyle(JSON.stringify({ version: 1, spellings: { 'ترامب': 'ترمب', ' جونغ ': 'جونج' } }));
		assert.deepEqual(r.problems, []);
		assert.deepEqual(r.spellings, { 'ترامب': 'ترمب', 'جونغ': 'جونج' });
	});

	test('problems are explained; valid pairs still apply', () => {
		const r = parseHouseStyle(JSON.stringify({ spellings: { 'ترامب': 'ترمب', 'شويغو': 'شويغو', 'زيلنسكي': 'زيلينسكي', 'زيلينسكي': 'زيلنسكي2', 'x': 3 }, other: 1 }));
		assert.deepEqual(r.spellings, { 'ترامب': 'ترمب', 'زيلينسكي': 'زيلنسكي2' });
		const m = r.problems.map((p) => p.message).join('\n');
		assert.match(m, /"شويغو" is mapped to itself/u);
		assert.match(m, /both a preferred spelling/u);
		assert.match(m, /preferred spelling of "x" must be a non-empty name/u);
		assert.match(m, /unknown key "other"/u);
		assert.match(parseHouseStyle('{"spellings": []}').problems[0]!.message, /must be an object/u);
		assert.match(parseHouseStyle('nope').problems[0]!.message, /not valid JSON/u);
		assert.deepEqual(parseHouseStyle('').problems, []);
	});
});
