/**
 * The `.isnad/` data files for the CLI: like `.editorconfig`, the nearest `.isnad/` folder above a file applies to it,
 * so `isnad check` in CI keeps acknowledged findings silent, as the editor does. Validated with the same code as the
 * extension; problems are reported, valid entries still apply.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ACKNOWLEDGED_PATH, parseAcknowledged } from '../extension/acknowledgedFile';
import { HOUSE_STYLE_PATH, parseHouseStyle } from '../extension/houseStyleFile';
import { lineCol } from '../extension/jsonProblems';

/** What the data files of a folder contribute to the analysis. */
export interface WorkspaceOptions {
	readonly acknowledged: ReadonlySet<string>;
	readonly houseStyle: Readonly<Record<string, string>>;
}

const NONE: WorkspaceOptions = { acknowledged: new Set(), houseStyle: {} };

/** Finds and reads `.isnad/` folders, once each. */
export class WorkspaceFiles {
	readonly #byDir = new Map<string, WorkspaceOptions>();
	readonly #problems: string[] = [];

	/** Problems found in the files read so far, one line each. */
	get problems(): readonly string[] {
		return this.#problems;
	}

	/**
	 * The options for a file in a folder: those of the nearest `.isnad/` folder above it.
	 * @param dir the folder of the file
	 */
	optionsFor(dir: string): WorkspaceOptions {
		const start = resolve(dir);
		const visited: string[] = [];
		let d = start;
		let found: WorkspaceOptions | undefined;
		for (;;) {
			const known = this.#byDir.get(d);
			if (known !== undefined) {
				found = known;
				break;
			}
			visited.push(d);
			const data = join(d, '.isnad');
			if (existsSync(data) && statSync(data).isDirectory()) {
				found = this.#read(d);
				break;
			}
			const up = dirname(d);
			if (up === d) {
				break;
			}
			d = up;
		}
		for (const v of visited) {
			this.#byDir.set(v, found ?? NONE);
		}
		return found ?? NONE;
	}

	#read(root: string): WorkspaceOptions {
		const read = (rel: string): string | undefined => {
			try {
				return readFileSync(join(root, rel), 'utf8');
			} catch {
				return undefined;
			}
		};
		const ackText = read(ACKNOWLEDGED_PATH);
		const styleText = read(HOUSE_STYLE_PATH);
		const ack = parseAcknowledged(ackText ?? '');
		const style = parseHouseStyle(styleText ?? '');
		for (const [rel, text, problems] of [
			[ACKNOWLEDGED_PATH, ackText ?? '', ack.problems],
			[HOUSE_STYLE_PATH, styleText ?? '', style.problems],
		] as const) {
			for (const p of problems) {
				const where = p.offset === undefined ? '' : ` (${lineCol(text, p.offset)})`;
				this.#problems.push(`${join(root, rel)}${where}: ${p.message.replace(`${rel}: `, '')}`);
			}
		}
		return { acknowledged: ack.fingerprints, houseStyle: style.spellings };
	}
}
