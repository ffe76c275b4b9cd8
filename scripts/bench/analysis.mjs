// The full analysis beside a bare Unicode word scan of the same text, in the same process: on the sample article
// (the editor's case) and on 0.1 MB and 1 MB documents (the linear-time invariant), plus each analyzer's own time
// inside the analysis (each analyzer's run is timed where it runs, so the shares add up).
import { readFileSync } from 'node:fs';
import { ANALYZERS, analyze } from '../../out/src/core/index.js';
import { median, bareScan, ratioTo, timeIt } from './_timing.mjs';

export const title = 'Analysis time vs a bare word scan (same process)';

const sample = readFileSync(new URL('../../test/fixtures/cases/seed-article.arnews', import.meta.url), 'utf8');

/** Wraps every analyzer's run with a timer; returns the per-analyzer samples and a function to restore them. */
function instrument() {
	const samples = new Map(ANALYZERS.map((a) => [a.name, []]));
	const originals = ANALYZERS.map((a) => a.run);
	ANALYZERS.forEach((a, k) => {
		a.run = (ctx) => {
			const t0 = process.hrtime.bigint();
			originals[k].call(a, ctx);
			samples.get(a.name).push(Number(process.hrtime.bigint() - t0) / 1e9);
		};
	});
	return { samples, restore: () => ANALYZERS.forEach((a, k) => (a.run = originals[k])) };
}

export async function run() {
	const rounds = 200;
	// Alternating blocks: the ratio is what the budget is about, and it must not depend on which of the two ran during
	// a slow spell of the shared machine.
	const { ratio, base: scan, fn: full } = ratioTo(() => bareScan(sample), () => analyze(sample));
	console.log(`sample article (${sample.length} chars): bare scan ${(scan * 1e3).toFixed(3)} ms, full analysis ${(full * 1e3).toFixed(3)} ms → ${ratio.toFixed(1)}× the scan (budget 20×; median of 15 alternating blocks)`);
	const { samples, restore } = instrument();
	timeIt(() => analyze(sample), rounds);
	restore();
	for (const [name, xs] of samples) {
		const m = median(xs.slice(-rounds));
		console.log(`  ${name.padEnd(12)} ${(m * 1e3).toFixed(3)} ms = ${((m / full) * 100).toFixed(1).padStart(5)} % of the full analysis`);
	}
	const unit = sample.replace(/\s+/g, ' ');
	const sizes = [100_000, 1_000_000];
	const per = [];
	for (const size of sizes) {
		const big = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
		const s = median(timeIt(() => bareScan(big), 5));
		const f = median(timeIt(() => analyze(big), 3));
		per.push(f / size);
		console.log(`${(size / 1e6).toFixed(1)} MB document (one line): bare scan ${(s * 1e3).toFixed(1)} ms, full analysis ${(f * 1e3).toFixed(0)} ms → ${(f / s).toFixed(0)}× the scan`);
	}
	console.log(`cost per character, 1 MB ÷ 0.1 MB: ${(per[1] / per[0]).toFixed(2)} (1.0 is linear)`);
	return { ok: true };
}
