/**
 * The command table: one handler per command name of `commandNames.ts`, each a few lines that hand over to the module
 * that owns the feature. Registration adds the `isnad.` prefix once.
 */
import * as vscode from 'vscode';
import { ruleById } from '../core/index';
import type { AcknowledgeArgs } from './codeActions';
import { COMMAND_NAMES, COMMAND_PREFIX, type CommandName } from './commandNames';
import type { Config } from './config';
import { highlightRanges } from './decorations';
import type { DocumentCache } from './documentCache';
import { emptyHighlightRanges, type HighlightRangesJson } from './highlights';
import type { ReportPanels } from './report';
import { showSourceList } from './statusBar';
import { runTagsCommand } from './tagsCommand';
import type { WorkspaceData } from './workspaceData';

/** A command handler. */
export type CommandHandler = (...args: unknown[]) => unknown;

/** What the commands work with. */
export interface CommandServices {
	readonly config: Config;
	readonly cache: DocumentCache;
	readonly data: WorkspaceData;
	readonly report: ReportPanels;
	/** The rules documentation, and the line of a rule's section in it. */
	readonly rulesDoc: { readonly uri: vscode.Uri; line(ruleId: string): number | undefined };
	/** Re-analyses every open document and redraws everything. */
	refreshAll(): void;
}

/**
 * Builds the command table.
 * @param s the services
 */
export function commandTable(s: CommandServices): Readonly<Record<CommandName, CommandHandler>> {
	return {
		generateTags: (arg) => runTagsCommand(s.cache, s.config, arg, 'line'),
		copyTags: (arg) => runTagsCommand(s.cache, s.config, arg, 'clipboard'),
		showReport: (arg) => {
			const document = documentOf(arg) ?? vscode.window.activeTextEditor?.document;
			if (document === undefined) {
				void vscode.window.showInformationMessage('Isnad: open an Arabic article first.');
				return;
			}
			s.report.show(document);
		},
		showSources: async () => {
			const editor = vscode.window.activeTextEditor;
			if (editor !== undefined) {
				await showSourceList(editor, s.cache.get(editor.document));
			}
		},
		reanalyze: async () => {
			await s.data.reload();
			s.cache.invalidate();
			s.refreshAll();
		},
		showRules: async (arg) => {
			const line = typeof arg === 'string' ? s.rulesDoc.line(arg) : undefined;
			const attempts: Array<() => Thenable<unknown>> = [
				...(line === undefined ? [() => vscode.commands.executeCommand('markdown.showPreview', s.rulesDoc.uri)] : []),
				() => vscode.window.showTextDocument(s.rulesDoc.uri, { preview: true, ...(line === undefined ? {} : { selection: new vscode.Range(line - 1, 0, line - 1, 0) }) }),
				// On the web the extension's files may live on a server the editor cannot open as a document.
				() => vscode.env.openExternal(s.rulesDoc.uri.with({ fragment: line === undefined ? '' : `L${line}` })),
			];
			for (const attempt of attempts) {
				try {
					await attempt();
					return;
				} catch {
					// Try the next way.
				}
			}
		},
		acknowledge: async (arg) => {
			const a = arg as Partial<AcknowledgeArgs> | undefined;
			if (typeof a?.uri !== 'string' || typeof a.fingerprint !== 'string' || typeof a.ruleId !== 'string') {
				void vscode.window.showErrorMessage('Isnad: "Acknowledge" needs a finding; use it from the quick-fix menu of a finding.');
				return false;
			}
			const error = await s.data.acknowledge(vscode.Uri.parse(a.uri), {
				fingerprint: a.fingerprint,
				rule: a.ruleId,
				...(a.excerpt === undefined ? {} : { excerpt: a.excerpt }),
				date: new Date().toISOString().slice(0, 10),
			});
			if (error !== undefined) {
				void vscode.window.showErrorMessage(`Isnad: ${error}`);
				return false;
			}
			// The data files' change event re-analyses the open articles.
			vscode.window.setStatusBarMessage(`Isnad: "${ruleById(a.ruleId)?.title ?? a.ruleId}" acknowledged in .isnad/acknowledged.json`, 4000);
			return true;
		},
		reveal: async (uri, start, end) => {
			if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
				return;
			}
			const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
			const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
			const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
			await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range });
		},
		getHighlightRanges: (arg): HighlightRangesJson => {
			const wanted = typeof arg === 'string' ? arg : arg instanceof vscode.Uri ? arg.toString() : undefined;
			const editor = wanted === undefined ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === wanted);
			if (editor === undefined) {
				return emptyHighlightRanges();
			}
			return highlightRanges(editor, s.cache.analysis(editor.document), s.config.get(editor.document.uri).highlight);
		},
	};
}

/**
 * Registers every command of the table.
 * @param table a handler for each command name (the type makes sure none is missing)
 * @returns the registrations, to dispose on deactivation
 */
export function registerCommands(table: Readonly<Record<CommandName, CommandHandler>>): vscode.Disposable[] {
	return COMMAND_NAMES.map((name) => vscode.commands.registerCommand(COMMAND_PREFIX + name, table[name]));
}

/** The open document a context-menu argument (a URI) names. */
function documentOf(arg: unknown): vscode.TextDocument | undefined {
	if (arg instanceof vscode.Uri) {
		return vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString());
	}
	return undefined;
}
