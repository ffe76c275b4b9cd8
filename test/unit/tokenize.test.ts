import * as assert from 'node:assert/strict';
import { guessStem, lookupWithClitics, segmentations, tokenize } from '../../src/core/index';

const kinds = (text: string): string[] => tokenize(text).tokens.map((t) => `${t.kind}:${t.text}`);

suite('tokenize', () => {
	test('keeps proclitics glued to the word and diacritics inside it', () => {
		assert.deepEqual(kinds('وبالرياضِ قالَ'), ['word:وبالرياضِ', 'word:قالَ']);
	});

	test('reads numbers in the three digit systems with their inner separators', () => {
		assert.deepEqual(kinds('1.5 ٢٫٥ ۳۴ 2,000 6:00'), ['number:1.5', 'number:٢٫٥', 'number:۳۴', 'number:2,000', 'number:6:00']);
	});

	test('Arabic punctuation and quote marks are tokens of their own', () => {
		assert.deepEqual(kinds('قال، «نعم»؛ لماذا؟'), ['word:قال', 'punct:،', 'quote:«', 'word:نعم', 'quote:»', 'punct:؛', 'word:لماذا', 'punct:؟']);
	});

	test('an apostrophe between Latin letters stays in the word; a straight quote elsewhere is a quote mark', () => {
		assert.deepEqual(kinds("O'Brien 'نعم'"), ["word:O'Brien", "quote:'", 'word:نعم', "quote:'"]);
	});

	test('tatweel after a glued preposition stays in the word (لـ«الراي»)', () => {
		assert.deepEqual(kinds('لـ«الراي»'), ['word:لـ', 'quote:«', 'word:الراي', 'quote:»']);
	});

	test('sentences end after a stop followed by space; closing quote marks stay with the sentence', () => {
		const doc = tokenize('قال: «نعم.» وأضاف أنه. د. أحمد حضر');
		const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
		assert.deepEqual(sentences, ['قال: «نعم.»', 'وأضاف أنه.', 'د. أحمد حضر']);
	});

	test('every line is a paragraph, and so is a run of three spaces', () => {
		const doc = tokenize('الأولى\n\nالثانية\r\nالثالثة   الرابعة');
		assert.deepEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)), ['الأولى', 'الثانية', 'الثالثة', 'الرابعة']);
	});

	test('words carry their matching key', () => {
		assert.equal(tokenize('وأكّد').tokens[0]!.key, 'واكد');
	});

	test('invisible characters produce no token; ZWNJ inside a word stays in it', () => {
		assert.deepEqual(kinds('قال\u200F \u200Bنعم ك\u200Cتاب'), ['word:قال', 'word:نعم', 'word:ك\u200Cتاب']);
	});

	test('lone surrogates and emoji are symbols, not crashes', () => {
		assert.deepEqual(kinds('\uD800 😀'), ['symbol:\uD800', 'symbol:😀']);
	});
});

suite('clitics', () => {
	test('lists every segmentation, the whole word first', () => {
		assert.deepEqual(
			segmentations('وبالرياض').map((s) => `${s.prefix}+${s.stem}`),
			['+وبالرياض', 'و+بالرياض', 'وب+الرياض', 'وبال+رياض'],
		);
	});

	test('looks a stem up after stripping proclitics, the whole word first', () => {
		const lexicon = new Set(['بوتين', 'رياض']);
		assert.equal(lookupWithClitics('وبوتين', (s) => lexicon.has(s))?.stem, 'بوتين');
		assert.equal(lookupWithClitics('بوتين', (s) => lexicon.has(s))?.prefix, '');
		assert.equal(lookupWithClitics('وزير', (s) => lexicon.has(s)), undefined);
	});

	test('guesses a stem only when an article is stripped', () => {
		assert.equal(guessStem('والرياض'), 'رياض');
		assert.equal(guessStem('للرئيس'), 'رئيس');
		assert.equal(guessStem('وزير'), 'وزير');
	});
});
