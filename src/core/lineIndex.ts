/**
 * Line and column positions for offsets, for the CLI and golden files (the editor uses its own document model).
 * Lines and columns are 1-based; columns count UTF-16 code units, as VS Code's do.
 */

/** A table of line starts, built in one pass. */
export class LineIndex {
	readonly #starts: number[];

	/** @param text the original text; \r\n, \n and \r all end a line */
	constructor(text: string) {
		const starts = [0];
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
				starts.push(i + 1);
			}
		}
		this.#starts = starts;
	}

	/** The 1-based line and column of an offset. */
	position(offset: number): { line: number; column: number } {
		let lo = 0;
		let hi = this.#starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.#starts[mid]! <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
	}
}
