/**
 * Reading the CLI's inputs: files, folders (searched for *.arnews, *.txt, *.md) and standard input, decoded as
 * strict UTF-8 with a leading BOM kept in the text (it counts as one code unit in offsets). Binary data, invalid
 * UTF-8, a missing path and a folder with no text are errors with a one-line message; nothing is ever written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** An input that could not be read; the message is one line. */
export class InputError extends Error {}

/** One text to analyse. */
export interface Input {
	/** The name printed in output: the path as given, or "-" for standard input. */
	readonly name: string;
	/** The folder the input lives in (standard input: the working directory), to find `.isnad/` files. */
	readonly dir: string;
	readonly text: string;
}

/** The extensions of the files a folder is searched for. */
export const TEXT_EXTENSIONS = ['.arnews', '.txt', '.md'];

/**
 * Expands the operands into the files to read: a folder becomes its text files, recursively and sorted.
 * @param paths the operands
 * @returns the files (and "-"), and one error per operand that could not be used
 */
export function expandPaths(paths: readonly string[]): { files: string[]; errors: string[] } {
	const files: string[] = [];
	const errors: string[] = [];
	for (const p of paths) {
		if (p === '-') {
			files.push(p);
			continue;
		}
		let isDir: boolean;
		try {
			isDir = statSync(p).isDirectory();
		} catch (e) {
			errors.push(`cannot read '${p}': ${reason(e)}`);
			continue;
		}
		if (!isDir) {
			files.push(p);
			continue;
		}
		const found: string[] = [];
		walk(p, found, 0);
		if (found.length === 0) {
			errors.push(`'${p}' holds no ${TEXT_EXTENSIONS.map((x) => '*' + x).join(', ')} files`);
		}
		files.push(...found);
	}
	return { files, errors };
}

function walk(dir: string, out: string[], depth: number): void {
	if (depth > 32) {
		return;
	}
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const e of entries) {
		// Hidden folders (.git, .isnad) and dependencies are not articles; symbolic links are not followed.
		if (e.name.startsWith('.') || e.name === 'node_modules') {
			continue;
		}
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			walk(p, out, depth + 1);
		} else if (e.isFile() && TEXT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
			out.push(p);
		}
	}
}

/**
 * Reads one input.
 * @param name a file path, or "-" for standard input
 * @throws InputError when it cannot be read or is not UTF-8 text
 */
export function readInput(name: string): Input {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(name === '-' ? 0 : name);
	} catch (e) {
		throw new InputError(`cannot read '${name === '-' ? 'standard input' : name}': ${reason(e)}`);
	}
	const dir = name === '-' ? process.cwd() : join(name, '..');
	return { name, dir, text: decodeText(bytes, name === '-' ? 'standard input' : `'${name}'`) };
}

/**
 * Decodes bytes as strict UTF-8, keeping a leading BOM.
 * @param bytes the data
 * @param label how to name the input in an error
 * @throws InputError for binary data (a NUL byte) or invalid UTF-8
 */
export function decodeText(bytes: Uint8Array, label: string): string {
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		throw new InputError(`${label} looks like binary data (a NUL byte at offset ${nul}), not text`);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		throw new InputError(`${label} is not valid UTF-8${at < 0 ? '' : ` (invalid byte sequence at offset ${at})`}`);
	}
}

/** The offset of the first byte of an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
	let i = 0;
	while (i < b.length) {
		const c = b[i]!;
		let n: number;
		let min: number;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			min = 0x10000;
		} else {
			return i;
		}
		let cp = c & (0x3f >> n);
		for (let k = 1; k <= n; k++) {
			const d = b[i + k];
			if (d === undefined || (d & 0xc0) !== 0x80) {
				return i;
			}
			cp = (cp << 6) | (d & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
			return i;
		}
		i += n + 1;
	}
	return -1;
}

function reason(e: unknown): string {
	const code = (e as { code?: string }).code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or directory';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a directory';
		default:
			return e instanceof Error ? e.message.split('\n')[0]! : String(e);
	}
}
