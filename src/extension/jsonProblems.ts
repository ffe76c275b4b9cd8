/**
 * Shared helpers for Isnad's data files in `.isnad/` (acknowledged findings, house style): parsing JSON with an error
 * that says where. The files are data, never code: they are parsed, validated and used, nothing in them is run.
 * Pure: no `vscode`; the CLI uses the same validation.
 */

/** A problem in a data file: a message for the user and, when known, the offset it is at. */
export interface DataProblem {
	readonly message: string;
	readonly offset?: number;
}

/**
 * Parses JSON, reporting a syntax error with its offset.
 * @param text the file's text
 * @param file the file name for messages
 */
export function parseJson(text: string, file: string): { value?: unknown; problems: DataProblem[] } {
	const clean = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
	try {
		return { value: JSON.parse(clean), problems: [] };
	} catch (e) {
		// Engines word (and place) JSON errors differently, so the place is found here.
		const err = jsonSyntaxError(clean);
		const detail = err === undefined ? (e instanceof Error ? e.message.split('\n')[0]! : String(e)) : `${err.message} (${lineCol(text, err.offset)})`;
		return { problems: [{ message: `${file} is not valid JSON: ${detail}.`, ...(err === undefined ? {} : { offset: err.offset }) }] };
	}
}

/**
 * Finds the first JSON syntax error of a text.
 * @param text the text
 * @returns the offset and a short description, or undefined when the text is valid JSON
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | undefined {
	let i = 0;
	const n = text.length;
	class Bad extends Error {
		constructor(readonly at: number, message: string) {
			super(message);
		}
	}
	const ws = (): void => {
		while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) {
			i++;
		}
	};
	const found = (): string => (i >= n ? 'the end of the file' : `'${text[i]}'`);
	const expect = (c: string): void => {
		if (text[i] !== c) {
			throw new Bad(i, `expected '${c}' but found ${found()}`);
		}
		i++;
	};
	const string = (): void => {
		expect('"');
		while (i < n && text[i] !== '"') {
			const c = text.charCodeAt(i);
			if (c < 0x20) {
				throw new Bad(i, 'a line break or control character inside a string');
			}
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 1, i + 5))) {
						throw new Bad(i, 'a bad \\u escape');
					}
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? '')) {
					throw new Bad(i, 'a bad escape');
				}
			}
			i++;
		}
		if (i >= n) {
			throw new Bad(i, 'a string that is never closed');
		}
		i++;
	};
	const value = (depth: number): void => {
		ws();
		if (depth > 512) {
			throw new Bad(i, 'nesting too deep');
		}
		const c = text[i];
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			ws();
			if (text[i] === close) {
				i++;
				return;
			}
			for (;;) {
				if (c === '{') {
					ws();
					if (text[i] !== '"') {
						throw new Bad(i, `expected a property name in quotes but found ${found()}`);
					}
					string();
					ws();
					expect(':');
				}
				value(depth + 1);
				ws();
				if (text[i] === ',') {
					i++;
					continue;
				}
				if (text[i] === close) {
					i++;
					return;
				}
				throw new Bad(i, `expected ',' or '${close}' but found ${found()}`);
			}
		}
		if (c === '"') {
			string();
			return;
		}
		const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/u.exec(text.slice(i, i + 64));
		if (m === null) {
			throw new Bad(i, `expected a value but found ${found()}`);
		}
		i += m[0].length;
	};
	try {
		value(0);
		ws();
		if (i < n) {
			throw new Bad(i, `unexpected ${found()} after the end of the data`);
		}
		return undefined;
	} catch (e) {
		if (e instanceof Bad) {
			return { offset: e.at, message: e.message };
		}
		throw e;
	}
}

/** `line L, column C` (1-based) of an offset. */
export function lineCol(text: string, offset: number): string {
	let line = 1;
	let col = 1;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 0x0a) {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	return `line ${line}, column ${col}`;
}

/** The offset of the first occurrence of a JSON string literal in the text, to point a problem at it. */
export function offsetOfString(text: string, value: string): number | undefined {
	const i = text.indexOf(JSON.stringify(value));
	return i < 0 ? undefined : i;
}

/** Whether a value is a plain JSON object. */
export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
