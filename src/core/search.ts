/**
 * The first index in `[0, n)` at which `before(i)` is false, for a predicate that holds on a prefix of the range and
 * not after it (a binary search, like C++'s `partition_point`); `n` when it holds everywhere. The analyzers keep their
 * tokens, cues, entities and spans in text order and look them up by offset with it.
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(mid)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo;
}
