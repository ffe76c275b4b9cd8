// NER speed and size on the seed article, each beside a bare Unicode word scan of the same text measured in the same
// process: NER tokens per second (recognition alone, on a tokenized document, with the per-word-type cache warm and
// cold), the model's load (decode) time and size, and NER time against the whole analyze().
import { readFileSync } from 'node:fs';
import { analyze, nerModelInfo, recognizeEntities, resetNerModel, tokenize } from '../../out/src/core/index.js';

export const title = 'Named entities — speed and size (seed article)';

const SAMPLE = new URL('../../../shared/samples/seed-article.txt', import.meta.url);

/** Median milliseconds per call of `f`, over `rounds` rounds of `iters` calls each, after a warm-up. */
function time(f, iters, rounds = 7) {
	for (let i = 0; i < Math.min(iters, 20); i++) { f(); }
	const per = [];
	for (let r = 0; r < rounds; r++) {
		const t0 = performance.now();
		for (let i = 0; i < iters; i++) { f(); }
		per.push((performance.now() - t0) / iters);
	}
	per.sort((a, b) => a - b);
	return per[Math.floor(per.length / 2)];
}

export async function run() {
	const text = readFileSync(SAMPLE, 'utf8');
	const scan = () => {
		let n = 0;
		for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) { n += m[0].length > 0 ? 1 : 0; }
		return n;
	};
	const words = scan();
	// Cold load: decode the embedded model from its base64 string.
	resetNerModel();
	const loads = [];
	for (let i = 0; i < 5; i++) {
		resetNerModel();
		loads.push(nerModelInfo().loadMs);
	}
	loads.sort((a, b) => a - b);
	const info = nerModelInfo();
	const doc = tokenize(text);
	// First recognition after a load: every word type's features are computed and cached.
	resetNerModel();
	nerModelInfo();
	const c0 = performance.now();
	recognizeEntities(doc);
	const coldMs = performance.now() - c0;

	const scanMs = time(scan, 400);
	const nerMs = time(() => recognizeEntities(doc), 200);
	const tokMs = time(() => tokenize(text), 200);
	const fullMs = time(() => analyze(text), 100);
	const fullNoNerMs = time(() => analyze(text, { entities: false }), 100);
	const tokens = doc.tokens.length;
	const f = (x) => x.toFixed(3);
	console.log(`sample: ${text.length} characters, ${words} words (bare scan), ${tokens} tokens, ${doc.sentences.length} sentences`);
	console.log(`model: ${info.bytes} bytes (${(info.bytes / 1024).toFixed(0)} KiB) decoded from ${info.base64Chars} base64 characters; ${info.features} features${info.error ? `; LOAD ERROR: ${info.error}` : ''}`);
	console.log(`model load (decode, median of 5): ${loads[2].toFixed(1)} ms  = ${(loads[2] / scanMs).toFixed(0)}× the bare scan`);
	console.log(`bare word scan:             ${f(scanMs)} ms`);
	console.log(`tokenize:                   ${f(tokMs)} ms  (${(tokMs / scanMs).toFixed(1)}× scan)`);
	console.log(`NER alone (warm cache):     ${f(nerMs)} ms  (${(nerMs / scanMs).toFixed(1)}× scan) = ${Math.round(tokens / (nerMs / 1000)).toLocaleString('en')} tokens/s`);
	console.log(`NER first call (cold cache): ${coldMs.toFixed(2)} ms = ${Math.round(tokens / (coldMs / 1000)).toLocaleString('en')} tokens/s`);
	console.log(`analyze() whole:            ${f(fullMs)} ms  (${(fullMs / scanMs).toFixed(1)}× scan)`);
	console.log(`analyze() without NER:      ${f(fullNoNerMs)} ms  (${(fullNoNerMs / scanMs).toFixed(1)}× scan)`);
	console.log(`NER share of analyze():     ${(100 * nerMs / fullMs).toFixed(0)}%  (budget: at most 50%)`);
	return { ok: true };
}
