// Shared timing helpers for the benchmarks: medians of repeated runs, in seconds, and the bare-scan baseline.

/**
 * Runs `fn` `rounds` times after a warm-up of at least `warmMs` (default two seconds, so the JIT has compiled the hot
 * paths and the lazily built tables exist); returns the durations in seconds.
 */
export function timeIt(fn, rounds, warmMs = 2000) {
	const warm = process.hrtime.bigint();
	let n = 0;
	while (n < (warmMs > 0 ? 3 : 0) || Number(process.hrtime.bigint() - warm) < warmMs * 1e6) {
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

/**
 * The cost of `fn` as a multiple of `base`, on a shared machine: after the same warm-up as `timeIt`, the two are
 * timed in alternating blocks (`blocks` of `per` runs each) and the ratio of the block medians is taken per block, so
 * a slow spell of the machine (another process, a frequency change) weighs on both sides of a ratio alike. Returns
 * the median ratio and the median times, in seconds.
 */
export function ratioTo(base, fn, blocks = 15, per = 21) {
	timeIt(base, 1);
	timeIt(fn, 1);
	const ratios = [];
	const bs = [];
	const fs = [];
	for (let k = 0; k < blocks; k++) {
		const b = median(timeIt(base, per, 0));
		const f = median(timeIt(fn, per, 0));
		ratios.push(f / b);
		bs.push(b);
		fs.push(f);
	}
	return { ratio: median(ratios), base: median(bs), fn: median(fs) };
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
