/**
 * Findings as diagnostics, in one collection: `source` "Isnad", `code` the rule id linking to its section of the
 * rules documentation shipped inside the extension (so it opens offline). Problems in `.isnad/` data files go into the
 * same collection, on the file itself.
 */
import * as vscode from 'vscode';
import type { Analysis, Finding } from '../core/index';
import { positionInText, toDiagnosticSeverity, toRange } from './convert';
import type { DataProblem } from './jsonProblems';

/** The diagnostic source of every Isnad diagnostic. */
export const SOURCE = 'Isnad';

export class Diagnostics implements vscode.Disposable {
	readonly collection = vscode.languages.createDiagnosticCollection('isnad');
	readonly #docsTarget: (ruleId: string) => vscode.Uri | undefined;

	/** @param docsTarget the documentation link of a rule, if it has one */
	constructor(docsTarget: (ruleId: string) => vscode.Uri | undefined) {
		this.#docsTarget = docsTarget;
	}

	/**
	 * Publishes the findings of a document's analysis.
	 * @param document the analysed version of the document
	 * @param analysis its analysis
	 */
	publish(document: vscode.TextDocument, analysis: Analysis): void {
		this.collection.set(
			document.uri,
			analysis.findings.map((f) => this.toDiagnostic(document, f)),
		);
	}

	/** Converts one finding. */
	toDiagnostic(document: vscode.TextDocument, f: Finding): vscode.Diagnostic {
		const message = f.messageAr === undefined || f.messageAr === f.message ? f.message : `${f.messageAr}\n${f.message}`;
		const d = new vscode.Diagnostic(toRange(document, f), message, toDiagnosticSeverity(f.severity));
		d.source = SOURCE;
		const target = this.#docsTarget(f.ruleId);
		d.code = target === undefined ? f.ruleId : { value: f.ruleId, target };
		return d;
	}

	/**
	 * Shows the problems of a data file (`.isnad/*.json`) on the file; an empty list clears them.
	 * @param file the data file
	 * @param text its text, to place the problems
	 * @param problems what is wrong
	 */
	publishDataProblems(file: vscode.Uri, text: string, problems: readonly DataProblem[]): void {
		if (problems.length === 0) {
			this.collection.delete(file);
			return;
		}
		this.collection.set(
			file,
			problems.map((p) => {
				const at = positionInText(text, p.offset ?? 0);
				const d = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
				d.source = SOURCE;
				return d;
			}),
		);
	}

	/** Removes a document's diagnostics. */
	clear(uri: vscode.Uri): void {
		this.collection.delete(uri);
	}

	dispose(): void {
		this.collection.dispose();
	}
}
