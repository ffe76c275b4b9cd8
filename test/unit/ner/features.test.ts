import * as assert from 'node:assert/strict';
import { CH, DEFAULT_CONFIG, dictStatus, wordAttributes } from '../../../src/core/ner/features';
import { Gazetteer, GAZ } from '../../../src/core/ner/lexicon';
import { segmentations } from '../../../src/core/tokenize/clitics';
import { matchKey } from '../../../src/core/normalize/normalize';

suite('ner/features: the spelling-dictionary channel', () => {
	// A tiny dictionary: a noun, a verb form, a word that is both (a function word) and one entity entry.
	const gaz = Gazetteer.build([
		['كتاب', GAZ.DICT],
		['قال', GAZ.VERB],
		['ولد', GAZ.DICT | GAZ.VERB],
		['بوتين', GAZ.PER],
	]);
	const status = (w: string): string => {
		const key = matchKey(w);
		return dictStatus(key, segmentations(key), gaz);
	};

	test('a word is found as written, through a proclitic or the article, or without a common suffix', () => {
		assert.equal(status('كتاب'), 'DN');
		assert.equal(status('قال'), 'DV');
		assert.equal(status('ولد'), 'DB');
		// Proclitics and the article: «والكتاب» → «كتاب».
		assert.equal(status('والكتاب'), 'dN');
		assert.equal(status('وقال'), 'dV');
		// Suffixes: «كتابات» → «كتاب»; «قالت» → «قال».
		assert.equal(status('كتابات'), 'sN');
		assert.equal(status('قالت'), 'sV');
	});

	test('a name or an unknown word is nowhere in the dictionary, whatever the gazetteer says', () => {
		assert.equal(status('بوتين'), 'X');
		assert.equal(status('شويغو'), 'X');
	});

	test('the channel is a feature only when the configuration asks for it, and only for Arabic words', () => {
		const token = { key: 'كتاب', kind: 'word' as const, script: 'arabic' as const };
		const channels = (config: typeof DEFAULT_CONFIG): number[] => {
			const { attrs } = wordAttributes(token, gaz, config);
			return attrs.filter((_, i) => i % 2 === 0);
		};
		assert.ok(!channels(DEFAULT_CONFIG).includes(CH.DICT));
		assert.ok(channels({ ...DEFAULT_CONFIG, dict: true }).includes(CH.DICT));
		const latin = wordAttributes({ key: 'nato', kind: 'word', script: 'latin' }, gaz, { ...DEFAULT_CONFIG, dict: true });
		assert.ok(!latin.attrs.filter((_, i) => i % 2 === 0).includes(CH.DICT));
	});
});
