import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { HIGHLIGHT_KINDS, HIGHLIGHT_STYLES, highlightColorIds, highlightRangesJson, highlightSpans } from '../../../src/extension/highlights';
import { analysisOf, cue, quote, seedText, source, spanOf } from './helpers';

const ALL_ON = { quotes: true, cues: true, speakers: true, entities: true, sources: true };

suite('extension/highlights: what is drawn', () => {
	test('on the sample: every quote and cue, and the quotes\' speakers', () => {
		const text = seedText();
		const a = analyze(text);
		const spans = highlightSpans(a, ALL_ON);
		assert.equal(spans.quotes.length, a.quotes.length);
		assert.equal(spans.cues.length, a.cues.length);
		const speakers = spans.speakers.map((s) => text.slice(s.start, s.end));
		assert.ok(speakers.some((s) => s.includes('واتسون')), speakers.join(' | '));
		// Speakers are unique and sorted.
		const keys = spans.speakers.map((s) => `${s.start}:${s.end}`);
		assert.equal(new Set(keys).size, keys.length);
		assert.deepEqual([...spans.speakers].sort((x, y) => x.start - y.start), spans.speakers);
	});

	test('a family switched off draws nothing; entities go by type; sources by anonymity', () => {
		const text = 'قال مسؤول إن بوتين زار روسيا: «نعم».';
		const a = analysisOf({
			quotes: [quote(spanOf(text, '«نعم»'), spanOf(text, 'مسؤول'), spanOf(text, 'قال'))],
			cues: [cue(spanOf(text, 'قال'), 'قال', spanOf(text, 'مسؤول'))],
			entities: [
				{ ...spanOf(text, 'بوتين'), type: 'PER' },
				{ ...spanOf(text, 'روسيا'), type: 'LOC' },
			],
			sources: [source(spanOf(text, 'مسؤول'), true), source(spanOf(text, 'بوتين'), false)],
		});
		const on = highlightSpans(a, ALL_ON);
		assert.deepEqual(on.entityPER, [spanOf(text, 'بوتين')]);
		assert.deepEqual(on.entityLOC, [spanOf(text, 'روسيا')]);
		assert.deepEqual(on.anonymousSources, [spanOf(text, 'مسؤول')]);
		assert.deepEqual(on.namedSources, [spanOf(text, 'بوتين')]);
		assert.deepEqual(on.speakers, [spanOf(text, 'مسؤول')], 'the quote\'s and the cue\'s speaker are one span');
		const off = highlightSpans(a, { quotes: false, cues: false, speakers: false, entities: false, sources: false });
		for (const k of HIGHLIGHT_KINDS) {
			assert.deepEqual(off[k], [], k);
		}
		const json = highlightRangesJson(on, (s) => [0, s.start, 0, s.end]);
		assert.deepEqual(Object.keys(json), ['quotes', 'cues', 'speakers', 'entities', 'namedSources', 'anonymousSources']);
		assert.deepEqual(Object.keys(json.entities), ['PER', 'LOC', 'ORG', 'MISC']);
		assert.deepEqual(json.entities.PER, [[0, spanOf(text, 'بوتين').start, 0, spanOf(text, 'بوتين').end]]);
	});

	test('styles are overlays only: nothing that renders inline and would cut an Arabic line', () => {
		const allowed = new Set(['backgroundColor', 'borderColor', 'borderStyle', 'borderWidth', 'borderRadius', 'overviewRulerColor']);
		for (const [kind, { style }] of Object.entries(HIGHLIGHT_STYLES)) {
			for (const key of Object.keys(style)) {
				assert.ok(allowed.has(key), `${kind} uses ${key}`);
			}
		}
		assert.ok(highlightColorIds().every((id) => id.startsWith('isnad.')));
		// Named and anonymous sources are told apart by the border style, not by colour alone.
		assert.notEqual(HIGHLIGHT_STYLES.namedSources.style.borderStyle, HIGHLIGHT_STYLES.anonymousSources.style.borderStyle);
		// Speakers are underlined with a bottom border only.
		assert.equal(HIGHLIGHT_STYLES.speakers.style.borderWidth, '0 0 2px 0');
	});
});
