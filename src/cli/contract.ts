/**
 * The public JSON contract of `isnad analyze --json` (design.md, "Contracts"): exactly these fields, in this order,
 * one object per file. Evaluation and benchmark scripts read it, so any change here is a breaking change.
 */
import type { Analysis, EntityType, Severity, Span } from '../core/index';

/** A span in the contract, or null. */
export type SpanJson = { start: number; end: number } | null;

/** One line of `isnad analyze --json`. */
export interface AnalysisJson {
	file: string;
	quotes: Array<{ start: number; end: number; speaker: SpanJson; cue: SpanJson }>;
	cues: Array<{ start: number; end: number; lemma: string }>;
	entities: Array<{ start: number; end: number; type: EntityType }>;
	sources: Array<{ start: number; end: number; anonymous: boolean; reason: SpanJson }>;
	tags: string[];
	findings: Array<{ ruleId: string; severity: Severity; start: number; end: number; message: string }>;
}

/**
 * Shapes an analysis as the contract.
 * @param file the file name as given on the command line ("-" for standard input)
 * @param a the analysis (computed with `tags: true`)
 */
export function toContract(file: string, a: Analysis): AnalysisJson {
	const span = (s: Span | null | undefined): SpanJson => (s === null || s === undefined ? null : { start: s.start, end: s.end });
	return {
		file,
		quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, speaker: span(q.speaker), cue: span(q.cue) })),
		cues: a.cues.map((c) => ({ start: c.start, end: c.end, lemma: c.lemma })),
		entities: a.entities.map((e) => ({ start: e.start, end: e.end, type: e.type })),
		sources: a.sources.map((s) => ({ start: s.start, end: s.end, anonymous: s.anonymous, reason: span(s.reason) })),
		tags: a.tags.map((t) => t.text),
		findings: a.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.start, end: f.end, message: f.message })),
	};
}
