import * as assert from 'node:assert/strict';
import { decodeBase64 } from '../../../src/core/ner/base64';
import { fmix, hashString, mix } from '../../../src/core/ner/hash';
import { Gazetteer, GAZ, IntMap, triggerClass, wordHash } from '../../../src/core/ner/lexicon';
import { nerModelInfo } from '../../../src/core/ner/model';
import { allowed, joinPersons, NTAGS, TAGS, viterbi } from '../../../src/core/ner/viterbi';
import { DEFAULT_CONFIG, phraseMatches, wordFeatures } from '../../../src/core/ner/features';
import { matchKey } from '../../../src/core/index';

suite('ner/runtime: hashing, tables, decoding, Viterbi', () => {
	test('hashes are deterministic 32-bit integers and order-sensitive when mixed', () => {
		assert.equal(hashString('بوتين'), hashString('بوتين'));
		assert.notEqual(hashString('بوتين'), hashString('بوتن'));
		assert.equal(hashString('x') | 0, hashString('x'));
		assert.notEqual(mix(1, 2), mix(2, 1));
		assert.equal(fmix(0), 0);
	});

	test('IntMap stores and finds keys, -1 when absent', () => {
		const m = new IntMap(100);
		for (let i = 0; i < 100; i++) {
			m.set(hashString(String(i)), i);
		}
		assert.equal(m.size, 100);
		assert.equal(m.get(hashString('42')), 42);
		assert.equal(m.get(hashString('no')), -1);
	});

	test('base64 decoder matches Node and rejects foreign characters', () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 65]);
		const b64 = Buffer.from(bytes).toString('base64');
		assert.deepEqual(Array.from(decodeBase64(b64)!), Array.from(bytes));
		assert.deepEqual(Array.from(decodeBase64('QUJD')!), [65, 66, 67]);
		assert.equal(decodeBase64('QU!D'), undefined);
	});

	test('gazetteer membership is stored as hashes, with phrase prefixes', () => {
		const g = Gazetteer.build([
			['الولايات المتحدة', GAZ.LOC],
			['بوتين', GAZ.PER],
		]);
		assert.equal(g.bitsOf(wordHash('بوتين')) & GAZ.PER, GAZ.PER);
		assert.equal(g.bitsOf(wordHash(matchKey('الولايات'))) & GAZ.PREFIX, GAZ.PREFIX);
		assert.equal(g.bitsOf(wordHash('ترمب')), 0);
		const words = ['في', 'الولايات', 'المتحدة'].map((w) => wordFeatures({ key: matchKey(w), kind: 'word', script: 'arabic' }, g, DEFAULT_CONFIG));
		assert.deepEqual(Array.from(phraseMatches(words, g)), [-1, 2, 3]);
		assert.deepEqual(Array.from(phraseMatches(words, Gazetteer.build([['الولايات المتحدة', GAZ.CITY]]))), [-1, 2, 3]);
		// With a proclitic on the first word (بالولايات), the phrase is still found.
		const glued = ['بالولايات', 'المتحدة'].map((w) => wordFeatures({ key: matchKey(w), kind: 'word', script: 'arabic' }, g, DEFAULT_CONFIG));
		assert.deepEqual(Array.from(phraseMatches(glued, g)), [2, 3]);
	});

	test('trigger words are found through proclitics and the article', () => {
		assert.ok(triggerClass('الرئيس') > 0);
		assert.ok(triggerClass('والرئيس') > 0);
		assert.ok(triggerClass('لوزير') > 0);
		assert.ok(triggerClass('صحيفة') > 0);
		assert.equal(triggerClass('بوتين'), 0);
	});

	test('Viterbi obeys BIO: no I- after O or after another type', () => {
		const n = 3;
		const emit = new Float32Array(n * NTAGS);
		// The emissions prefer I-PER everywhere; the best valid path starts with B-PER.
		for (let i = 0; i < n; i++) {
			emit[i * NTAGS + TAGS.indexOf('I-PER')] = 5;
			emit[i * NTAGS + TAGS.indexOf('B-PER')] = 1;
		}
		const out = new Int8Array(n);
		viterbi(emit, new Float32Array((NTAGS + 1) * NTAGS), n, out);
		assert.deepEqual(Array.from(out).map((t) => TAGS[t]), ['B-PER', 'I-PER', 'I-PER']);
		assert.equal(allowed(0, TAGS.indexOf('I-LOC')), false);
		assert.equal(allowed(TAGS.indexOf('B-LOC'), TAGS.indexOf('I-LOC')), true);
		assert.equal(allowed(TAGS.indexOf('B-PER'), TAGS.indexOf('I-LOC')), false);
	});

	test('the embedded model decodes, with features, a gazetteer, and a load time', () => {
		const info = nerModelInfo();
		assert.equal(info.error, undefined);
		assert.ok(info.features > 10000, `features: ${info.features}`);
		assert.ok(info.bytes > 0 && info.bytes <= 700 * 1024, `bytes: ${info.bytes}`);
	});

	test('joinPersons: a person right after a person continues it, unless its word starts with و or ف', () => {
		const tag = (t: string): number => TAGS.indexOf(t);
		const run = (words: string[], tags: string[]): string[] => {
			const t = Int8Array.from(tags.map(tag));
			joinPersons(t, 0, t.length, (i) => words[i]);
			return Array.from(t, (x) => TAGS[x]!);
		};
		// «خوسيه | راؤول مولينو»: one foreign name the model cut in two.
		assert.deepEqual(run(['خوسيه', 'راؤول', 'مولينو'], ['B-PER', 'B-PER', 'I-PER']), ['B-PER', 'I-PER', 'I-PER']);
		// «بوش وبلير»: two people joined by و stay two.
		assert.deepEqual(run(['بوش', 'وبلير'], ['B-PER', 'B-PER']), ['B-PER', 'B-PER']);
		// A person after an organisation or a place is not touched.
		assert.deepEqual(run(['روسيا', 'بوتين'], ['B-LOC', 'B-PER']), ['B-LOC', 'B-PER']);
	});
});
