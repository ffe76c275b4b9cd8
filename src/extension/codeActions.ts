/**
 * Quick fixes: each safe fix a finding carries, and "Acknowledge", which stores the finding's fingerprint in
 * `.isnad/acknowledged.json` (never in the article) so that it stays silent until its sentence changes.
 */
import * as vscode from 'vscode';
import { ruleById, type Finding } from '../core/index';
import { toRange, toTextEdit } from './convert';
import { SOURCE } from './diagnostics';
import type { DocumentCache } from './documentCache';
import { oneLine } from './sourceList';

/** The argument of the `isnad.acknowledge` command. */
export interface AcknowledgeArgs {
	readonly uri: string;
	readonly fingerprint: string;
	readonly ruleId: string;
	readonly excerpt?: string;
}

export class IsnadCodeActionProvider implements vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.QuickFix];
	readonly #cache: DocumentCache;

	constructor(cache: DocumentCache) {
		this.#cache = cache;
	}

	provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
		const analysis = this.#cache.analysis(document);
		if (analysis === undefined) {
			return [];
		}
		const ours = context.diagnostics.filter((d) => d.source === SOURCE);
		const actions: vscode.CodeAction[] = [];
		const canAcknowledge = vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
		for (const f of analysis.findings) {
			const fr = toRange(document, f);
			if (fr.intersection(range) === undefined && !fr.contains(range)) {
				continue;
			}
			const diagnostic = ours.find((d) => codeOf(d) === f.ruleId && d.range.isEqual(fr));
			for (const fix of f.fixes ?? []) {
				const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
				const edit = new vscode.WorkspaceEdit();
				edit.set(
					document.uri,
					fix.edits.map((e) => toTextEdit(document, e)),
				);
				action.edit = edit;
				action.isPreferred = fix.preferred === true;
				if (diagnostic !== undefined) {
					action.diagnostics = [diagnostic];
				}
				actions.push(action);
			}
			if (canAcknowledge && f.ruleId !== 'internal.error') {
				actions.push(this.#acknowledgeAction(document, analysis.doc.text, f, diagnostic));
			}
		}
		return actions;
	}

	#acknowledgeAction(document: vscode.TextDocument, text: string, f: Finding, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction {
		const title = ruleById(f.ruleId)?.title ?? f.ruleId;
		const action = new vscode.CodeAction(`Acknowledge: ${title} (keep it, silence it until the sentence changes)`, vscode.CodeActionKind.QuickFix);
		const args: AcknowledgeArgs = { uri: document.uri.toString(), fingerprint: f.fingerprint, ruleId: f.ruleId, excerpt: excerpt(text, f) };
		action.command = { command: 'isnad.acknowledge', title: 'Acknowledge', arguments: [args] };
		if (diagnostic !== undefined) {
			action.diagnostics = [diagnostic];
		}
		return action;
	}
}

function codeOf(d: vscode.Diagnostic): string | undefined {
	const c = d.code;
	return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

/** A few words around the finding, so a reviewer of the file sees what was acknowledged. */
function excerpt(text: string, f: Finding): string {
	const from = Math.max(0, text.lastIndexOf('\n', f.start) + 1, f.start - 60);
	const nl = text.indexOf('\n', f.end);
	const to = Math.min(nl < 0 ? text.length : nl, f.end + 60);
	return oneLine(text.slice(from, to), 160);
}
