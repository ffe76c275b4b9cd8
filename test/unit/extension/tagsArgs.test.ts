import * as assert from 'node:assert/strict';
import { parseTagsArgs } from '../../../src/extension/tagsArgs';

suite('extension/tagsArgs: the keyword-tag command argument', () => {
	test('no argument, or a context-menu URI, asks the user', () => {
		assert.deepEqual(parseTagsArgs(undefined), { mode: 'interactive' });
		assert.deepEqual(parseTagsArgs({ scheme: 'file', path: '/a.arnews' }), { mode: 'interactive' });
		assert.deepEqual(parseTagsArgs([]), { mode: 'interactive' });
		assert.deepEqual(parseTagsArgs('x'), { mode: 'interactive' });
	});

	test('count alone: the top N; tags: exactly these, cleaned and deduplicated; both: the first N tags', () => {
		assert.deepEqual(parseTagsArgs({ count: 4 }), { mode: 'auto', count: 4 });
		assert.deepEqual(parseTagsArgs({ tags: [' بوتين ', 'روسيا', 'بوتين', '', 'كوريا   الشمالية'] }), { mode: 'auto', tags: ['بوتين', 'روسيا', 'كوريا الشمالية'] });
		assert.deepEqual(parseTagsArgs({ tags: ['أ ب', 'ج د', 'هـ'], count: 2 }), { mode: 'auto', tags: ['أ ب', 'ج د'], count: 2 });
	});

	test('bad arguments are refused with a reason', () => {
		for (const bad of [{ count: 0 }, { count: 2.5 }, { count: '3' }, { count: 51 }, { tags: 'بوتين' }, { tags: [1] }, { tags: ['  '] }]) {
			const r = parseTagsArgs(bad);
			assert.equal(r.mode, 'invalid', JSON.stringify(bad));
		}
	});
});
