/**
 * The Outline of an article: each source with its quotes, quotes attributed to no source, then the entities grouped
 * by type with counts. Pure: `outline.ts` turns the nodes into `vscode.DocumentSymbol`s.
 */
import type { Analysis, Span } from '../core/index';
import { ENTITY_LABELS } from './hoverContent';
import { ENTITY_TYPES } from './highlights';
import { toArabicDigits } from './arabic';
import { oneLine, SOURCE_KIND_LABELS, sourceItems } from './sourceList';

/** What an outline node stands for (the adapter picks an icon from it). */
export type OutlineKind = 'namedSource' | 'anonymousSource' | 'quote' | 'quoteGroup' | 'entityGroup' | 'entity';

/** One node of the outline. */
export interface OutlineNode {
	readonly name: string;
	readonly detail: string;
	readonly kind: OutlineKind;
	/** The whole extent of the node (it contains `selection` and every child). */
	readonly span: Span;
	/** What is revealed when the node is chosen. */
	readonly selection: Span;
	readonly children: readonly OutlineNode[];
}

/**
 * Builds the outline.
 * @param text the analysed text
 * @param analysis its analysis
 */
export function outlineTree(text: string, analysis: Analysis): OutlineNode[] {
	const nodes: OutlineNode[] = [];
	const { sources, otherQuotes } = sourceItems(text, analysis);
	const quoteNode = (q: Analysis['quotes'][number]): OutlineNode => ({
		name: oneLine(text.slice(q.start, q.end), 60),
		detail: q.speaker === null ? '' : oneLine(text.slice(q.speaker.start, q.speaker.end), 40),
		kind: 'quote',
		span: { start: q.start, end: q.end },
		selection: { start: q.start, end: q.end },
		children: [],
	});
	for (const s of sources) {
		const children = s.quotes.map(quoteNode);
		const label = SOURCE_KIND_LABELS[s.kind]?.ar ?? s.kind;
		const mentions = s.mentions.length > 1 ? ` · ${toArabicDigits(s.mentions.length)} إشارات` : '';
		nodes.push({
			name: s.text === '' ? label : s.text,
			detail: `${label}${mentions}`,
			kind: s.anonymous ? 'anonymousSource' : 'namedSource',
			span: union([s.span, ...s.mentions, ...children.map((c) => c.span)]),
			selection: s.span,
			children,
		});
	}
	if (otherQuotes.length > 0) {
		const children = otherQuotes.map(quoteNode);
		nodes.push({
			name: 'اقتباسات أخرى',
			detail: `${toArabicDigits(children.length)} · quotes without a source`,
			kind: 'quoteGroup',
			span: union(children.map((c) => c.span)),
			selection: children[0]!.span,
			children,
		});
	}
	for (const type of ENTITY_TYPES) {
		const mentions = analysis.entities.filter((e) => e.type === type);
		if (mentions.length === 0) {
			continue;
		}
		// One child per name: the spellings of one cluster together, at the first mention, with the mention count.
		const byName = new Map<string, { first: Span; spellings: Set<string>; count: number; all: Span[] }>();
		for (const e of mentions) {
			const surface = oneLine(text.slice(e.start, e.end));
			const key = e.cluster ?? surface;
			const g = byName.get(key) ?? { first: { start: e.start, end: e.end }, spellings: new Set<string>(), count: 0, all: [] };
			g.spellings.add(surface);
			g.count++;
			g.all.push(e);
			byName.set(key, g);
		}
		const children: OutlineNode[] = [...byName.values()].map((g) => ({
			name: [...g.spellings].join(' / '),
			detail: toArabicDigits(g.count),
			kind: 'entity',
			span: union(g.all),
			selection: g.first,
			children: [],
		}));
		const label = ENTITY_LABELS[type];
		nodes.push({
			name: `${label.ar} · ${type}`,
			detail: `${toArabicDigits(children.length)} (${toArabicDigits(mentions.length)} إشارة)`,
			kind: 'entityGroup',
			span: union(mentions),
			selection: children[0]!.selection,
			children,
		});
	}
	return nodes;
}

function union(spans: readonly Span[]): Span {
	let start = Number.POSITIVE_INFINITY;
	let end = 0;
	for (const s of spans) {
		start = Math.min(start, s.start);
		end = Math.max(end, s.end);
	}
	return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}
