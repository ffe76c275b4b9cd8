import * as assert from 'node:assert/strict';
import { applyEdit, BodyIndex, findTagLine, findTagLines, formatTagLine, readTagLines, tagLineEdit } from '../../../src/core/index';
import { joinLines } from '../helpers';

/** Applies the tag-line edit and returns the new text. */
function write(text: string, tags: string[], options = {}): string {
	return applyEdit(text, tagLineEdit(text, tags, options));
}

const TAGS = ['روسيا', 'كوريا الشمالية'];
const LINE = 'كلمات دلالية: روسيا، كوريا الشمالية';

suite('tags: the tag line edit', () => {
	test('inserts the line at the end of an article that ends with a line break', () => {
		assert.equal(write('قال الوزير إن الخطة جاهزة.\n', TAGS), `قال الوزير إن الخطة جاهزة.\n${LINE}\n`);
	});

	test('a document that does not end with a line break still does not', () => {
		assert.equal(write('قال الوزير إن الخطة جاهزة.', TAGS), `قال الوزير إن الخطة جاهزة.\n${LINE}`);
	});

	test('paragraphs separated by blank lines get a blank line before the tag line', () => {
		const text = joinLines('الفقرة الأولى.', '', 'الفقرة الثانية.', '');
		assert.equal(write(text, TAGS), joinLines('الفقرة الأولى.', '', 'الفقرة الثانية.', '', LINE, ''));
	});

	test('CRLF line ends are kept', () => {
		const text = 'الفقرة الأولى.\r\nالفقرة الثانية.\r\n';
		const out = write(text, TAGS);
		assert.equal(out, `الفقرة الأولى.\r\nالفقرة الثانية.\r\n${LINE}\r\n`);
		assert.equal(out.replace(/\r\n/gu, '').includes('\n'), false, 'no bare LF');
		// Replacing keeps them too.
		assert.equal(write(out, ['أوكرانيا']), 'الفقرة الأولى.\r\nالفقرة الثانية.\r\nكلمات دلالية: أوكرانيا\r\n');
	});

	test('trailing blank lines stay after the inserted line', () => {
		assert.equal(write('النص.\n\n\n', TAGS), `النص.\n${LINE}\n\n\n`);
	});

	test('an empty document gets the line alone', () => {
		assert.equal(write('', TAGS), LINE);
	});

	test('replaces an existing tag line wherever it is, keeping what surrounds it', () => {
		const text = joinLines('الفقرة الأولى.', 'كلمات دلالية: قديم، أقدم', 'الفقرة الثانية.', '');
		assert.equal(write(text, TAGS), joinLines('الفقرة الأولى.', LINE, 'الفقرة الثانية.', ''));
	});

	test('running it twice never duplicates the line', () => {
		for (const text of ['النص.\n', 'النص.', 'النص.\r\n\r\nفقرة.\r\n', joinLines('أ.', 'كلمات دلالية: س', 'ب.')]) {
			const once = write(text, TAGS);
			const twice = write(once, TAGS);
			assert.equal(twice, once, JSON.stringify(text));
			assert.equal(findTagLines(twice).length, 1);
			const other = write(once, ['أوكرانيا', 'بوتين']);
			assert.equal(findTagLines(other).length, 1);
			assert.equal(findTagLine(other)!.tags.map((t) => t.text).join('|'), 'أوكرانيا|بوتين');
		}
	});

	test('a tag line written with Persian letters and another label form is found and replaced', () => {
		const text = joinLines('النص.', 'الكلمات الدلالیة: کوریا الشمالیة، روسيا', '');
		assert.equal(write(text, TAGS), joinLines('النص.', LINE, ''));
		assert.ok(findTagLine('کلمات دلالیة: روسيا'));
	});

	test('a leading bullet is kept, the label and tags are replaced', () => {
		assert.equal(write('النص.\n• كلمات دلالية: قديم\n', TAGS), `النص.\n• ${LINE}\n`);
	});

	test('the label and the separator can be chosen', () => {
		assert.equal(formatTagLine(TAGS, { label: 'الوسوم', separator: ' | ' }), 'الوسوم: روسيا | كوريا الشمالية');
		assert.equal(write('النص.\n', TAGS, { label: 'وسوم', separator: ', ' }), 'النص.\nوسوم: روسيا, كوريا الشمالية\n');
	});

	test('a sentence that merely begins with the words of the label is not a tag line', () => {
		assert.equal(findTagLine('كلمات دلالية كثيرة تستخدمها المواقع.'), undefined);
		assert.equal(findTagLine('وكلماتهم دلالية: لا'), undefined);
	});
});

