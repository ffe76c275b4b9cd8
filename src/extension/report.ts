/**
 * "Isnad: Show Sourcing Report": a right-to-left web view of the article's sources, quotes, entities, tags and open
 * findings (`reportHtml.ts` renders it). It runs no script: links reveal text in the editor through the command URI
 * of `isnad.reveal`, the only command the view may call. It follows the article as it is edited.
 */
import * as vscode from 'vscode';
import { generateTags, LineIndex } from '../core/index';
import type { Config } from './config';
import type { DocumentCache } from './documentCache';
import { reportHtml } from './reportHtml';

export class ReportPanels implements vscode.Disposable {
	readonly #panels = new Map<string, { panel: vscode.WebviewPanel; document: vscode.TextDocument; stale: boolean }>();
	readonly #cache: DocumentCache;
	readonly #config: Config;
	readonly #subscription: vscode.Disposable;

	constructor(cache: DocumentCache, config: Config) {
		this.#cache = cache;
		this.#config = config;
		// A hidden report is brought up to date when it is shown again: keyword tags cost time on long articles.
		this.#subscription = cache.onDidAnalyze(({ document }) => {
			const entry = this.#panels.get(document.uri.toString());
			if (entry !== undefined && entry.panel.visible) {
				this.#render(document);
			} else if (entry !== undefined) {
				entry.stale = true;
			}
		});
	}

	/**
	 * Shows the report of a document (reusing its panel).
	 * @param document the article
	 */
	show(document: vscode.TextDocument): void {
		const cached = this.#cache.get(document);
		if (cached.skipped !== undefined) {
			void vscode.window.showWarningMessage('Isnad: this document is larger than isnad.maxDocumentSize, so it was not analysed.');
			return;
		}
		if (cached.analysis === undefined) {
			void vscode.window.showInformationMessage('Isnad: the sourcing report is for Arabic articles (.arnews files, and text or Markdown files written mostly in Arabic).');
			return;
		}
		const key = document.uri.toString();
		const existing = this.#panels.get(key);
		if (existing !== undefined) {
			existing.panel.reveal(vscode.ViewColumn.Beside, true);
			this.#render(document);
			return;
		}
		const panel = vscode.window.createWebviewPanel('isnad.report', `تقرير الإسناد: ${baseName(document.uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
			enableScripts: false,
			enableCommandUris: ['isnad.reveal'],
			localResourceRoots: [],
		});
		const entry = { panel, document, stale: false };
		this.#panels.set(key, entry);
		panel.onDidDispose(() => this.#panels.delete(key));
		panel.onDidChangeViewState(() => {
			if (panel.visible && entry.stale && !document.isClosed) {
				this.#render(document);
			}
		});
		this.#render(document);
	}

	#render(document: vscode.TextDocument): void {
		const entry = this.#panels.get(document.uri.toString());
		const analysis = this.#cache.analysis(document);
		if (entry === undefined || analysis === undefined) {
			return;
		}
		entry.stale = false;
		const settings = this.#config.get(document.uri);
		const tags = generateTags(analysis.doc, { count: settings.tags.count, entities: analysis.entities });
		const index = new LineIndex(analysis.doc.text);
		const uri = document.uri.toString();
		entry.panel.webview.html = reportHtml({
			title: baseName(document.uri),
			text: analysis.doc.text,
			analysis: { ...analysis, tags },
			nonce: nonce(),
			cspSource: entry.panel.webview.cspSource,
			position: (o) => index.position(o),
			revealHref: (s) => `command:isnad.reveal?${encodeURIComponent(JSON.stringify([uri, s.start, s.end]))}`,
		});
	}

	dispose(): void {
		this.#subscription.dispose();
		for (const { panel } of this.#panels.values()) {
			panel.dispose();
		}
	}
}

function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** A random nonce for the style block (Web Crypto exists in Node and in the web worker). */
function nonce(): string {
	const bytes = new Uint8Array(18);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
