/**
 * The only reader of `isnad.*` settings. It validates them (`settings.ts`), caches them per workspace folder, logs bad
 * values once, and tells the extension when they change so that a new rule level takes effect without a reload.
 */
import * as vscode from 'vscode';
import { RULES } from '../core/index';
import { parseSettings, type IsnadSettings } from './settings';

export class Config implements vscode.Disposable {
	readonly #cache = new Map<string, IsnadSettings>();
	readonly #emitter = new vscode.EventEmitter<void>();
	readonly #subscription: vscode.Disposable;
	readonly #log: vscode.LogOutputChannel;

	/** Fires after any `isnad.*` setting changed. */
	readonly onDidChange = this.#emitter.event;

	constructor(log: vscode.LogOutputChannel) {
		this.#log = log;
		this.#subscription = vscode.workspace.onDidChangeConfiguration((e) => {
			if (e.affectsConfiguration('isnad')) {
				this.#cache.clear();
				this.#emitter.fire();
			}
		});
	}

	/**
	 * The settings that apply to a document (or the window's, without a scope).
	 * @param scope the document's URI
	 */
	get(scope?: vscode.Uri): IsnadSettings {
		const folder = scope === undefined ? undefined : vscode.workspace.getWorkspaceFolder(scope);
		const key = folder?.uri.toString() ?? '';
		const cached = this.#cache.get(key);
		if (cached !== undefined) {
			return cached;
		}
		const cfg = vscode.workspace.getConfiguration('isnad', folder?.uri);
		// Rule levels are merged rule by rule across scopes, so a workspace that sets one rule keeps the user's others.
		const rules = cfg.inspect<unknown>('rules');
		const layers = [rules?.defaultValue, rules?.globalValue, rules?.workspaceValue, rules?.workspaceFolderValue];
		const { settings, problems } = parseSettings((k) => cfg.get(k), layers, RULES);
		for (const p of problems) {
			this.#log.warn(p);
		}
		this.#cache.set(key, settings);
		return settings;
	}

	dispose(): void {
		this.#subscription.dispose();
		this.#emitter.dispose();
	}
}
