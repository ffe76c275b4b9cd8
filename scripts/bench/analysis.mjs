// The full analysis beside a bare Unicode word scan of the same text, in the same process: on the sample article
// (the editor's case) and on a 1 MB document (the linear-time invariant), plus the share of each analyzer.
import { readFileSync } from 'node:fs';
import { ANALYZERS, analyze } from '../../out/src/core/index.js';
import { median, bareScan, timeIt } from './_timing.mjs';

export const title = 'Analysis time vs a bare word scan (same process)';

const sample = readFileSync(new URL('../../test/fixtures/cases/seed-article.arnews', import.meta.url), 'utf8');

export async function run() {
	const rounds = 100;
	const scan = median(timeIt(() => bareScan(sample), rounds));
	const full = median(timeIt(() => analyze(sample), rounds));
	console.log(`sample article (${sample.length} chars): bare scan ${(scan * 1e3).toFixed(3)} ms, full analysis ${(full * 1e3).toFixed(3)} ms → ${(full / scan).toFixed(1)}× the scan`);
	// Each analyzer's share: the analysis without it, against the full one.
	for (const a of ANALYZERS) {
		const without = median(timeIt(() => analyze(sample, { skip: [a.name] }), rounds));
		console.log(`  ${a.name.padEnd(12)} ${(((full - without) / full) * 100).toFixed(1).padStart(5)} % of the full analysis`);
	}
	const unit = sample.replace(/\s+/g, ' ');
	for (const size of [100_000, 1_000_000]) {
		const big = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
		const s = median(timeIt(() => bareScan(big), 5));
		const f = median(timeIt(() => analyze(big), 3));
		console.log(`${(size / 1e6).toFixed(1)} MB document (one line): bare scan ${(s * 1e3).toFixed(1)} ms, full analysis ${(f * 1e3).toFixed(0)} ms → ${(f / s).toFixed(0)}× the scan`);
	}
	return { ok: true };
}
