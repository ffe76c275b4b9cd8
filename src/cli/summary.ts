/**
 * The readable form of `isnad analyze` (without --json): quotes with their speakers and cues, the cues, sources,
 * entities, tags and findings, with line:column positions.
 */
import { className, LineIndex, type Analysis, type Span } from '../core/index';

/**
 * Renders the summary of one file.
 * @param file the file name
 * @param text its text
 * @param a its analysis (with tags)
 */
export function summary(file: string, text: string, a: Analysis): string {
	const index = new LineIndex(text);
	const pos = (s: Span): string => {
		const p = index.position(s.start);
		return `${p.line}:${p.column}`;
	};
	const t = (s: Span | null, max = 70): string => {
		if (s === null) {
			return '—';
		}
		const x = text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim();
		return x.length > max ? `${x.slice(0, max - 1)}…` : x;
	};
	const out: string[] = [file];
	out.push(`  Quotes (${a.quotes.length}):`);
	a.quotes.forEach((q, i) => {
		out.push(`    ${i + 1}. ${pos(q)}  ${t(q)}`);
		out.push(`       speaker: ${t(q.speaker, 50)} · cue: ${t(q.cue, 30)}`);
	});
	out.push(`  Attribution cues (${a.cues.length}):`);
	for (const c of a.cues) {
		out.push(`    ${pos(c)}  ${t(c)}  (lemma ${c.lemma}, ${className(c.cls).en}) → ${t(c.speaker, 50)}`);
	}
	if (a.sources.length > 0) {
		out.push(`  Sources (${a.sources.length} mentions):`);
		for (const s of a.sources) {
			const kind = s.anonymous ? `${s.kind}, reason: ${t(s.reason, 60)}` : s.kind;
			out.push(`    ${pos(s)}  ${t(s, 50)}  (${kind})`);
		}
	}
	if (a.entities.length > 0) {
		out.push(`  Entities (${a.entities.length}):`);
		for (const type of ['PER', 'LOC', 'ORG', 'MISC'] as const) {
			const names = [...new Set(a.entities.filter((e) => e.type === type).map((e) => t(e, 40)))];
			if (names.length > 0) {
				out.push(`    ${type}: ${names.join('، ')}`);
			}
		}
	}
	if (a.tags.length > 0) {
		out.push(`  Keyword tags: ${a.tags.map((x) => x.text).join('، ')}`);
	}
	out.push(`  Findings (${a.findings.length}):`);
	for (const f of a.findings) {
		out.push(`    ${pos(f)}  ${f.severity} ${f.ruleId}: ${f.message}`);
	}
	return out.join('\n');
}
