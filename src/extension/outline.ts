/**
 * The Outline view: sources with their quotes, then entities by type with counts (`outlineTree.ts` builds the tree).
 */
import * as vscode from 'vscode';
import { toRange } from './convert';
import type { DocumentCache } from './documentCache';
import { outlineTree, type OutlineKind, type OutlineNode } from './outlineTree';

const KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
	namedSource: vscode.SymbolKind.Object,
	anonymousSource: vscode.SymbolKind.Null,
	quote: vscode.SymbolKind.String,
	quoteGroup: vscode.SymbolKind.Array,
	entityGroup: vscode.SymbolKind.Namespace,
	entity: vscode.SymbolKind.Constant,
};

export class IsnadOutlineProvider implements vscode.DocumentSymbolProvider {
	readonly #cache: DocumentCache;

	constructor(cache: DocumentCache) {
		this.#cache = cache;
	}

	provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
		const analysis = this.#cache.analysis(document);
		if (analysis === undefined) {
			return [];
		}
		const convert = (n: OutlineNode): vscode.DocumentSymbol => {
			const range = toRange(document, n.span);
			const selection = toRange(document, n.selection);
			const symbol = new vscode.DocumentSymbol(n.name === '' ? '—' : n.name, n.detail === '' ? '' : `· ${n.detail}`, KINDS[n.kind], range.union(selection), selection);
			symbol.children = n.children.map(convert);
			return symbol;
		};
		return outlineTree(analysis.doc.text, analysis).map(convert);
	}
}
