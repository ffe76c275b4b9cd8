import * as assert from 'node:assert/strict';
import { outlineTree } from '../../../src/extension/outlineTree';
import { statusText, sourceCounts, sourceItems } from '../../../src/extension/sourceList';
import { analysisOf, cue, quote, source, spanOf } from './helpers';

const TEXT = 'قال الوزير: «سنعمل». وأضاف الوزير: «بسرعة». وقال مسؤول: «ربما». وقال آخرون «لا». زار بوتين روسيا وروسيا.';

function article() {
	const t = TEXT;
	const cues = [cue(spanOf(t, 'قال'), 'قال', spanOf(t, 'الوزير')), cue(spanOf(t, 'وأضاف'), 'أضاف', spanOf(t, 'الوزير', 1)), cue(spanOf(t, 'وقال'), 'قال', spanOf(t, 'مسؤول'))];
	return analysisOf({
		cues,
		quotes: [
			quote(spanOf(t, '«سنعمل»'), spanOf(t, 'الوزير'), spanOf(t, 'قال')),
			quote(spanOf(t, '«بسرعة»'), spanOf(t, 'الوزير', 1), spanOf(t, 'وأضاف')),
			quote(spanOf(t, '«ربما»'), spanOf(t, 'مسؤول'), spanOf(t, 'وقال')),
			quote(spanOf(t, '«لا»'), null, null),
		],
		sources: [
			source(spanOf(t, 'الوزير'), false, { first: 0, cues: [0] }),
			source(spanOf(t, 'الوزير', 1), false, { first: 0, cues: [1] }),
			source(spanOf(t, 'مسؤول'), true, { first: 2, cues: [2] }),
		],
		entities: [
			{ ...spanOf(t, 'بوتين'), type: 'PER' },
			{ ...spanOf(t, 'روسيا'), type: 'LOC', cluster: 'روسيا' },
			{ ...spanOf(t, 'روسيا', 1), type: 'LOC', cluster: 'روسيا' },
		],
	});
}

suite('extension/outlineTree and sourceList: sources with their quotes', () => {
	test('repeat mentions fold into the first; quotes follow their cue\'s source', () => {
		const { sources, otherQuotes } = sourceItems(TEXT, article());
		assert.deepEqual(
			sources.map((s) => [s.text, s.anonymous, s.mentions.length, s.quotes.map((q) => TEXT.slice(q.start, q.end))]),
			[
				['الوزير', false, 2, ['«سنعمل»', '«بسرعة»']],
				['مسؤول', true, 1, ['«ربما»']],
			],
		);
		assert.deepEqual(otherQuotes.map((q) => TEXT.slice(q.start, q.end)), ['«لا»']);
	});

	test('the status-bar text, with Arabic-Indic digits', () => {
		assert.equal(statusText(sourceCounts(sourceItems(TEXT, article()).sources)), 'مصادر: ١ مسماة · ١ مجهولة');
		assert.equal(statusText({ named: 4, anonymous: 2 }), 'مصادر: ٤ مسماة · ٢ مجهولة');
	});

	test('the outline: sources with quotes, other quotes, entities by type with counts', () => {
		const nodes = outlineTree(TEXT, article());
		assert.deepEqual(
			nodes.map((n) => [n.name, n.kind, n.children.length]),
			[
				['الوزير', 'namedSource', 2],
				['مسؤول', 'anonymousSource', 1],
				['اقتباسات أخرى', 'quoteGroup', 1],
				['شخص · PER', 'entityGroup', 1],
				['مكان · LOC', 'entityGroup', 1],
			],
		);
		const loc = nodes[4]!;
		assert.equal(loc.children[0]!.name, 'روسيا');
		assert.equal(loc.children[0]!.detail, '٢');
		for (const n of nodes) {
			assert.ok(n.span.start <= n.selection.start && n.selection.end <= n.span.end, `${n.name}: the selection lies in the range`);
			for (const c of n.children) {
				assert.ok(n.span.start <= c.span.start && c.span.end <= n.span.end, `${c.name} lies in ${n.name}`);
			}
		}
	});

	test('no analysis parts: an empty outline', () => {
		assert.deepEqual(outlineTree('نص', analysisOf({})), []);
	});
});
