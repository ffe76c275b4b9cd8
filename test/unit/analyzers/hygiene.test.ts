import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';

/** The hygiene findings of a text as `rule «text» → fix` lines. */
function hygiene(text: string): string[] {
	return analyze(text)
		.findings.filter((f) => f.ruleId.startsWith('hygiene.'))
		.map((f) => `${f.ruleId} «${text.slice(f.start, f.end)}»${f.fixes === undefined ? '' : ` → «${f.fixes[0]!.edits[0]!.newText}»`}`);
}

suite('hygiene', () => {
	test('Persian look-alike letters, with the Arabic word as the fix (final ی is ى in على)', () => {
		assert.deepEqual(hygiene('وقال الرئیس إن کوریا تتفاوض علی الاتفاق.'), [
			'hygiene.persian-letter «الرئیس» → «الرئيس»',
			'hygiene.persian-letter «کوریا» → «كوريا»',
			'hygiene.persian-letter «علی» → «على»',
		]);
		assert.deepEqual(hygiene('وقال الرئيس إن كوريا تتفاوض.'), []);
	});

	test('a g-letter is flagged without a fix; the tag line is left to the tags rules', () => {
		assert.deepEqual(hygiene('وصل بريگوجين.'), ['hygiene.persian-letter «بريگوجين»']);
		assert.deepEqual(hygiene('كلمات دلالية: کوریا الشمالیة'), []);
	});

	test('invisible characters are flagged and removed; a BOM at the start is not', () => {
		assert.deepEqual(hygiene('وقال الوزير\u200F\u200B إن الحكومة ستعمل.'), ['hygiene.invisible-character «\u200F\u200B» → «»']);
		assert.deepEqual(hygiene('\uFEFFوقال الوزير إن الحكومة ستعمل.'), []);
	});

	test('Persian digits always; mixed digit systems on the minority', () => {
		assert.deepEqual(hygiene('قُتل ۴ أشخاص وجُرح ٣ آخرون و12 جندياً.'), ['hygiene.persian-digit «۴» → «٤»', 'hygiene.mixed-digits «12» → «١٢»']);
		assert.deepEqual(hygiene('قُتل ٤ أشخاص وجُرح ٣.'), []);
	});

	test('Latin punctuation between Arabic words', () => {
		assert.deepEqual(hygiene('وقال الوزير, إن الحكومة ستعمل؛ فهل تنجح?'), ['hygiene.latin-punctuation «,» → «،»', 'hygiene.latin-punctuation «?» → «؟»']);
		assert.deepEqual(hygiene('Reuters, AP; and AFP?'), []);
	});

	test('tatweel in body text, but not لـ/بـ before a quote mark, a digit or a Latin word', () => {
		assert.deepEqual(hygiene('وقال الوزيـــر إن الخطة جاهزة.'), ['hygiene.tatweel «الوزيـــر» → «الوزير»']);
		assert.deepEqual(hygiene('وقال لـ«رويترز» إن الخطة بـ2025 جاهزة لـBBC.'), []);
		// Also with a space, the article before a number, and the Hijri era after a year (seen on SaudiNewsNet).
		assert.deepEqual(hygiene('إضافة لـ "103" تحليلات في الـ 11 من أكتوبر، والدورة الـ15 يوم 16/08/1436هـ أو 1436 هـ.'), []);
		assert.deepEqual(hygiene('ذهب لـ المدرسة.'), ['hygiene.tatweel «لـ» → «ل»']);
	});

	test('hamza errors from the list, with proclitics and the article kept', () => {
		assert.deepEqual(hygiene('وعقد إجتماع لمناقشة الإتفاق والإنتخابات.'), [
			'hygiene.hamza-wasl «إجتماع» → «اجتماع»',
			'hygiene.hamza-wasl «الإتفاق» → «الاتفاق»',
			'hygiene.hamza-wasl «والإنتخابات» → «والانتخابات»',
		]);
		assert.deepEqual(hygiene('واكد الوزير امس الخطة.'), ['hygiene.hamza-missing «واكد» → «وأكد»', 'hygiene.hamza-missing «امس» → «أمس»']);
		assert.deepEqual(hygiene('وعقد اجتماع لمناقشة الاتفاق وأكد الوزير أمس.'), []);
	});
});
