import * as assert from 'node:assert/strict';
import { hasArabic, isIsnadDocument, isMostlyArabic, toArabicDigits } from '../../../src/extension/arabic';

suite('extension/arabic: which documents Isnad analyses', () => {
	test('an Arabic article is mostly Arabic; an English note with an Arabic name is not', () => {
		assert.equal(isMostlyArabic('قال الوزير إن المحادثات ستستأنف، وأضاف: "We are ready".'), true);
		assert.equal(isMostlyArabic('The minister, وزير الخارجية, said the talks would resume next week.'), false);
		assert.equal(isMostlyArabic(''), false);
		assert.equal(isMostlyArabic('123 456'), false);
	});

	test('arabic-news is always analysed, even without Arabic; other languages only when listed and mostly Arabic', () => {
		const ar = 'قال الوزير إن المحادثات ستستأنف';
		const en = 'The minister said the talks would resume';
		assert.equal(isIsnadDocument('arabic-news', [], en), true);
		assert.equal(isIsnadDocument('plaintext', ['plaintext', 'markdown'], ar), true);
		assert.equal(isIsnadDocument('plaintext', ['plaintext', 'markdown'], en), false);
		assert.equal(isIsnadDocument('markdown', ['plaintext'], ar), false);
		assert.equal(isIsnadDocument('typescript', ['plaintext', 'markdown'], ar), false);
	});

	test('the text is read lazily and only when the language qualifies', () => {
		let reads = 0;
		const text = (): string => {
			reads++;
			return 'قال الوزير';
		};
		isIsnadDocument('typescript', ['plaintext'], text);
		isIsnadDocument('arabic-news', ['plaintext'], text);
		assert.equal(reads, 0);
		assert.equal(isIsnadDocument('plaintext', ['plaintext'], text), true);
		assert.equal(reads, 1);
	});

	test('Arabic-Indic digits', () => {
		assert.equal(toArabicDigits(4), '٤');
		assert.equal(toArabicDigits(1977), '١٩٧٧');
		assert.equal(toArabicDigits('12:5'), '١٢:٥');
	});

	test('hasArabic', () => {
		assert.equal(hasArabic('abc'), false);
		assert.equal(hasArabic('abc کوریا'), true);
	});
});
