import * as assert from 'node:assert/strict';
import { validateHouseStyle } from '../../../src/core/index';

suite('ner/houseStyle: validateHouseStyle for .isnad/house-style.json', () => {
	test('a valid file gives its spellings and no errors', () => {
		const r = validateHouseStyle({ version: 1, spellings: { ترامب: 'ترمب', ' جونغ ': 'جونج' }, description: 'house spellings' });
		assert.deepEqual(r.errors, []);
		assert.deepEqual(r.styles, { ترامب: 'ترمب', جونغ: 'جونج' });
	});

	test('not an object, or no spellings', () => {
		assert.match(validateHouseStyle(null).errors[0]!, /must hold a JSON object/);
		assert.match(validateHouseStyle([1]).errors[0]!, /must hold a JSON object/);
		assert.match(validateHouseStyle('x').errors[0]!, /must hold a JSON object/);
		assert.match(validateHouseStyle({}).errors.join('\n'), /Missing "spellings"/);
		assert.match(validateHouseStyle({ spellings: [] }).errors[0]!, /"spellings" must be an object/);
	});

	test('each bad entry is named; good entries still apply', () => {
		const r = validateHouseStyle({
			spellings: { ترامب: 'ترمب', شويغو: 'شويغو', بوتن: 7, 'كيم جونغ': 'كيم جونج', زيلنسكي: 'زيلينسكي', زيلينسكى: 'زيلنسكي', '': 'x' },
			other: true,
			version: 2,
		});
		const all = r.errors.join('\n');
		assert.match(all, /Unknown key "other"/);
		assert.match(all, /"version" must be 1/);
		assert.match(all, /"شويغو" → "شويغو": the variant and the house spelling are the same word/);
		assert.match(all, /"بوتن": the house spelling must be a string, not number/);
		assert.match(all, /"كيم جونغ" → "كيم جونج": write single words/);
		assert.match(all, /both a spelling to avoid and a house spelling/);
		assert.match(all, /may be empty/);
		assert.equal(r.styles['ترامب'], 'ترمب');
		assert.equal(r.styles['شويغو'], undefined);
	});

	test('a variant listed twice with different house spellings is an error', () => {
		const r = validateHouseStyle({ spellings: { ترامب: 'ترمب', 'ترامْب': 'ترمپ' } });
		assert.match(r.errors.join('\n'), /listed twice/);
	});

	test('never throws on odd input', () => {
		for (const v of [undefined, 0, true, { spellings: null }, { spellings: { a: null } }, { spellings: { a: ['b'] } }]) {
			assert.doesNotThrow(() => validateHouseStyle(v));
		}
	});
});
