/**
 * The workspace's Isnad data files, per workspace folder: `.isnad/acknowledged.json` (acknowledged findings) and
 * `.isnad/house-style.json` (preferred spellings). They are read and written through `vscode.workspace.fs`, so they
 * work in virtual workspaces and on the web; they are data, validated, and problems in them are shown as diagnostics
 * on the file itself. Changes on disk are picked up by a file watcher and re-analyse the open articles.
 */
import * as vscode from 'vscode';
import { ACKNOWLEDGED_PATH, addAcknowledgement, parseAcknowledged, type AcknowledgedEntry } from './acknowledgedFile';
import { HOUSE_STYLE_PATH, parseHouseStyle } from './houseStyleFile';
import type { DataProblem } from './jsonProblems';

/** What the analysis of a document in a folder takes from the folder's data files. */
export interface FolderOptions {
	readonly acknowledged: ReadonlySet<string>;
	readonly houseStyle: Readonly<Record<string, string>>;
}

/** Reports the problems of one data file (an empty list clears them). */
export type ProblemSink = (file: vscode.Uri, text: string, problems: readonly DataProblem[]) => void;

const EMPTY: FolderOptions = { acknowledged: new Set(), houseStyle: {} };

export class WorkspaceData implements vscode.Disposable {
	readonly #folders = new Map<string, { options: FolderOptions; loading?: Promise<void> }>();
	readonly #watchers = new Map<string, vscode.Disposable>();
	readonly #emitter = new vscode.EventEmitter<void>();
	readonly #subscriptions: vscode.Disposable[] = [];
	readonly #report: ProblemSink;
	readonly #log: vscode.LogOutputChannel;

	/** Fires when a folder's data changed (after a load that found something different). */
	readonly onDidChange = this.#emitter.event;

