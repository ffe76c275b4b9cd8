/**
 * Isnad's VS Code adapter: `activate` wires the modules of this folder together and pushes every disposable into
 * `context.subscriptions`. The same file is bundled for the desktop (Node) extension host and the web worker
 * (vscode.dev): nothing here uses Node.
 */
import * as vscode from 'vscode';
import { RULES, type Analysis } from '../core/index';
import { IsnadCodeActionProvider } from './codeActions';
import { commandTable, registerCommands } from './commands';
import { Config } from './config';
import { Decorations, highlightRanges } from './decorations';
import { Diagnostics } from './diagnostics';
import { DocumentCache, type CacheEntry } from './documentCache';
import { emptyHighlightRanges, type HighlightRangesJson } from './highlights';
import { IsnadHoverProvider } from './hovers';
import { IsnadOutlineProvider } from './outline';
import { ReportPanels } from './report';
import { ruleDocLines, RULES_DOC_PATH } from './rulesDoc';
import { SourceStatusBar } from './statusBar';
import { WorkspaceData } from './workspaceData';

/** The API `activate` returns, for the integration tests and other extensions. */
export interface IsnadApi {
	/** The analysis of an open document's current version, or undefined when Isnad does not analyse it. */
	analysisFor(uri: vscode.Uri | string): Analysis | undefined;
	/** The highlight ranges of the visible editor of a document (or of the active editor), as `isnad.getHighlightRanges` returns them. */
	highlightRanges(uri?: vscode.Uri | string): HighlightRangesJson;
	/** The status-bar text for the active editor, when the item is shown. */
	statusText(): string | undefined;
	/** Fires after a document was analysed and its diagnostics and highlights were updated. */
	readonly onDidAnalyze: vscode.Event<{ readonly uri: vscode.Uri; readonly version: number }>;
	/** Resolves when no re-analysis is pending (typing debounce). */
	whenIdle(): Promise<void>;
}

/** The context key that is true while the active editor shows an article Isnad analyses. */
const ACTIVE_KEY = 'isnad.active';

export async function activate(context: vscode.ExtensionContext): Promise<IsnadApi> {
	const log = vscode.window.createOutputChannel('Isnad', { log: true });
	const docLines = ruleDocLines(RULES);
	const rulesDocUri = vscode.Uri.joinPath(context.extensionUri, RULES_DOC_PATH);
	// A diagnostic's code opens the rule's section of docs/rules.md inside the extension: no network needed.
	const docsTarget = (ruleId: string): vscode.Uri | undefined => {
		const line = docLines.get(ruleId);
		return line === undefined ? undefined : rulesDocUri.with({ fragment: `L${line}` });
	};
	const config = new Config(log);
	const diagnostics = new Diagnostics(docsTarget);
	const data = new WorkspaceData((file, text, problems) => diagnostics.publishDataProblems(file, text, problems), log);
	const cache = new DocumentCache(config, data, log);
	const decorations = new Decorations();
	const statusBar = new SourceStatusBar();
	const report = new ReportPanels(cache, config);
	const analyzed = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
	context.subscriptions.push(log, config, diagnostics, data, cache, decorations, statusBar, report, analyzed);

	let active: boolean | undefined;
	const updateActive = (): void => {
		const editor = vscode.window.activeTextEditor;
		const entry = editor === undefined ? undefined : cache.get(editor.document);
		statusBar.update(entry);
		const now = entry?.isnad === true;
		if (now !== active) {
			active = now;
			void vscode.commands.executeCommand('setContext', ACTIVE_KEY, now);
		}
	};
	const show = (document: vscode.TextDocument, entry: CacheEntry): void => {
		if (entry.analysis === undefined) {
			diagnostics.clear(document.uri);
		} else {
			diagnostics.publish(document, entry.analysis);
		}
		for (const editor of vscode.window.visibleTextEditors) {
			if (editor.document === document) {
				decorations.apply(editor, entry.analysis, config.get(document.uri).highlight);
			}
		}
		if (vscode.window.activeTextEditor?.document === document) {
			updateActive();
		}
		analyzed.fire({ uri: document.uri, version: entry.version });
	};
	const refreshAll = (): void => {
		for (const document of vscode.workspace.textDocuments) {
			cache.refresh(document);
		}
		updateActive();
	};

	const selector: vscode.DocumentSelector = '*';
	context.subscriptions.push(
		cache.onDidAnalyze(({ document, entry }) => show(document, entry)),
		vscode.workspace.onDidOpenTextDocument((d) => cache.refresh(d)),
		vscode.workspace.onDidChangeTextDocument((e) => {
			if (e.contentChanges.length > 0) {
				cache.schedule(e.document);
			}
		}),
		vscode.workspace.onDidCloseTextDocument((d) => {
			cache.delete(d.uri);
			diagnostics.clear(d.uri);
		}),
		vscode.window.onDidChangeVisibleTextEditors((editors) => {
			for (const editor of editors) {
				const entry = cache.get(editor.document);
				decorations.apply(editor, entry.analysis, config.get(editor.document.uri).highlight);
			}
		}),
		vscode.window.onDidChangeActiveTextEditor(() => updateActive()),
		config.onDidChange(() => {
			cache.invalidate();
			refreshAll();
		}),
		data.onDidChange(() => {
			cache.invalidate();
			refreshAll();
		}),
		vscode.languages.registerHoverProvider(selector, new IsnadHoverProvider(cache, docsTarget)),
		vscode.languages.registerCodeActionsProvider(selector, new IsnadCodeActionProvider(cache), { providedCodeActionKinds: IsnadCodeActionProvider.kinds }),
		vscode.languages.registerDocumentSymbolProvider(selector, new IsnadOutlineProvider(cache), { label: 'Isnad' }),
		...registerCommands(
			commandTable({ config, cache, data, report, rulesDoc: { uri: rulesDocUri, line: (id) => docLines.get(id) }, refreshAll }),
		),
	);

	// The data files are read before the first analysis, so acknowledged findings never flash up.
	try {
		await data.loadAll();
	} catch (e) {
		log.error(`reading .isnad files failed: ${e instanceof Error ? e.message : String(e)}`);
	}
	refreshAll();

	const documentOf = (uri: vscode.Uri | string): vscode.TextDocument | undefined => {
		const key = typeof uri === 'string' ? uri : uri.toString();
		return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
	};
	return {
		analysisFor: (uri) => {
			const document = documentOf(uri);
			const analysis = document === undefined ? undefined : cache.analysis(document);
			if (analysis === undefined) {
				return undefined;
			}
			const { doc: _doc, ...rest } = analysis;
			return rest;
		},
		highlightRanges: (uri) => {
			const key = uri === undefined ? undefined : typeof uri === 'string' ? uri : uri.toString();
			const editor = key === undefined ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
			return editor === undefined ? emptyHighlightRanges() : highlightRanges(editor, cache.analysis(editor.document), config.get(editor.document.uri).highlight);
		},
		statusText: () => statusBar.text,
		onDidAnalyze: analyzed.event,
		whenIdle: () => cache.whenIdle(),
	};
}

export function deactivate(): void {
	// Everything is disposed through context.subscriptions.
}
