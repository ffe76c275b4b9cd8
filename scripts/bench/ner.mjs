// NER speed and size on the seed article, each beside a bare Unicode word scan of the same text measured in the same
// process: the model's first load (decode) and its size, the first recognition (every word type's features computed,
// the code not yet compiled), NER alone with the per-word-type cache warm, and, inside the whole analyze(), the warm
// medians of the two analyzers that use the NER (`entities`, `names`) against the whole analysis (issues 2 and 4:
// the whole analysis at most 20× the scan, the NER at most half of it).
import { readFileSync } from 'node:fs';
import { ANALYZERS, analyze, nerModelInfo, recognizeEntities, resetNerModel, tokenize } from '../../out/src/core/index.js';
import { bareScan, median, timeIt } from './_timing.mjs';

export const title = 'Named entities — speed and size (seed article)';

const SAMPLE = new URL('../../test/fixtures/cases/seed-article.arnews', import.meta.url);

/** Median milliseconds of `f` over `rounds` calls after the shared warm-up. */
const ms = (f, rounds) => median(timeIt(f, rounds)) * 1e3;

export async function run() {
	const text = readFileSync(SAMPLE, 'utf8');
	const doc = tokenize(text);
	// The first load in this process: the decoder's code is cold, as in the editor.
	const first = nerModelInfo();
	const firstLoadMs = first.loadMs;
	// First recognition after it: every word type's features are computed and cached, by code the JIT has not seen.
	const c0 = performance.now();
	recognizeEntities(doc);
	const coldMs = performance.now() - c0;
	// Later loads (the decoder's code compiled), median of 5.
	const loads = [];
	for (let i = 0; i < 5; i++) {
		resetNerModel();
		loads.push(nerModelInfo().loadMs);
	}
	loads.sort((a, b) => a - b);
	const info = nerModelInfo();

	const scanMs = ms(() => bareScan(text), 400);
	const nerMs = ms(() => recognizeEntities(doc), 300);
	// Inside analyze(): each analyzer's own time, by wrapping its run (restored afterwards).
	const own = new Map();
	const restore = [];
	for (const a of ANALYZERS) {
		const run = a.run;
		own.set(a.name, []);
		restore.push(() => {
			a.run = run;
		});
		a.run = (ctx) => {
			const t0 = process.hrtime.bigint();
			try {
				run.call(a, ctx);
			} finally {
				own.get(a.name).push(Number(process.hrtime.bigint() - t0) / 1e6);
			}
		};
	}
	let fullMs;
	try {
		fullMs = ms(() => analyze(text), 300);
	} finally {
		restore.forEach((f) => f());
	}
	// The wrapped runs include the warm-up; the last 300 are the timed analyses.
	const analyzerMs = (name) => median(own.get(name).slice(-300));
	const entitiesMs = analyzerMs('entities');
	const namesMs = analyzerMs('names');
	const tokens = doc.tokens.length;
	const f = (x) => x.toFixed(3);
	const x = (v) => `${(v / scanMs).toFixed(1)}× scan`;
	console.log(`sample: ${text.length} characters, ${bareScan(text)} words (bare scan), ${tokens} tokens, ${doc.sentences.length} sentences`);
	console.log(`model: ${info.bytes} bytes (${(info.bytes / 1024).toFixed(0)} KiB) decoded from ${info.base64Chars} base64 characters; ${info.features} features${info.error ? `; LOAD ERROR: ${info.error}` : ''}`);
	console.log(`model load, first in the process: ${firstLoadMs.toFixed(1)} ms; later loads (median of 5): ${loads[2].toFixed(1)} ms`);
	console.log(`NER first call (cold cache, cold code): ${coldMs.toFixed(1)} ms`);
	console.log(`bare word scan:             ${f(scanMs)} ms`);
	console.log(`NER alone (warm cache):     ${f(nerMs)} ms  (${x(nerMs)}) = ${Math.round(tokens / (nerMs / 1000)).toLocaleString('en')} tokens/s`);
	console.log(`analyze() whole:            ${f(fullMs)} ms  (${x(fullMs)}; budget: 20× scan)`);
	console.log(`  entities analyzer:        ${f(entitiesMs)} ms  (${x(entitiesMs)}) = ${(100 * entitiesMs / fullMs).toFixed(0)}% of analyze() (budget: at most 50%)`);
	console.log(`  names analyzer:           ${f(namesMs)} ms  (${x(namesMs)})`);
	return { ok: true };
}
