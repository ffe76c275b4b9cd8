import * as assert from 'node:assert/strict';
import { parseHouseStyle } from '../../../src/extension/houseStyleFile';

suite('extension/houseStyleFile: .isnad/house-style.json', () => {
	test('valid spellings', () => {
		const r = parseHouseStyle(JSON.stringify({ version: 1, spellings: { 'ترامب': 'ترمب', 'جونغ': 'جونج' } }));
		assert.deepEqual(r.problems, []);
		assert.deepEqual(r.spellings, { 'ترامب': 'ترمب', 'جونغ': 'جونج' });
	});

	test('problems are explained and placed; valid pairs still apply', () => {
		const text = JSON.stringify({ spellings: { 'ترامب': 'ترمب', 'x': 3 }, other: 1 }, null, 2);
		const r = parseHouseStyle(text);
		assert.deepEqual(r.spellings, { 'ترامب': 'ترمب' });
		assert.equal(r.problems.length, 2);
		assert.ok(r.problems.every((p) => p.message.startsWith('.isnad/house-style.json: ')));
		const other = r.problems.find((p) => p.message.includes('"other"'));
		assert.equal(other?.offset, text.indexOf('"other"'));
		assert.match(parseHouseStyle('{"spellings": []}').problems[0]!.message, /must be an object/u);
		assert.match(parseHouseStyle('nope').problems[0]!.message, /not valid JSON: expected a value but found 'n' \(line 1, column 1\)/u);
		assert.deepEqual(parseHouseStyle('').problems, []);
	});
});
