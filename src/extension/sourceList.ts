/**
 * The article's sources as the status bar, the source list, the Outline and the report show them: one item per source
 * (repeat mentions such as «وأضاف المسؤول» folded into the first), with its quotes. Pure: no `vscode`.
 */
import type { Analysis, Quote, SourceKind, Span } from '../core/index';
import { toArabicDigits } from './arabic';

/** One source of the article. */
export interface SourceItem {
	/** Index of the first mention in `analysis.sources`. */
	readonly index: number;
	/** The first mention. */
	readonly span: Span;
	/** The first mention's text, on one line. */
	readonly text: string;
	readonly kind: SourceKind;
	readonly anonymous: boolean;
	/** The phrase explaining or requesting anonymity, if any mention has one. */
	readonly reason: Span | null;
	/** Every mention, first included, in text order. */
	readonly mentions: readonly Span[];
	/** The direct quotes attributed to this source, in text order. */
	readonly quotes: readonly Quote[];
}

/** Arabic and English names of the source kinds. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, { readonly ar: string; readonly en: string }>> = {
	person: { ar: 'شخص', en: 'person' },
	institution: { ar: 'مؤسسة', en: 'institution' },
	outlet: { ar: 'وسيلة إعلام', en: 'news outlet' },
	anonymous: { ar: 'مصدر مجهول', en: 'anonymous source' },
	vague: { ar: 'مصدر مبهم', en: 'vague source' },
	agentless: { ar: 'إسناد بلا فاعل', en: 'agentless attribution' },
};

/**
 * Groups the sources of an analysis and attaches the quotes.
 * @param text the analysed text
 * @param analysis its analysis
 * @returns the sources in order of first mention, and the quotes attributed to none of them
 */
export function sourceItems(text: string, analysis: Analysis): { sources: SourceItem[]; otherQuotes: Quote[] } {
	const { sources, cues } = analysis;
	const firstOf = (i: number): number => {
		// `first` points at the first mention; guard against a bad index or a chain.
		let k = i;
		for (let hops = 0; hops < 8; hops++) {
			const f = sources[k]?.first;
			if (f === undefined || f === k || f < 0 || f >= sources.length) {
				break;
			}
			k = f;
		}
		return k;
	};
	const groups = new Map<number, { mentions: Span[]; reason: Span | null; cues: Set<number> }>();
	sources.forEach((s, i) => {
		const g = groups.get(firstOf(i)) ?? { mentions: [], reason: null, cues: new Set<number>() };
		g.mentions.push({ start: s.start, end: s.end });
		g.reason ??= s.reason;
		for (const c of s.cues) {
			g.cues.add(c);
		}
		groups.set(firstOf(i), g);
	});
	const cueIndexByStart = new Map(cues.map((c, i) => [c.start, i]));
	const sourceByCue = new Map<number, number>();
	for (const [first, g] of groups) {
		for (const c of g.cues) {
			sourceByCue.set(c, first);
		}
	}
	const quotesBySource = new Map<number, Quote[]>();
	const otherQuotes: Quote[] = [];
	for (const q of analysis.quotes) {
		let owner: number | undefined;
		const ci = q.cue === null ? undefined : cueIndexByStart.get(q.cue.start);
		if (ci !== undefined) {
			owner = sourceByCue.get(ci);
		}
		if (owner === undefined && q.speaker !== null) {
			const sp = q.speaker;
			for (const [first, g] of groups) {
				if (g.mentions.some((m) => m.start < sp.end && sp.start < m.end)) {
					owner = first;
					break;
				}
			}
		}
		if (owner === undefined) {
			otherQuotes.push(q);
		} else {
			const list = quotesBySource.get(owner) ?? [];
			list.push(q);
			quotesBySource.set(owner, list);
		}
	}
	const items: SourceItem[] = [];
	for (const [first, g] of [...groups].sort((a, b) => sources[a[0]]!.start - sources[b[0]]!.start)) {
		const s = sources[first]!;
		items.push({
			index: first,
			span: { start: s.start, end: s.end },
			text: oneLine(text.slice(s.start, s.end)),
			kind: s.kind,
			anonymous: s.anonymous,
			reason: g.reason,
			mentions: g.mentions.sort((a, b) => a.start - b.start),
			quotes: quotesBySource.get(first) ?? [],
		});
	}
	return { sources: items, otherQuotes };
}

/** How many named and anonymous sources an article has. */
export function sourceCounts(items: readonly SourceItem[]): { named: number; anonymous: number } {
	const anonymous = items.filter((s) => s.anonymous).length;
	return { named: items.length - anonymous, anonymous };
}

/** The status-bar text: «مصادر: ٤ مسماة · ٢ مجهولة». */
export function statusText(counts: { named: number; anonymous: number }): string {
	return `مصادر: ${toArabicDigits(counts.named)} مسماة · ${toArabicDigits(counts.anonymous)} مجهولة`;
}

/** The status-bar tooltip, in English. */
export function statusTooltip(counts: { named: number; anonymous: number }): string {
	const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
	return `Isnad: ${n(counts.named, 'named source')}, ${n(counts.anonymous, 'anonymous source')}. Click to list them.`;
}

/**
 * A text on one line, shortened to `max` characters with an ellipsis.
 * @param s the text
 * @param max the longest result
 */
export function oneLine(s: string, max = Number.POSITIVE_INFINITY): string {
	const t = s.replace(/\s+/gu, ' ').trim();
	return t.length > max ? `${t.slice(0, Math.max(1, max - 1)).trimEnd()}…` : t;
}
