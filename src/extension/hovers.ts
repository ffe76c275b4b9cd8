/**
 * Hovers: what Isnad found under the mouse (`hoverContent.ts` writes the text).
 */
import * as vscode from 'vscode';
import { ruleById } from '../core/index';
import { toRange } from './convert';
import type { DocumentCache } from './documentCache';
import { hoverContent } from './hoverContent';

export class IsnadHoverProvider implements vscode.HoverProvider {
	readonly #cache: DocumentCache;
	readonly #docsTarget: (ruleId: string) => vscode.Uri | undefined;

	constructor(cache: DocumentCache, docsTarget: (ruleId: string) => vscode.Uri | undefined) {
		this.#cache = cache;
		this.#docsTarget = docsTarget;
	}

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		const analysis = this.#cache.analysis(document);
		if (analysis === undefined) {
			return undefined;
		}
		const content = hoverContent(analysis.doc.text, analysis, document.offsetAt(position), ruleById, (id) => this.#docsTarget(id)?.toString());
		if (content === undefined) {
			return undefined;
		}
		return new vscode.Hover(
			content.contents.map((m) => new vscode.MarkdownString(m)),
			toRange(document, content.span),
		);
	}
}
