/**
 * "Isnad: Generate Keyword Tags" and "Isnad: Copy Keyword Tags": ranked suggestions in a multi-select QuickPick with
 * the top `isnad.tags.count` pre-selected, then ONE undoable edit that inserts the «كلمات دلالية:» line at the end of
 * the article or replaces the existing one wherever it is (the core's `tagLineEdit`, so it is never duplicated), or
 * the tags on the clipboard. Cancelling changes nothing. An argument `{tags?, count?}` skips the QuickPick
 * (`tagsArgs.ts`).
 */
import * as vscode from 'vscode';
import { generateTags, tagLineEdit, type Tag } from '../core/index';
import { hasArabic } from './arabic';
import type { Config } from './config';
import { toRange } from './convert';
import type { DocumentCache } from './documentCache';
import { MAX_TAGS, parseTagsArgs } from './tagsArgs';

/** Arabic names of where a suggestion comes from. */
const KIND_LABELS: Readonly<Record<Tag['kind'], string>> = { entity: 'اسم علم', phrase: 'عبارة', word: 'كلمة' };

/**
 * Runs a keyword-tag command.
 * @param cache the analyses
 * @param config the settings
 * @param arg the command's argument (`{tags?, count?}` for automation)
 * @param target `line` writes the tag line, `clipboard` copies the tags
 * @returns the tags written or copied, or undefined when nothing was done
 */
export async function runTagsCommand(cache: DocumentCache, config: Config, arg: unknown, target: 'line' | 'clipboard'): Promise<string[] | undefined> {
	const editor = vscode.window.activeTextEditor;
	if (editor === undefined) {
		void vscode.window.showInformationMessage('Isnad: open an Arabic article first, then generate its keyword tags.');
		return undefined;
	}
	const document = editor.document;
	const args = parseTagsArgs(arg);
	if (args.mode === 'invalid') {
		void vscode.window.showErrorMessage(`Isnad: the keyword-tag command's argument is not valid: ${args.error}`);
		return undefined;
	}
	const settings = config.get(document.uri);
	let tags: readonly string[];
	if (args.mode === 'auto' && args.tags !== undefined) {
		tags = args.tags;
	} else {
		const entry = cache.get(document);
		if (entry.skipped !== undefined) {
			void vscode.window.showWarningMessage('Isnad: this document is larger than isnad.maxDocumentSize, so it was not analysed and has no tag suggestions.');
			return undefined;
		}
		if (entry.analysis === undefined || !hasArabic(entry.analysis.doc.text)) {
			void vscode.window.showInformationMessage(
				'Isnad: this document has no Arabic article text, so there is nothing to suggest keyword tags from. Keyword tags («كلمات دلالية») are generated from an Arabic news article.',
			);
			return undefined;
		}
		const count = args.mode === 'auto' ? args.count ?? settings.tags.count : settings.tags.count;
		const suggestions = generateTags(entry.analysis.doc, { count: Math.min(MAX_TAGS, Math.max(count * 2, count + 8)), entities: entry.analysis.entities });
		if (suggestions.length === 0) {
			void vscode.window.showInformationMessage('Isnad: no names or topics stand out in this article, so there are no keyword tags to suggest.');
			return undefined;
		}
		if (args.mode === 'auto') {
			tags = suggestions.slice(0, count).map((t) => t.text);
		} else {
			const picked = await pickTags(suggestions, count, target);
			if (picked === undefined) {
				return undefined;
			}
			if (picked.length === 0) {
				void vscode.window.showInformationMessage('Isnad: no tag was chosen; nothing was changed.');
				return undefined;
			}
			tags = picked;
		}
	}
	if (target === 'clipboard') {
		await vscode.env.clipboard.writeText(tags.join(settings.tags.separator));
		vscode.window.setStatusBarMessage(`Isnad: ${tags.length} keyword tags copied`, 3000);
		return [...tags];
	}
	if (document.isClosed) {
		return undefined;
	}
	// The edit is computed on the text as it is now (the user may have typed while the QuickPick was open).
	const text = document.getText();
	const edit = tagLineEdit(text, tags, { label: settings.tags.label, separator: settings.tags.separator });
	if (text.slice(edit.start, edit.end) !== edit.newText) {
		const we = new vscode.WorkspaceEdit();
		we.replace(document.uri, toRange(document, edit), edit.newText);
		if (!(await vscode.workspace.applyEdit(we))) {
			void vscode.window.showErrorMessage('Isnad: the tag line could not be written (the document may be read-only).');
			return undefined;
		}
	}
	return [...tags];
}

async function pickTags(suggestions: readonly Tag[], count: number, target: 'line' | 'clipboard'): Promise<string[] | undefined> {
	const items = suggestions.map((t, i) => ({ label: t.text, description: `— ${KIND_LABELS[t.kind] ?? t.kind}`, picked: i < count, tag: t }));
	const chosen = await vscode.window.showQuickPick(items, {
		canPickMany: true,
		title: target === 'line' ? 'Isnad: كلمات دلالية — Generate Keyword Tags' : 'Isnad: نسخ الكلمات الدلالية — Copy Keyword Tags',
		placeHolder:
			target === 'line'
				? 'اختر الكلمات الدلالية؛ يُكتب سطر «كلمات دلالية:» أو يُستبدل — choose the tags; the tag line is inserted or replaced'
				: 'اختر الكلمات الدلالية لنسخها — choose the tags to copy',
		matchOnDescription: true,
	});
	if (chosen === undefined) {
		return undefined;
	}
	// Keep the ranking order, whatever order the user clicked in.
	const set = new Set(chosen.map((c) => c.tag));
	return suggestions.filter((t) => set.has(t)).map((t) => t.text);
}
