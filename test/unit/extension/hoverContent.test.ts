import * as assert from 'node:assert/strict';
import { analyze, ruleById } from '../../../src/core/index';
import { hoverContent, md } from '../../../src/extension/hoverContent';
import { analysisOf, seedText, source, spanOf } from './helpers';

suite('extension/hoverContent: hovers', () => {
	test('a quote of the sample shows its speaker and cue', () => {
		const text = seedText();
		const a = analyze(text);
		const at = spanOf(text, 'لدينا معلومات تفيد').start;
		const h = hoverContent(text, a, at, ruleById);
		assert.ok(h !== undefined);
		const all = h.contents.join('\n');
		assert.match(all, /said by واتسون \(cue: «وقالت»\)/u);
		assert.match(all, /قاله \*\*واتسون\*\*/u);
	});

	test('a cue shows its lemma and class', () => {
		const text = seedText();
		const a = analyze(text);
		const h = hoverContent(text, a, spanOf(text, 'وأضاف المسؤول').start + 1, ruleById);
		assert.ok(h !== undefined);
		assert.match(h.contents[0]!, /lemma «أضاف»/u);
		assert.match(h.contents[0]!, /neutral/iu);
		assert.deepEqual(h.span, spanOf(text, 'وأضاف'));
	});

	test('an entity shows its type and the other spellings of the same name', () => {
		const text = 'التقى كيم جونج أون، ثم قال كيم جونغ أون إن روسيا صديقة.';
		const a = analysisOf({
			entities: [
				{ ...spanOf(text, 'كيم جونج أون'), type: 'PER', cluster: 'kim' },
				{ ...spanOf(text, 'كيم جونغ أون'), type: 'PER', cluster: 'kim' },
				{ ...spanOf(text, 'روسيا'), type: 'LOC', cluster: 'روسيا' },
			],
		});
		const h = hoverContent(text, a, spanOf(text, 'جونج').start, ruleById)!;
		assert.match(h.contents[0]!, /\*\*شخص\*\* \(PER, person\)/u);
		assert.match(h.contents[0]!, /other spellings in this article: «كيم جونغ أون»/u);
		const loc = hoverContent(text, a, spanOf(text, 'روسيا').start, ruleById)!;
		assert.doesNotMatch(loc.contents[0]!, /other spellings/u);
	});

	test('an anonymous source says whether a reason is given', () => {
		const text = 'قال مسؤول، طلب عدم ذكر اسمه، إن الاجتماع تأجل.';
		const a = analysisOf({ sources: [source(spanOf(text, 'مسؤول'), true, { reason: spanOf(text, 'طلب عدم ذكر اسمه'), reasonKind: 'request' })] });
		const h = hoverContent(text, a, spanOf(text, 'مسؤول').start, ruleById)!;
		assert.match(h.contents[0]!, /مصدر مجهول/u);
		assert.match(h.contents[0]!, /a request only/u);
	});

	test('a finding\'s rule is explained in Arabic and English with its standard and docs link', () => {
		const text = 'قال الوزير أن الحكومة ستعمل على ذلك.';
		const a = analyze(text);
		const f = a.findings.find((x) => x.ruleId === 'attribution.qala-anna');
		assert.ok(f !== undefined, 'the core reports «قال أن»');
		const h = hoverContent(text, a, f.start, ruleById, (id) => `file:///ext/docs/rules.md#${id}`)!;
		const rule = ruleById('attribution.qala-anna')!;
		const last = h.contents[h.contents.length - 1]!;
		assert.ok(last.includes('[`attribution.qala-anna`](file:///ext/docs/rules.md#attribution.qala-anna)'));
		assert.ok(last.includes(md(rule.descriptionAr)));
		assert.ok(last.includes(md(rule.description)));
	});

	test('nothing to say: no hover', () => {
		assert.equal(hoverContent('نص عادي', analysisOf({}), 2, ruleById), undefined);
	});

	test('article text is escaped for Markdown', () => {
		assert.equal(md('a*b_[c](d)'), 'a\\*b\\_\\[c\\]\\(d\\)');
	});
});