	constructor(report: ProblemSink, log: vscode.LogOutputChannel) {
		this.#report = report;
		this.#log = log;
		this.#subscriptions.push(
			vscode.workspace.onDidChangeWorkspaceFolders((e) => {
				for (const f of e.removed) {
					this.#folders.delete(f.uri.toString());
					this.#watchers.get(f.uri.toString())?.dispose();
					this.#watchers.delete(f.uri.toString());
				}
				this.#emitter.fire();
			}),
			// Watchers do not fire on every file system (virtual workspaces); a save in the editor always does.
			vscode.workspace.onDidSaveTextDocument((d) => {
				const folder = vscode.workspace.getWorkspaceFolder(d.uri);
				if (folder !== undefined && isDataFile(folder, d.uri)) {
					void this.#load(folder, true);
				}
			}),
		);
	}

	/** Loads the data files of every workspace folder. */
	async loadAll(): Promise<void> {
		await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.#load(f)));
	}

	/**
	 * The options for a document: those of its workspace folder. A folder seen for the first time is loaded in the
	 * background, and `onDidChange` fires when its files held something.
	 * @param uri the document's URI
	 */
	optionsFor(uri: vscode.Uri): FolderOptions {
		const folder = vscode.workspace.getWorkspaceFolder(uri);
		if (folder === undefined) {
			return EMPTY;
		}
		const known = this.#folders.get(folder.uri.toString());
		if (known === undefined) {
			void this.#load(folder);
			return EMPTY;
		}
		return known.options;
	}

	/**
	 * Stores an acknowledgement in the document's workspace folder.
	 * @param documentUri the article the finding is in
	 * @param entry the entry (its `file` is filled in here)
	 * @returns an error message for the user, or undefined on success
	 */
	async acknowledge(documentUri: vscode.Uri, entry: AcknowledgedEntry): Promise<string | undefined> {
		const folder = vscode.workspace.getWorkspaceFolder(documentUri);
		if (folder === undefined) {
			return 'Isnad stores acknowledged findings in .isnad/acknowledged.json inside a workspace folder; open the folder that holds this article first.';
		}
		const file = vscode.Uri.joinPath(folder.uri, ACKNOWLEDGED_PATH);
		const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
		if (open?.isDirty === true) {
			return `${ACKNOWLEDGED_PATH} has unsaved changes; save or revert it, then acknowledge again.`;
		}
		const current = await readText(file);
		const relative = vscode.workspace.asRelativePath(documentUri, false);
		const result = addAcknowledgement(current, { ...entry, file: relative });
		if ('problems' in result) {
			this.#report(file, current ?? '', result.problems);
			return `${ACKNOWLEDGED_PATH} was left unchanged because it has problems: ${result.problems[0]!.message}`;
		}
		if (result.changed) {
			try {
				await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.isnad'));
				await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
			} catch (e) {
				return `Could not write ${ACKNOWLEDGED_PATH}: ${e instanceof Error ? e.message : String(e)}`;
			}
		}
		await this.#load(folder, true);
		return undefined;
	}

	/** Reloads every folder's files (the "analyze again" command). */
	async reload(): Promise<void> {
		this.#folders.clear();
		await this.loadAll();
		this.#emitter.fire();
	}

	async #load(folder: vscode.WorkspaceFolder, force = false): Promise<void> {
		const key = folder.uri.toString();
		const known = this.#folders.get(key);
		if (known?.loading !== undefined && !force) {
			return known.loading;
		}
		this.#watch(folder);
		const loading = (async (): Promise<void> => {
			const ackUri = vscode.Uri.joinPath(folder.uri, ACKNOWLEDGED_PATH);
			const styleUri = vscode.Uri.joinPath(folder.uri, HOUSE_STYLE_PATH);
			const [ackText, styleText] = await Promise.all([readText(ackUri), readText(styleUri)]);
			const ack = parseAcknowledged(ackText ?? '');
			const style = parseHouseStyle(styleText ?? '');
			this.#report(ackUri, ackText ?? '', ack.problems);
			this.#report(styleUri, styleText ?? '', style.problems);
			for (const p of [...ack.problems, ...style.problems]) {
				this.#log.warn(p.message);
			}
			const options: FolderOptions = { acknowledged: ack.fingerprints, houseStyle: style.spellings };
			const before = this.#folders.get(key)?.options;
			this.#folders.set(key, { options, ...pending(this.#folders.get(key)) });
			if (before === undefined ? options.acknowledged.size > 0 || Object.keys(options.houseStyle).length > 0 : !sameOptions(before, options)) {
				this.#emitter.fire();
			}
		})();
		this.#folders.set(key, { options: known?.options ?? EMPTY, loading });
		return loading;
	}

	#watch(folder: vscode.WorkspaceFolder): void {
		const key = folder.uri.toString();
		if (this.#watchers.has(key)) {
			return;
		}
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.isnad/*.json'));
		const reload = (): void => void this.#load(folder, true);
		this.#watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)));
	}

	dispose(): void {
		for (const w of this.#watchers.values()) {
			w.dispose();
		}
		for (const s of this.#subscriptions) {
			s.dispose();
		}
		this.#emitter.dispose();
	}
}

function pending(f: { loading?: Promise<void> } | undefined): { loading?: Promise<void> } {
	return f?.loading === undefined ? {} : { loading: f.loading };
}

function isDataFile(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
	const s = uri.toString();
	return s === vscode.Uri.joinPath(folder.uri, ACKNOWLEDGED_PATH).toString() || s === vscode.Uri.joinPath(folder.uri, HOUSE_STYLE_PATH).toString();
}

/** Reads a file as UTF-8, or undefined when it does not exist or cannot be read. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
	try {
		return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
	} catch {
		return undefined;
	}
}

function sameOptions(a: FolderOptions, b: FolderOptions): boolean {
	if (a.acknowledged.size !== b.acknowledged.size || [...a.acknowledged].some((f) => !b.acknowledged.has(f))) {
		return false;
	}
	const ka = Object.keys(a.houseStyle);
	return ka.length === Object.keys(b.houseStyle).length && ka.every((k) => a.houseStyle[k] === b.houseStyle[k]);
}
