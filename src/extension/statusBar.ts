/**
 * The status-bar item of the active article: «مصادر: ٤ مسماة · ٢ مجهولة», which opens the list of sources; or, for a
 * document larger than `isnad.maxDocumentSize`, the notice that its analysis was skipped.
 */
import * as vscode from 'vscode';
import { toArabicDigits } from './arabic';
import { toRange } from './convert';
import type { CacheEntry } from './documentCache';
import { oneLine, SOURCE_KIND_LABELS, sourceCounts, sourceItems, statusText, statusTooltip } from './sourceList';

export class SourceStatusBar implements vscode.Disposable {
	readonly #item = vscode.window.createStatusBarItem('isnad.sources', vscode.StatusBarAlignment.Right, 100);

	constructor() {
		this.#item.name = 'Isnad: sources';
	}

	/**
	 * Shows the state of the active editor's document.
	 * @param entry the document's cache entry, or undefined when there is no active editor
	 */
	update(entry: CacheEntry | undefined): void {
		if (entry === undefined || !entry.isnad) {
			this.#item.hide();
			return;
		}
		if (entry.skipped !== undefined) {
			this.#item.text = '$(warning) إسناد: لم يُحلَّل المستند';
			this.#item.tooltip = `Isnad: analysis skipped: the document is larger than the limit (${entry.skipped.length.toLocaleString('en')} characters; isnad.maxDocumentSize is ${entry.skipped.limit.toLocaleString('en')}). — المستند أكبر من الحد (${toArabicDigits(entry.skipped.length)} حرفاً).`;
			this.#item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
			this.#item.command = { command: 'workbench.action.openSettings', title: 'Open the setting', arguments: ['isnad.maxDocumentSize'] };
			this.#item.show();
			return;
		}
		if (entry.analysis === undefined) {
			this.#item.hide();
			return;
		}
		const counts = sourceCounts(sourceItems(entry.analysis.doc.text, entry.analysis).sources);
		this.#item.text = statusText(counts);
		this.#item.tooltip = statusTooltip(counts);
		this.#item.backgroundColor = undefined;
		this.#item.command = 'isnad.showSources';
		this.#item.show();
	}

	/** The item's current text (for tests through the API). */
	get text(): string | undefined {
		return this.#item.text;
	}

	dispose(): void {
		this.#item.dispose();
	}
}

/**
 * The list of the article's sources (the status bar's click): a QuickPick that previews each source as it is
 * highlighted in the list and reveals the chosen one.
 * @param editor the editor of the article
 * @param entry its cache entry
 */
export async function showSourceList(editor: vscode.TextEditor, entry: CacheEntry): Promise<void> {
	const analysis = entry.analysis;
	if (analysis === undefined) {
		return;
	}
	const { sources } = sourceItems(analysis.doc.text, analysis);
	if (sources.length === 0) {
		void vscode.window.showInformationMessage('Isnad: no sources were found in this article.');
		return;
	}
	const document = editor.document;
	const text = analysis.doc.text;
	const items = sources.map((s) => {
		const label = SOURCE_KIND_LABELS[s.kind] ?? { ar: s.kind, en: s.kind };
		const quotes = s.quotes.length === 0 ? '' : ` · ${toArabicDigits(s.quotes.length)} اقتباس`;
		let detail = s.quotes[0] === undefined ? undefined : `«${oneLine(text.slice(s.quotes[0].start, s.quotes[0].end), 90)}»`;
		if (s.anonymous) {
			detail = s.reason === null ? 'لم يُذكر سبب لإخفاء الهوية · no reason for anonymity given' : `السبب: ${oneLine(text.slice(s.reason.start, s.reason.end), 90)}`;
		}
		return {
			label: `${s.anonymous ? '$(question)' : '$(person)'} ${s.text}`,
			description: `— ${label.ar} · ${label.en}${quotes}`,
			...(detail === undefined ? {} : { detail }),
			range: toRange(document, s.span),
		};
	});
	const reveal = (range: vscode.Range, select: boolean): void => {
		if (select) {
			editor.selection = new vscode.Selection(range.start, range.end);
		}
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	};
	const chosen = await vscode.window.showQuickPick(items, {
		title: 'Isnad: المصادر — Sources',
		placeHolder: 'اختر مصدراً للانتقال إليه — choose a source to reveal it',
		matchOnDescription: true,
		matchOnDetail: true,
		onDidSelectItem: (item) => reveal((item as (typeof items)[number]).range, false),
	});
	if (chosen !== undefined) {
		reveal(chosen.range, true);
		await vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, selection: chosen.range });
	}
}
