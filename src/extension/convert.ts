/**
 * The only place where core spans (UTF-16 offsets into the analysed text) become VS Code ranges and back, and where
 * core severities become diagnostic severities. The document must be the version that was analysed.
 */
import * as vscode from 'vscode';
import type { Severity, Span, TextEdit } from '../core/index';
import type { RangeTuple } from './highlights';

/** A span of a document as a range. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
	return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** A range of a document as a span. */
export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
	return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** A core text edit as a VS Code one. */
export function toTextEdit(document: vscode.TextDocument, edit: TextEdit): vscode.TextEdit {
	return vscode.TextEdit.replace(toRange(document, edit), edit.newText);
}

/** A range as the plain tuple `[startLine, startChar, endLine, endChar]`. */
export function toTuple(range: vscode.Range): RangeTuple {
	return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** A core severity as a diagnostic severity. */
export function toDiagnosticSeverity(severity: Severity): vscode.DiagnosticSeverity {
	switch (severity) {
		case 'error':
			return vscode.DiagnosticSeverity.Error;
		case 'warning':
			return vscode.DiagnosticSeverity.Warning;
		case 'info':
			return vscode.DiagnosticSeverity.Information;
		default:
			return vscode.DiagnosticSeverity.Hint;
	}
}

/**
 * An offset into a text that is not open as a document (a data file read from disk) as a position.
 * @param text the file's text
 * @param offset the offset
 */
export function positionInText(text: string, offset: number): vscode.Position {
	let line = 0;
	let lineStart = 0;
	const end = Math.max(0, Math.min(offset, text.length));
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	return new vscode.Position(line, end - lineStart);
}