suite('tags: parsing an existing tag line', () => {
	const tagsOf = (line: string): string[] => findTagLine(`زار بوتين كوريا الشمالية، ثم عاد إلى روسيا.\n${line}`)!.tags.map((t) => t.text);

	test('every separator', () => {
		assert.deepEqual(tagsOf('كلمات دلالية: روسيا، كوريا الشمالية، بوتين'), ['روسيا', 'كوريا الشمالية', 'بوتين']);
		assert.deepEqual(tagsOf('كلمات دلالية: روسيا, كوريا الشمالية,بوتين'), ['روسيا', 'كوريا الشمالية', 'بوتين']);
		assert.deepEqual(tagsOf('كلمات دلالية: روسيا - كوريا الشمالية - بوتين'), ['روسيا', 'كوريا الشمالية', 'بوتين']);
		assert.deepEqual(tagsOf('كلمات دلالية: روسيا | كوريا الشمالية | بوتين'), ['روسيا', 'كوريا الشمالية', 'بوتين']);
		assert.deepEqual(tagsOf('كلمات دلالية:روسيا؛ كوريا الشمالية؛ بوتين.'), ['روسيا', 'كوريا الشمالية', 'بوتين']);
	});

	test('spaces only: words are grouped into the phrases the article writes', () => {
		assert.deepEqual(tagsOf('كلمات دلالية: روسيا كوريا الشمالية بوتين'), ['روسيا', 'كوريا الشمالية', 'بوتين']);
		// Persian letters and clitics do not hide a phrase from the article.
		assert.deepEqual(tagsOf('كلمات دلالية: کوریا الشمالیة لروسيا'), ['کوریا الشمالیة', 'لروسيا']);
	});

	test('a dash inside a tag is not a separator', () => {
		assert.deepEqual(tagsOf('كلمات دلالية: كوفيد-19، روسيا'), ['كوفيد-19', 'روسيا']);
	});

	test('spans point at the tags as written', () => {
		const text = 'النص.\r\nكلمات دلالية:  روسيا ،بوتين\r\n';
		const line = findTagLine(text)!;
		assert.deepEqual(line.tags.map((t) => text.slice(t.start, t.end)), ['روسيا', 'بوتين']);
		assert.equal(text.slice(line.start, line.end), 'كلمات دلالية:  روسيا ،بوتين');
		assert.equal(text.slice(line.label.start, line.label.end), 'كلمات دلالية');
		assert.equal(line.separator, '،');
	});

	test('an empty tag line is a tag line with no tags', () => {
		const line = findTagLine('النص.\nكلمات دلالية:\n');
		assert.ok(line);
		assert.deepEqual(line.tags, []);
		assert.equal(line.separator, null);
	});
});

suite('tags: finding the tag line cheaply', () => {
	test('the label is looked for near the start of each line only', () => {
		const far = `${' '.repeat(40)}${'•'.repeat(45)}كلمات دلالية: روسيا`;
		assert.equal(findTagLine(`النص.\n${far}\n`), undefined);
		assert.ok(findTagLine(`النص.\n${'•'.repeat(10)} كلمات دلالية: روسيا\n`));
		// Lines that hold the label's letters elsewhere («تكلم»، «الكلمة») do not hide a later tag line.
		const text = joinLines('تكلم الوزير عن الكلمات.', 'وقال إن الكلمة الأخيرة للشعب.', 'كلمات دلالية: الوزير', 'كلمات');
		assert.deepEqual(findTagLines(text).map((l) => text.slice(l.start, l.end)), ['كلمات دلالية: الوزير']);
		// Every kind of line break ends a line.
		for (const br of ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085']) {
			const t = `قال الوزير.${br}كلمات دلالية: الوزير${br}نص.`;
			assert.equal(findTagLines(t).length, 1, JSON.stringify(br));
		}
	});

	test('without a tag line the body is not read', () => {
		const { lines, body } = readTagLines('قال الوزير إن الكلمات مهمة.\nكلمات كثيرة.');
		assert.deepEqual(lines, []);
		assert.equal(body, undefined);
	});

	test('the body index restricted to the tag words answers as the whole index does', () => {
		const text = joinLines(
			'قال الزعيم الكوري الشمالي كيم جونغ أون إن كوريا الشمالية ستزور روسيا، وإن لبوتين رأيا.',
			'وأضاف: «الولايات المتحدة» لم ترد؛ الوزير-الأول. ABC Corp 2024 ٢٠٢٤ کوریا مستشفى',
			'كلمات دلالية: x',
		);
		const line = findTagLine(text)!;
		const phrases = ['روسيا', 'بوتين', 'كوريا الشمالية', 'الكوري الشمالي كيم', 'الولايات المتحدة', 'المتحدة لم', 'الزعيم', 'abc corp', 'Corp 2024', '2024', 'کوریا', 'مستشفی', 'وزير', 'الوزير الأول', 'أون إن', 'ستزور روسيا وإن', 'x'];
		const full = new BodyIndex(text, [line]);
		const only = new BodyIndex(text, [line], phrases);
		for (const p of phrases) {
			assert.equal(only.has(p), full.has(p), p);
		}
		assert.deepEqual(phrases.filter((p) => full.has(p)), phrases.filter((p) => !['المتحدة لم', 'ستزور روسيا وإن', 'x'].includes(p)));
	});
});
