/**
 * The sourcing report as an HTML page: every source with its quotes, the quotes with no source, the entities, the
 * keyword tags and the open findings, right to left. All article text is HTML-escaped; the page runs no script and
 * loads nothing remote (`default-src 'none'`, styles only from the nonce'd block). Links reveal a span in the editor
 * through a command URI, which needs no script. Pure: `report.ts` puts the page in a webview.
 */
import type { Analysis, Span } from '../core/index';
import { toArabicDigits } from './arabic';
import { ENTITY_TYPES } from './highlights';
import { ENTITY_LABELS } from './hoverContent';
import { oneLine, SOURCE_KIND_LABELS, sourceCounts, sourceItems } from './sourceList';

/** Everything the report shows. */
export interface ReportInput {
	/** The document's name. */
	readonly title: string;
	readonly text: string;
	/** The analysis, computed with tags. */
	readonly analysis: Analysis;
	/** A fresh random nonce for the style block. */
	readonly nonce: string;
	/** The webview's `cspSource`. */
	readonly cspSource: string;
	/** 1-based line and column of an offset. */
	readonly position: (offset: number) => { line: number; column: number };
	/** A `command:` URI that reveals a span, or undefined for no links. */
	readonly revealHref?: (span: Span) => string;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The Content-Security-Policy of the report. */
export function reportCsp(nonce: string, cspSource: string): string {
	return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; img-src ${cspSource};`;
}

/**
 * Renders the report.
 * @param input the document, its analysis and the webview's security parameters
 */
export function reportHtml(input: ReportInput): string {
	const { text, analysis } = input;
	const e = escapeHtml;
	const slice = (s: Span, max = 400): string => e(oneLine(text.slice(s.start, s.end), max));
	const where = (s: Span): string => {
		const p = input.position(s.start);
		const label = `${toArabicDigits(p.line)}:${toArabicDigits(p.column)}`;
		return input.revealHref === undefined ? `<span class="pos">${label}</span>` : `<a class="pos" href="${e(input.revealHref(s))}">${label}</a>`;
	};
	const { sources, otherQuotes } = sourceItems(text, analysis);
	const counts = sourceCounts(sources);
	const parts: string[] = [];

	parts.push(`<h1>تقرير الإسناد <span class="file" dir="auto">${e(input.title)}</span></h1>`);
	parts.push(
		`<p class="summary">مصادر: ${toArabicDigits(counts.named)} مسماة · ${toArabicDigits(counts.anonymous)} مجهولة · اقتباسات: ${toArabicDigits(analysis.quotes.length)} · أفعال إسناد: ${toArabicDigits(analysis.cues.length)} · كيانات: ${toArabicDigits(analysis.entities.length)} · ملاحظات: ${toArabicDigits(analysis.findings.length)}</p>`,
	);

	parts.push('<h2>المصادر <small>Sources</small></h2>');
	if (sources.length === 0) {
		parts.push('<p class="empty">لم يُعثر على مصادر.</p>');
	} else {
		parts.push('<ol class="sources">');
		for (const s of sources) {
			const label = SOURCE_KIND_LABELS[s.kind] ?? { ar: s.kind, en: s.kind };
			let reason = '';
			if (s.anonymous) {
				reason = s.reason === null ? '<div class="reason missing">لم يُذكر سبب لإخفاء الهوية</div>' : `<div class="reason">سبب إخفاء الهوية: «${slice(s.reason)}»</div>`;
			}
			const mentions = s.mentions.length > 1 ? ` · ${toArabicDigits(s.mentions.length)} إشارات` : '';
			const quotes =
				s.quotes.length === 0 ? '' : `<ul class="quotes">${s.quotes.map((q) => `<li><blockquote>${slice(q)}</blockquote> ${where(q)}</li>`).join('')}</ul>`;
			parts.push(
				`<li class="${s.anonymous ? 'anonymous' : 'named'}"><span class="name">${slice(s.span)}</span> <span class="kind">${e(label.ar)} · ${e(label.en)}${mentions}</span> ${where(s.span)}${reason}${quotes}</li>`,
			);
		}
		parts.push('</ol>');
	}
	if (otherQuotes.length > 0) {
		parts.push('<h2>اقتباسات أخرى <small>Other quotes</small></h2><ul class="quotes">');
		for (const q of otherQuotes) {
			const who = q.speaker === null ? 'قائل غير معروف' : `القائل: ${slice(q.speaker, 80)}`;
			parts.push(`<li><blockquote>${slice(q)}</blockquote> <span class="kind">${who}</span> ${where(q)}</li>`);
		}
		parts.push('</ul>');
	}

	parts.push('<h2>الكيانات <small>Entities</small></h2>');
	if (analysis.entities.length === 0) {
		parts.push('<p class="empty">لم يُعثر على كيانات.</p>');
	} else {
		parts.push('<dl class="entities">');
		for (const type of ENTITY_TYPES) {
			const mentions = analysis.entities.filter((x) => x.type === type);
			if (mentions.length === 0) {
				continue;
			}
			const names = new Map<string, { spellings: Set<string>; count: number; first: Span }>();
			for (const m of mentions) {
				const surface = oneLine(text.slice(m.start, m.end));
				const g = names.get(m.cluster ?? surface) ?? { spellings: new Set<string>(), count: 0, first: m };
				g.spellings.add(surface);
				g.count++;
				names.set(m.cluster ?? surface, g);
			}
			const items = [...names.values()].map((g) => `<li>${[...g.spellings].map(e).join(' / ')} <span class="count">${toArabicDigits(g.count)}</span> ${where(g.first)}</li>`);
			parts.push(`<dt>${e(ENTITY_LABELS[type].ar)} <small>${type}</small></dt><dd><ul>${items.join('')}</ul></dd>`);
		}
		parts.push('</dl>');
	}

	parts.push('<h2>الكلمات الدلالية <small>Keyword tags</small></h2>');
	parts.push(analysis.tags.length === 0 ? '<p class="empty">لا اقتراحات.</p>' : `<p class="tags">${analysis.tags.map((t) => `<span class="tag">${e(t.text)}</span>`).join(' ')}</p>`);

	parts.push('<h2>الملاحظات المفتوحة <small>Open findings</small></h2>');
	if (analysis.findings.length === 0) {
		parts.push('<p class="empty">لا ملاحظات.</p>');
	} else {
		parts.push('<ul class="findings">');
		for (const f of analysis.findings) {
			const ar = f.messageAr === undefined ? '' : `<div>${e(f.messageAr)}</div>`;
			parts.push(
				`<li class="${e(f.severity)}">${where(f)} <code dir="ltr">${e(f.ruleId)}</code> <span class="severity">${e(f.severity)}</span>${ar}<div dir="ltr" class="en">${e(f.message)}</div></li>`,
			);
		}
		parts.push('</ul>');
	}

	return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(reportCsp(input.nonce, input.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تقرير الإسناد: ${e(input.title)}</title>
<style nonce="${e(input.nonce)}">${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: 14px; line-height: 1.7; color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; }
h1 { font-size: 1.5em; } h1 .file { font-weight: normal; opacity: .7; font-size: .7em; }
h2 { font-size: 1.15em; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: .2em; margin-top: 1.6em; }
h2 small, dt small { font-weight: normal; opacity: .6; }
.summary { opacity: .85; }
ol.sources > li { margin: .6em 0; padding: .3em .6em; border-inline-start: 3px solid var(--vscode-textLink-foreground); }
ol.sources > li.anonymous { border-inline-start-style: dashed; border-inline-start-color: var(--vscode-editorWarning-foreground); }
.name { font-weight: bold; }
.kind, .count, .pos, .severity { opacity: .75; font-size: .9em; }
a.pos { color: var(--vscode-textLink-foreground); text-decoration: none; }
.reason { font-size: .92em; } .reason.missing { color: var(--vscode-editorWarning-foreground); }
blockquote { display: inline; margin: 0; padding: 0 .3em; background: var(--vscode-textBlockQuote-background); }
ul.quotes { list-style: none; padding-inline-start: 1em; }
.tag { display: inline-block; padding: 0 .6em; margin: .15em; border-radius: 1em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
ul.findings li { margin: .4em 0; } ul.findings li.error code { color: var(--vscode-errorForeground); }
.en { opacity: .75; font-size: .9em; text-align: left; }
.empty { opacity: .6; }
`;
