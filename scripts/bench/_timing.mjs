// Shared timing helpers for the benchmarks: medians of repeated runs, in seconds, and the bare-scan baseline.

/** Runs `fn` `rounds` times after two warm-up runs; returns the durations in seconds. */
export function timeIt(fn, rounds) {
	fn();
	fn();
	const out = [];
	for (let i = 0; i < rounds; i++) {
		const t0 = process.hrtime.bigint();
		fn();
		out.push(Number(process.hrtime.bigint() - t0) / 1e9);
	}
	return out;
}

/** The median of a list of numbers. */
export function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** The baseline: a bare Unicode word scan of the text (counts letter/digit runs). */
export function bareScan(text) {
	let n = 0;
	for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		n++;
	}
	return n;
}
