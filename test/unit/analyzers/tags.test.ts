import * as assert from 'node:assert/strict';
import { analyze, applyEdit, type Finding } from '../../../src/core/index';
import { joinLines } from '../helpers';

const BODY = joinLines('قال مسؤول إن كوريا الشمالية سترسل وفدا إلى روسيا.', 'وأضاف أن روسيا ترحب بالزيارة.');

function tagFindings(text: string): Finding[] {
	return analyze(text).findings.filter((f) => f.ruleId.startsWith('tags.'));
}

suite('analyzer: tags', () => {
	test('tags.persian-letters: a tag written with Persian look-alikes, with a fix in the article spelling', () => {
		const text = joinLines(BODY, 'كلمات دلالية: روسيا، کوریا الشمالیة');
		const f = tagFindings(text);
		assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity} ${text.slice(x.start, x.end)}`), ['tags.persian-letters warning کوریا الشمالیة']);
		const fix = f[0]!.fixes![0]!;
		assert.equal(fix.preferred, true);
		const fixed = fix.edits.reduce((t, e) => applyEdit(t, e), text);
		assert.ok(fixed.endsWith('كلمات دلالية: روسيا، كوريا الشمالية'));
		assert.deepEqual(tagFindings(fixed), []);
	});

	test('tags.persian-letters: a final farsi yeh takes the article spelling (ى or ي)', () => {
		const text = joinLines('وصل الوفد إلى مستشفى المدينة.', 'كلمات دلالية: مستشفی');
		const f = tagFindings(text);
		assert.equal(f.length, 1);
		assert.equal(f[0]!.fixes![0]!.edits[0]!.newText, 'مستشفى');
	});

	test('tags.not-in-article: a tag that never occurs in the body is a hint; clitics and Persian letters aside', () => {
		const text = joinLines(BODY, 'كلمات دلالية: روسيا، الانتخابات، لكوريا الشمالية');
		const f = tagFindings(text);
		assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity} ${text.slice(x.start, x.end)}`), ['tags.not-in-article hint الانتخابات']);
	});

	test('a tag line in the middle of the document is checked, and its words do not count as the body', () => {
		const text = joinLines('قال مسؤول إن الوفد وصل.', 'كلمات دلالية: البرتقال', 'وأضاف أن الزيارة تستمر يومين.');
		assert.deepEqual(tagFindings(text).map((x) => x.ruleId), ['tags.not-in-article']);
	});

	test('the seed sample: its space-separated tag line has Persian letters in its second tag', () => {
		const text = joinLines('قال الزعيم الكوري الشمالي إن كوريا الشمالية مستعدة.', 'كلمات دلالية: الزعيم الكوري الشمالي کوریا الشمالیة');
		const f = tagFindings(text);
		assert.deepEqual(f.map((x) => `${x.ruleId} ${text.slice(x.start, x.end)}`), ['tags.persian-letters کوریا الشمالیة']);
		const other = joinLines('قال الزعيم إن كوريا الشمالية مستعدة.', 'كلمات دلالية: الزعيم الكوري الشمالي کوریا الشمالیة');
		assert.deepEqual(
			tagFindings(other).map((x) => `${x.ruleId} ${other.slice(x.start, x.end)}`),
			['tags.not-in-article الكوري', 'tags.not-in-article الشمالي', 'tags.persian-letters کوریا الشمالیة'],
		);
	});

	test('rules can be turned off', () => {
		const text = joinLines(BODY, 'كلمات دلالية: کوریا، الانتخابات');
		assert.deepEqual(analyze(text, { rules: { 'tags.persian-letters': 'off', 'tags.not-in-article': 'off' } }).findings.filter((f) => f.ruleId.startsWith('tags.')), []);
	});

	test('no tag line, no finding; tags are suggested only when asked', () => {
		assert.deepEqual(tagFindings(BODY), []);
		assert.deepEqual(analyze(BODY).tags, []);
		assert.ok(analyze(BODY, { tags: true }).tags.length > 0);
	});
});
