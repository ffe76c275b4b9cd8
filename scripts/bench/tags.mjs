// Keyword tags: their cost beside a bare Unicode word scan of the same text (`text.matchAll(/[\p{L}\p{N}]+/gu)`),
// measured in the same process, so the figures are ratios that hold on a noisy machine.
//
// 1. Per keystroke: the tags analyzer with `options.tags` off (the editor's analysis) only checks an existing
//    «كلمات دلالية» line: on the seed article with its tag line, and without it (then one scan for the label).
// 2. The command on the seed: the tag generator on the tokenized document with the NER's entities.
// 3. Generation per MB: 1 MB of numbered copies of the seed, 1 MB of SaudiNewsNet articles when ../shared holds them
//    (research-only: read at run time, never copied), and 4 MB of them (linear time).
import { readFileSync } from 'node:fs';
import { ANALYZERS, analyze, analyzeDocument, generateTags, recognizeEntities, tagLineEdit, tokenize } from '../../out/src/core/index.js';
import { bareScan, median, timeIt } from './_timing.mjs';

export const title = 'Keyword tags — per-keystroke check and generation time beside the bare word scan';

const SAMPLE = new URL('../../test/fixtures/cases/seed-article.arnews', import.meta.url);

/** Median milliseconds per call. */
function ms(fn, rounds) {
	return median(timeIt(fn, rounds)) * 1e3;
}

/** A context like the analysis gives the tags analyzer: the document, no earlier results, every rule on. */
function contextOf(text) {
	return {
		doc: tokenize(text),
		options: {},
		quotes: [],
		terms: [],
		cues: [],
		entities: [],
		sources: [],
		tags: [],
		scratch: new Map(),
		enabled: () => true,
		report: () => {},
	};
}

async function saudiNewsNet(size) {
	try {
		const { readZip, zipNames } = await import('../lib/saudinewsnet.mjs');
		let text = '';
		for (const zip of zipNames()) {
			for (const a of await readZip(zip)) {
				text += `${a.title ?? ''}\n\n${a.content ?? ''}\n\n`;
				if (text.length >= size) {
					// Presentation forms out: some (﴾ ﴿ U+FD3E/F, U+FBB2–FBC1 …) overflow matchKey's stack in the tokenizer.
					return text.slice(0, size).replace(/[\uFB50-\uFDFF\uFE70-\uFEFF]/gu, ' ');
				}
			}
		}
		return undefined;
	} catch {
		return undefined;
	}
}

export async function run() {
	const text = readFileSync(SAMPLE, 'utf8');
	const noLine = text
		.split('\n')
		.filter((l) => !l.startsWith('كلمات دلالية'))
		.join('\n');
	const f = (x) => x.toFixed(3);
	const r = (x, base) => `${(x / base).toFixed(2)}× the scan`;
	const scanMs = ms(() => bareScan(text), 400);
	console.log(`seed sample: ${text.length} characters, ${bareScan(text)} words; bare word scan ${f(scanMs)} ms`);

	// 1. Per keystroke.
	const tags = ANALYZERS.find((a) => a.name === 'tags');
	const withLine = contextOf(text);
	const withoutLine = contextOf(noLine);
	const lineMs = ms(() => tags.run(withLine), 2000);
	const noLineMs = ms(() => tags.run(withoutLine), 2000);
	console.log(`tags analyzer per keystroke (tags off), the seed with its tag line:  ${f(lineMs)} ms  ${r(lineMs, scanMs)}`);
	console.log(`tags analyzer per keystroke (tags off), the seed without a tag line: ${f(noLineMs)} ms  ${r(noLineMs, scanMs)}`);

	// 2. The command on the seed.
	const a = analyzeDocument(text);
	const top = generateTags(a.doc, { count: 10, entities: a.entities }).map((t) => t.text);
	const fromDocMs = ms(() => generateTags(a.doc, { count: 6, entities: a.entities }), 100);
	const withTagsMs = ms(() => analyze(text, { tags: true }), 100);
	const withoutMs = ms(() => analyze(text), 100);
	const editMs = ms(() => tagLineEdit(text, top.slice(0, 6)), 200);
	console.log(`generateTags(doc, entities) (the command):                          ${f(fromDocMs)} ms  ${r(fromDocMs, scanMs)}`);
	console.log(`analyze(text, {tags: true}) ${f(withTagsMs)} ms, analyze(text) ${f(withoutMs)} ms: tags add ${f(withTagsMs - withoutMs)} ms`);
	console.log(`tagLineEdit(text, 6 tags):                                           ${f(editMs)} ms  ${r(editMs, scanMs)}`);

	// 3. Generation per MB (the NER's entities included, as the command has them).
	const copies = [];
	for (let i = 0; copies.join('\n').length < 1e6; i++) {
		// Each paragraph numbered so that no paragraph repeats (repeated paragraphs are counted once).
		copies.push(text.split('\n').map((p) => (p.trim() === '' ? p : `${i + 1}. ${p}`)).join('\n'));
	}
	const big = [['1 MB of numbered seed copies', copies.join('\n').slice(0, 1e6)]];
	const news = await saudiNewsNet(4e6);
	if (news !== undefined) {
		big.push(['1 MB of SaudiNewsNet articles', news.slice(0, 1e6)], ['4 MB of SaudiNewsNet articles', news]);
	} else {
		console.log('(SaudiNewsNet not found under ../shared: the news figures are skipped)');
	}
	for (const [name, t] of big) {
		const doc = tokenize(t);
		const entities = recognizeEntities(doc).entities;
		const scan = ms(() => bareScan(t), 5);
		const gen = ms(() => generateTags(doc, { count: 6, entities }), 3);
		const mb = t.length / 1e6;
		console.log(`${name.padEnd(32)} generateTags ${gen.toFixed(0)} ms = ${(gen / mb).toFixed(0)} ms per MB  ${r(gen, scan)}`);
	}
	console.log(`seed top ten: ${top.join('، ')}`);
}
