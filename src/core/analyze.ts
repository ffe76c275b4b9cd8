/**
 * The pipeline: tokenize, run every analyzer in registry order, resolve levels, drop acknowledged findings, sort.
 * It never throws: an analyzer that fails is reported as an `internal.error` finding and the others still run.
 */
import { compareFindings, lowerSeverity, type AnalyzeOptions, type Context, type Report } from './analyzers/analyzer';
import { ANALYZERS, ruleById } from './analyzers/index';
import { fingerprinter } from './fingerprint';
import { tokenize } from './tokenize/tokenize';
import type { Analysis, Doc, Finding, Severity } from './types';

/** The result of {@link analyzeDocument}: the analysis and the tokenized document it was computed on. */
export interface DocumentAnalysis extends Analysis {
	readonly doc: Doc;
}

/**
 * Analyzes a text.
 * @param text the article, as a JavaScript string; offsets in the result are UTF-16 code units into it
 * @param options rule levels, acknowledged fingerprints, tag settings
 * @returns quotes, cues, entities, sources, tags and findings
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
	const { doc: _doc, ...analysis } = analyzeDocument(text, options);
	return analysis;
}

/** Like {@link analyze}, and also returns the tokenized document (for adapters that need sentences or tokens). */
export function analyzeDocument(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
	const safeText = typeof text === 'string' ? text : '';
	let doc: Doc;
	try {
		doc = tokenize(safeText);
	} catch (e) {
		// The tokenizer is total by construction; if a bug ever makes it throw, the user still gets an answer.
		doc = { text: safeText, tokens: [], sentences: [], paragraphs: [] };
		const f: Finding = { ruleId: 'internal.error', severity: 'hint', start: 0, end: 0, message: `Isnad could not read this text: ${e instanceof Error ? e.message : String(e)}`, fingerprint: 'internal.error:tokenize' };
		return { doc, quotes: [], terms: [], cues: [], entities: [], sources: [], tags: [], findings: [f] };
	}
	const findings: Finding[] = [];
	const acknowledged = new Set(options.acknowledged ?? []);
	const levels = options.rules ?? {};
	const levelOf = (ruleId: string): Severity | 'off' => levels[ruleId] ?? ruleById(ruleId)?.defaultLevel ?? 'warning';
	const fingerprint = fingerprinter(doc);
	const ctx: Context = {
		doc,
		options,
		quotes: [],
		terms: [],
		cues: [],
		entities: [],
		sources: [],
		tags: [],
		scratch: new Map(),
		enabled: (ruleId) => levelOf(ruleId) !== 'off',
		report: (r: Report) => {
			const level = levelOf(r.ruleId);
			if (level === 'off') {
				return;
			}
			const fp = fingerprint(r.ruleId, r.start);
			if (acknowledged.has(fp)) {
				return;
			}
			const severity = r.lower !== undefined && r.lower > 0 ? lowerSeverity(level, r.lower) : level;
			const f: Finding = { ruleId: r.ruleId, severity, start: r.start, end: r.end, message: r.message, fingerprint: fp };
			findings.push(Object.assign(f, r.messageAr === undefined ? {} : { messageAr: r.messageAr }, r.fixes === undefined ? {} : { fixes: r.fixes }));
		},
	};
	const skip = new Set(options.skip ?? []);
	for (const analyzer of ANALYZERS) {
		if (skip.has(analyzer.name)) {
			continue;
		}
		try {
			analyzer.run(ctx);
		} catch (e) {
			// An analyzer bug must not cost the user the other analyzers' results; say what failed, at the top.
			findings.push({
				ruleId: 'internal.error',
				severity: 'hint',
				start: 0,
				end: 0,
				message: `Isnad's ${analyzer.name} analysis failed on this text: ${e instanceof Error ? e.message : String(e)}`,
				fingerprint: `internal.error:${analyzer.name}`,
			});
		}
	}
	findings.sort(compareFindings);
	return { doc, quotes: ctx.quotes, terms: ctx.terms, cues: ctx.cues, entities: ctx.entities, sources: ctx.sources, tags: ctx.tags, findings };
}
