/**
 * The highlights: one decoration type per family (and per entity type), overlay options only, so an Arabic line is
 * never cut into spans (see `highlights.ts`). Colours are theme colours contributed in package.json.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/index';
import { toRange, toTuple } from './convert';
import {
	emptyHighlightRanges,
	HIGHLIGHT_KINDS,
	HIGHLIGHT_STYLES,
	highlightRangesJson,
	highlightSpans,
	type HighlightKind,
	type HighlightRangesJson,
} from './highlights';
import type { HighlightFamily } from './settings';

export class Decorations implements vscode.Disposable {
	readonly #types: Record<HighlightKind, vscode.TextEditorDecorationType>;

	constructor() {
		const types = {} as Record<HighlightKind, vscode.TextEditorDecorationType>;
		for (const kind of HIGHLIGHT_KINDS) {
			const s = HIGHLIGHT_STYLES[kind].style;
			const color = (id: string | undefined): vscode.ThemeColor | undefined => (id === undefined ? undefined : new vscode.ThemeColor(id));
			const options: vscode.DecorationRenderOptions = {
				rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
				...(s.backgroundColor === undefined ? {} : { backgroundColor: color(s.backgroundColor) }),
				...(s.borderColor === undefined ? {} : { borderColor: color(s.borderColor), borderStyle: s.borderStyle ?? 'solid', borderWidth: s.borderWidth ?? '1px' }),
				...(s.borderRadius === undefined ? {} : { borderRadius: s.borderRadius }),
				...(s.overviewRulerColor === undefined ? {} : { overviewRulerColor: color(s.overviewRulerColor), overviewRulerLane: vscode.OverviewRulerLane.Right }),
			};
			types[kind] = vscode.window.createTextEditorDecorationType(options);
		}
		this.#types = types;
	}

	/**
	 * Draws the highlights of an analysis in an editor, or clears them.
	 * @param editor an editor showing the analysed version of the document
	 * @param analysis the analysis, or undefined to clear
	 * @param enabled which families are switched on
	 */
	apply(editor: vscode.TextEditor, analysis: Analysis | undefined, enabled: Readonly<Record<HighlightFamily, boolean>>): void {
		if (analysis === undefined) {
			for (const kind of HIGHLIGHT_KINDS) {
				editor.setDecorations(this.#types[kind], []);
			}
			return;
		}
		const spans = highlightSpans(analysis, enabled);
		for (const kind of HIGHLIGHT_KINDS) {
			editor.setDecorations(
				this.#types[kind],
				spans[kind].map((s) => toRange(editor.document, s)),
			);
		}
	}

	dispose(): void {
		for (const t of Object.values(this.#types)) {
			t.dispose();
		}
	}
}

/**
 * The highlight ranges of an editor as plain JSON (the command `isnad.getHighlightRanges`): what `apply` draws for
 * the analysis of the editor's document.
 * @param editor the editor
 * @param analysis the analysis of its document's current version, or undefined
 * @param enabled which families are switched on
 */
export function highlightRanges(editor: vscode.TextEditor, analysis: Analysis | undefined, enabled: Readonly<Record<HighlightFamily, boolean>>): HighlightRangesJson {
	if (analysis === undefined) {
		return emptyHighlightRanges();
	}
	return highlightRangesJson(highlightSpans(analysis, enabled), (s) => toTuple(toRange(editor.document, s)));
}
