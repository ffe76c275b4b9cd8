/**
 * Test helpers: the analysis rendered as compact lines, so tests read as data (rust-analyzer's `check`), and
 * `joinLines` for multi-line fixtures.
 */
import * as assert from 'node:assert/strict';
import { analyze, type Analysis, type AnalyzeOptions, type Span } from '../../src/core/index';

/** Joins lines with \n, so multi-paragraph fixtures read top to bottom. */
export function joinLines(...lines: string[]): string {
	return lines.join('\n');
}

function show(text: string, s: Span | null): string {
	return s === null ? '-' : text.slice(s.start, s.end);
}

/**
 * Renders an analysis as lines:
 * `quote «…» | cue وأضاف | speaker واتسون`, `cue وأضاف أضاف verb | speaker واتسون`,
 * `source مسؤول أمريكي anonymous | reason …`, `finding quotes.unbalanced warning «`, `entity PER واتسون`, `tag روسيا`.
 */
export function describe(text: string, a: Analysis): string[] {
	const out: string[] = [];
	for (const q of a.quotes) {
		out.push(`quote ${show(text, q)} | cue ${show(text, q.cue)} | speaker ${show(text, q.speaker)}`);
	}
	for (const t of a.terms) {
		out.push(`term ${show(text, t)}`);
	}
	for (const c of a.cues) {
		out.push(`cue ${show(text, c)} ${c.lemma} ${c.form} | speaker ${show(text, c.speaker)}`);
	}
	for (const e of a.entities) {
		out.push(`entity ${e.type} ${show(text, e)}`);
	}
	for (const s of a.sources) {
		out.push(`source ${show(text, s)} ${s.kind} | reason ${show(text, s.reason)}${s.reasonKind === null ? '' : ` (${s.reasonKind})`}`);
	}
	for (const t of a.tags) {
		out.push(`tag ${t.text}`);
	}
	for (const f of a.findings) {
		out.push(`finding ${f.ruleId} ${f.severity} ${show(text, f)}`);
	}
	return out;
}

/** The lines of `kind` (`quote`, `cue`, `source`, `finding` …) for a text. */
export function lines(text: string, kind: string, options: AnalyzeOptions = {}): string[] {
	return describe(text, analyze(text, options)).filter((l) => l.startsWith(kind + ' '));
}

/** Asserts that the lines of `kind` are exactly `expected`, in order. */
export function check(text: string, kind: string, expected: readonly string[], options: AnalyzeOptions = {}): void {
	assert.deepEqual(lines(text, kind, options), expected);
}

/** Asserts that every expected line is among the lines (other lines may exist). */
export function checkIncludes(text: string, expected: readonly string[], options: AnalyzeOptions = {}): void {
	const got = describe(text, analyze(text, options));
	for (const e of expected) {
		assert.ok(got.includes(e), `missing line: ${e}\ngot:\n${got.join('\n')}`);
	}
}

/** Asserts that no line starts with any of the given prefixes. */
export function checkExcludes(text: string, prefixes: readonly string[], options: AnalyzeOptions = {}): void {
	const got = describe(text, analyze(text, options));
	for (const p of prefixes) {
		const hit = got.find((l) => l.startsWith(p));
		assert.equal(hit, undefined, `unexpected line: ${hit}`);
	}
}
