/**
 * One analysis per (document, version). Opening a document analyses it at once; typing re-analyses it after a quiet
 * pause (`isnad.debounce`, stretched for documents whose analysis takes longer than that); providers that need the
 * analysis of the current version (hovers, quick fixes, commands) get it computed on demand. Documents larger than
 * `isnad.maxDocumentSize` are not analysed; their entry says so, for the status bar.
 */
import * as vscode from 'vscode';
import { analyzeDocument, type DocumentAnalysis } from '../core/index';
import { isIsnadDocument } from './arabic';
import type { Config } from './config';
import type { WorkspaceData } from './workspaceData';

/** What Isnad knows about one version of a document. */
export interface CacheEntry {
	readonly version: number;
	/** Whether Isnad analyses this document (its language, and mostly Arabic letters where that is required). */
	readonly isnad: boolean;
	/** The analysis, absent when the document is not an Isnad document or was too large. */
	readonly analysis?: DocumentAnalysis;
	/** Set when the analysis was skipped because the document is larger than the limit. */
	readonly skipped?: { readonly length: number; readonly limit: number };
	/** How long the analysis took, in milliseconds. */
	readonly ms?: number;
}

/** Schemes of documents that are never articles (output panels, source-control views…). */
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'vscode-settings', 'vscode-terminal', 'comment']);

export class DocumentCache implements vscode.Disposable {
	readonly #entries = new Map<string, CacheEntry>();
	readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
	readonly #idle: Array<() => void> = [];
	readonly #emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; entry: CacheEntry }>();
	readonly #config: Config;
	readonly #data: WorkspaceData;
	readonly #log: vscode.LogOutputChannel;

	/** Fires after a document was (re-)analysed, or found not to be an Isnad document any more. */
	readonly onDidAnalyze = this.#emitter.event;

	constructor(config: Config, data: WorkspaceData, log: vscode.LogOutputChannel) {
		this.#config = config;
		this.#data = data;
		this.#log = log;
	}

	/**
	 * The entry of the document's current version, computed now if needed (without firing `onDidAnalyze`).
	 * @param document the document
	 */
	get(document: vscode.TextDocument): CacheEntry {
		const key = document.uri.toString();
		const cached = this.#entries.get(key);
		if (cached !== undefined && cached.version === document.version) {
			return cached;
		}
		const entry = this.#compute(document);
		this.#entries.set(key, entry);
		return entry;
	}

	/** The analysis of the document's current version, if it is an analysed Isnad document. */
	analysis(document: vscode.TextDocument): DocumentAnalysis | undefined {
		return this.get(document).analysis;
	}

	/**
	 * Analyses a document now (unless its version is cached) and fires `onDidAnalyze`.
	 * @param document the document
	 */
	refresh(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		this.#cancel(key);
		if (IGNORED_SCHEMES.has(document.uri.scheme)) {
			return;
		}
		const entry = this.get(document);
		this.#emitter.fire({ document, entry });
		this.#settle();
	}

	/**
	 * Re-analyses a document after a quiet pause (typing).
	 * @param document the document that changed
	 */
	schedule(document: vscode.TextDocument): void {
		if (IGNORED_SCHEMES.has(document.uri.scheme)) {
			return;
		}
		const key = document.uri.toString();
		this.#cancel(key);
		const previous = this.#entries.get(key);
		if (previous !== undefined && !previous.isnad && !couldBecomeIsnad(document, this.#config.get(document.uri).languages)) {
			return;
		}
		const settings = this.#config.get(document.uri);
		// A document whose analysis is slow is analysed less often while typing, so the editor stays responsive.
		const delay = Math.max(settings.debounce, Math.min(previous?.ms ?? 0, 2000));
		this.#timers.set(
			key,
			setTimeout(() => {
				this.#timers.delete(key);
				if (!document.isClosed) {
					this.refresh(document);
				}
				this.#settle();
			}, delay),
		);
	}

	/** Forgets every cached analysis (settings or data files changed). */
	invalidate(): void {
		this.#entries.clear();
	}

	/** Forgets a closed document. */
	delete(uri: vscode.Uri): void {
		const key = uri.toString();
		this.#cancel(key);
		this.#entries.delete(key);
		this.#settle();
	}

	/** Resolves when no re-analysis is pending. */
	whenIdle(): Promise<void> {
		if (this.#timers.size === 0) {
			return Promise.resolve();
		}
		return new Promise((resolve) => this.#idle.push(resolve));
	}

	#compute(document: vscode.TextDocument): CacheEntry {
		const version = document.version;
		const settings = this.#config.get(document.uri);
		if (IGNORED_SCHEMES.has(document.uri.scheme)) {
			return { version, isnad: false };
		}
		// The length without copying the text: the offset of the end.
		const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
		if (length > settings.maxDocumentSize) {
			const isnad = isIsnadDocument(document.languageId, settings.languages, () => document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 2000), 0)));
			return isnad ? { version, isnad, skipped: { length, limit: settings.maxDocumentSize } } : { version, isnad };
		}
		const text = document.getText();
		if (!isIsnadDocument(document.languageId, settings.languages, text)) {
			return { version, isnad: false };
		}
		const data = this.#data.optionsFor(document.uri);
		const t0 = Date.now();
		const analysis = analyzeDocument(text, { rules: settings.rules, acknowledged: data.acknowledged, houseStyle: data.houseStyle });
		const ms = Date.now() - t0;
		this.#log.trace(`analysed ${document.uri.toString(true)} v${version} (${length} chars) in ${ms} ms`);
		return { version, isnad: true, analysis, ms };
	}

	#cancel(key: string): void {
		const t = this.#timers.get(key);
		if (t !== undefined) {
			clearTimeout(t);
			this.#timers.delete(key);
		}
	}

	#settle(): void {
		if (this.#timers.size === 0) {
			for (const resolve of this.#idle.splice(0)) {
				resolve();
			}
		}
	}

	dispose(): void {
		for (const t of this.#timers.values()) {
			clearTimeout(t);
		}
		this.#timers.clear();
		this.#settle();
		this.#emitter.dispose();
	}
}

/** Whether a document that is not analysed might become an Isnad document by typing (its language is a candidate). */
function couldBecomeIsnad(document: vscode.TextDocument, languages: readonly string[]): boolean {
	return document.languageId === 'arabic-news' || languages.includes(document.languageId);
}
