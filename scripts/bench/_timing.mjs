// Shared timing helpers for the benchmarks: medians of repeated runs, in seconds, and the bare-scan baseline.

/**
 * Runs `fn` `rounds` times after a warm-up of at least two seconds (so the JIT has compiled the hot paths and the
 * lazily built tables exist); returns the durations in seconds.
 */
export function timeIt(fn, rounds) {
	const warm = process.hrtime.bigint();
	let n = 0;
	while (n < 3 || Number(process.hrtime.bigint() - warm) < 2e9) {
		fn();
		n++;
	}
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
