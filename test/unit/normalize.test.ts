import * as assert from 'node:assert/strict';
import { matchKey, normalize, toOriginal } from '../../src/core/index';

suite('normalize', () => {
	test('removes diacritics and tatweel, folds alef and yeh forms', () => {
		assert.equal(matchKey('وأكّدَ'), 'واكد');
		assert.equal(matchKey('إِنَّ'), 'ان');
		assert.equal(matchKey('آمنة'), 'امنة');
		assert.equal(matchKey('مـــصـدر'), 'مصدر');
		assert.equal(matchKey('على'), 'علي');
		assert.equal(matchKey('مؤكدًا'), 'مؤكدا');
	});

	test('maps Persian look-alikes to the Arabic letters they imitate', () => {
		assert.equal(matchKey('کوریا الشمالیة'), 'كوريا الشمالية');
		assert.equal(matchKey('ھذه'), 'هذه');
	});

	test('maps all three digit systems to ASCII and the Arabic separators', () => {
		assert.equal(matchKey('٢٠٢٤'), '2024');
		assert.equal(matchKey('۲۰۲۴'), '2024');
		assert.equal(matchKey('١٫٥'), '1.5');
	});

	test('decomposes presentation forms and composes a decomposed hamza', () => {
		assert.equal(matchKey('\uFEFB'), 'لا');
		assert.equal(matchKey('ا\u0654كد'), 'اكد');
		assert.equal(matchKey('مسو\u0654ول'), 'مسؤول');
	});

	test('drops invisible format characters and lower-cases ASCII', () => {
		assert.equal(matchKey('قال\u200F'), 'قال');
		assert.equal(matchKey('\uFEFFReuters'), 'reuters');
	});

	test('returns the same string when nothing changes', () => {
		const s = 'قال';
		assert.equal(matchKey(s), s);
	});

	test('the offset map brings a key span back to the original characters', () => {
		const text = 'وقالَ المسؤولُ: «نعم»';
		const n = normalize(text);
		const k = n.key.indexOf('المسؤول');
		const span = toOriginal(n, k, k + 'المسؤول'.length);
		assert.equal(text.slice(span.start, span.end), 'المسؤولُ');
	});

	test('an expansion (ﻻ → لا) maps both key characters to the one original character', () => {
		const text = 'ب\uFEFBد';
		const n = normalize(text);
		assert.equal(n.key, 'بلاد');
		const span = toOriginal(n, 1, 3);
		assert.deepEqual(span, { start: 1, end: 2 });
	});

	test('empty text', () => {
		const n = normalize('');
		assert.equal(n.key, '');
		assert.deepEqual(toOriginal(n, 0, 0), { start: 0, end: 0 });
	});
});
