// Keyword tags: generation time on the seed article beside a bare Unicode word scan of the same text
// (`text.matchAll(/[\p{L}\p{N}]+/gu)`), measured in the same process, so the figure is a ratio that holds on a noisy
// machine. Also: the tag generator on an already tokenized document with the NER's entities (what the command does),
// the whole analyze() with tags on and off, the tag-line edit, and a 20× longer article (linear time).
import { readFileSync } from 'node:fs';
import { analyze, analyzeDocument, generateTags, tagLineEdit, tokenize } from '../../out/src/core/index.js';
import { median } from './_timing.mjs';

export const title = 'Keyword tags — generation time (seed article) beside the bare word scan';

const SAMPLE = new URL('../../../shared/samples/seed-article.txt', import.meta.url);

/** Median milliseconds per call of `f` over `rounds` rounds of `iters` calls, after a warm-up. */
function time(f, iters, rounds = 7) {
	for (let i = 0; i < Math.min(iters, 20); i++) {
		f();
	}
	const per = [];
	for (let r = 0; r < rounds; r++) {
		const t0 = performance.now();
		for (let i = 0; i < iters; i++) {
			f();
		}
		per.push((performance.now() - t0) / iters);
	}
	return median(per);
}

export async function run() {
	const text = readFileSync(SAMPLE, 'utf8');
	const scanOf = (s) => () => {
		let n = 0;
		for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) {
			n += m[0].length > 0 ? 1 : 0;
		}
		return n;
	};
	const scan = scanOf(text);
	const words = scan();
	const a = analyzeDocument(text);
	const tags = generateTags(a.doc, { count: 6, entities: a.entities }).map((t) => t.text);

	const scanMs = time(scan, 400);
	const fromTextMs = time(() => generateTags(text, { count: 6 }), 50);
	const fromDocMs = time(() => generateTags(a.doc, { count: 6, entities: a.entities }), 50);
	const withTagsMs = time(() => analyze(text, { tags: true }), 30);
	const withoutMs = time(() => analyze(text), 30);
	const editMs = time(() => tagLineEdit(text, tags), 200);

	// 20 copies, each paragraph numbered so that no paragraph repeats (repeated paragraphs are counted once).
	const long = Array.from({ length: 20 }, (_, i) => text.split('\n').map((p) => (p.trim() === '' ? p : `${i + 1}. ${p}`)).join('\n')).join('\n');
	const longScanMs = time(scanOf(long), 20);
	const longDoc = tokenize(long);
	const longMs = time(() => generateTags(longDoc, { count: 6 }), 3, 5);
	const fromDocOnlyMs = time(() => generateTags(a.doc, { count: 6 }), 50);

	const f = (x) => x.toFixed(3);
	const r = (x, base) => `${(x / base).toFixed(1)}× the scan`;
	console.log(`sample: ${text.length} characters, ${words} words (bare scan), ${a.doc.tokens.length} tokens`);
	console.log(`bare word scan:                                  ${f(scanMs)} ms`);
	console.log(`generateTags(text) (tokenize + tags, no NER):    ${f(fromTextMs)} ms  ${r(fromTextMs, scanMs)}`);
	console.log(`generateTags(doc) (tags alone, no NER):          ${f(fromDocOnlyMs)} ms  ${r(fromDocOnlyMs, scanMs)}`);
	console.log(`generateTags(doc, entities) (the command):       ${f(fromDocMs)} ms  ${r(fromDocMs, scanMs)}`);
	console.log(`analyze(text, {tags: true}):                     ${f(withTagsMs)} ms  ${r(withTagsMs, scanMs)}`);
	console.log(`analyze(text) (tags off, per keystroke):         ${f(withoutMs)} ms  ${r(withoutMs, scanMs)}; tags add ${f(withTagsMs - withoutMs)} ms`);
	console.log(`tagLineEdit(text, 6 tags):                       ${f(editMs)} ms  ${r(editMs, scanMs)}`);
	console.log(`20× article (${long.length} characters): generateTags(doc) ${f(longMs)} ms, ${r(longMs, longScanMs)} (seed, same call: ${r(fromDocOnlyMs, scanMs)})`);
	console.log(`tags: ${tags.join('، ')}`);
}
