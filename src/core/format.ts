/**
 * Findings as compact text lines, `line:col-line:col severity rule-id message`, shared by the CLI's `check` output
 * and the golden files, so a golden diff reads like the CLI.
 */
import { LineIndex } from './lineIndex';
import type { Finding } from './types';

/**
 * Formats findings, one per line.
 * @param text the analyzed text
 * @param findings the findings to format
 */
export function formatFindings(text: string, findings: readonly Finding[]): string[] {
	const index = new LineIndex(text);
	return findings.map((f) => {
		const a = index.position(f.start);
		const b = index.position(f.end);
		return `${a.line}:${a.column}-${b.line}:${b.column} ${f.severity} ${f.ruleId} ${f.message}`;
	});
}
