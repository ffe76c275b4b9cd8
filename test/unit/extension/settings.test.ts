import * as assert from 'node:assert/strict';
import type { RuleMeta } from '../../../src/core/index';
import { DEFAULTS, parseSettings } from '../../../src/extension/settings';

const RULES: RuleMeta[] = [
	{ id: 'quotes.unbalanced', defaultLevel: 'warning', title: 't', description: 'd', descriptionAr: 'د', example: 'e' },
	{ id: 'attribution.loaded-verb', defaultLevel: 'hint', title: 't', description: 'd', descriptionAr: 'د', example: 'e' },
];

function parse(values: Record<string, unknown>, layers: unknown[] = []): ReturnType<typeof parseSettings> {
	return parseSettings((k) => values[k], layers, RULES);
}

suite('extension/settings: validation and defaults', () => {
	test('nothing set: every default, every rule at its registry level', () => {
		const { settings, problems } = parse({});
		assert.deepEqual(problems, []);
		assert.deepEqual(settings.languages, ['plaintext', 'markdown']);
		assert.deepEqual(settings.rules, { 'quotes.unbalanced': 'warning', 'attribution.loaded-verb': 'hint' });
		assert.deepEqual(settings.highlight, { quotes: true, cues: true, speakers: true, entities: true, sources: true });
		assert.deepEqual(settings.tags, { count: 6, label: 'كلمات دلالية', separator: '، ' });
		assert.equal(settings.maxDocumentSize, 2 * 1024 * 1024);
		assert.equal(settings.debounce, DEFAULTS.debounce);
	});

	test('rule levels merge rule by rule across scopes, later scopes winning', () => {
		const { settings, problems } = parse({}, [{ 'quotes.unbalanced': 'warning' }, { 'quotes.unbalanced': 'error', 'attribution.loaded-verb': 'off' }, { 'quotes.unbalanced': 'info' }]);
		assert.deepEqual(problems, []);
		assert.deepEqual(settings.rules, { 'quotes.unbalanced': 'info', 'attribution.loaded-verb': 'off' });
	});

	test('bad values fall back to defaults and are reported', () => {
		const { settings, problems } = parse(
			{ 'tags.count': 0, 'tags.separator': '', 'highlight.cues': 'yes', languages: 'plaintext', maxDocumentSize: -1, debounce: 1.5 },
			[{ 'quotes.unbalanced': 'loud', 'no.such-rule': 'off' }, ['x']],
		);
		assert.equal(settings.tags.count, 6);
		assert.equal(settings.tags.separator, '، ');
		assert.equal(settings.highlight.cues, true);
		assert.deepEqual(settings.languages, ['plaintext', 'markdown']);
		assert.equal(settings.maxDocumentSize, DEFAULTS.maxDocumentSize);
		assert.equal(settings.rules['quotes.unbalanced'], 'warning');
		assert.equal(problems.length, 9, problems.join('\n'));
		assert.ok(problems.some((p) => p.includes('no rule "no.such-rule"')));
	});

	test('a separator may be a single space; a label is trimmed', () => {
		const { settings } = parse({ 'tags.separator': ' ', 'tags.label': '  الكلمات المفتاحية ' });
		assert.equal(settings.tags.separator, ' ');
		assert.equal(settings.tags.label, 'الكلمات المفتاحية');
	});
});
