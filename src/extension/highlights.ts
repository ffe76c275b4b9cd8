/**
 * What Isnad highlights and how: the spans of every highlight family, and each decoration's style as plain data.
 *
 * Every style is an overlay (background, border, overview-ruler mark): VS Code isolates each span of a line that holds
 * right-to-left text, so anything drawn inline (text colour, font style, text decoration, before/after text) would cut
 * an Arabic sentence and show its clauses in the wrong order. `manifest.test.ts` checks that no style here uses an
 * inline property and that every colour id is contributed in package.json. Pure: no `vscode`.
 */
import type { Analysis, EntityType, Span } from '../core/index';
import type { HighlightFamily } from './settings';

/** One decoration type: a highlight family, or one entity type of the entities family. */
export type HighlightKind = 'quotes' | 'cues' | 'speakers' | 'entityPER' | 'entityLOC' | 'entityORG' | 'entityMISC' | 'namedSources' | 'anonymousSources';

/** The entity types, in the order the UI lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** The overlay-only subset of VS Code's decoration options; colours are theme colour ids contributed by Isnad. */
export interface OverlayStyle {
	readonly backgroundColor?: string;
	readonly borderColor?: string;
	readonly borderStyle?: 'solid' | 'dashed' | 'dotted';
	readonly borderWidth?: string;
	readonly borderRadius?: string;
	readonly overviewRulerColor?: string;
}

/** Each decoration type with the setting family that switches it and its style. */
export const HIGHLIGHT_STYLES: Readonly<Record<HighlightKind, { readonly family: HighlightFamily; readonly style: OverlayStyle }>> = {
	quotes: { family: 'quotes', style: { backgroundColor: 'isnad.quoteBackground' } },
	cues: { family: 'cues', style: { borderColor: 'isnad.cueBorder', borderStyle: 'solid', borderWidth: '1px', borderRadius: '3px' } },
	// An underline drawn as a bottom border: a text decoration would split the line.
	speakers: { family: 'speakers', style: { borderColor: 'isnad.speakerBorder', borderStyle: 'solid', borderWidth: '0 0 2px 0' } },
	entityPER: { family: 'entities', style: { backgroundColor: 'isnad.personBackground' } },
	entityLOC: { family: 'entities', style: { backgroundColor: 'isnad.placeBackground' } },
	entityORG: { family: 'entities', style: { backgroundColor: 'isnad.organizationBackground' } },
	entityMISC: { family: 'entities', style: { backgroundColor: 'isnad.miscBackground' } },
	// Named sources: a solid box; anonymous ones: a dashed box, a tint, and a mark in the overview ruler.
	namedSources: { family: 'sources', style: { borderColor: 'isnad.namedSourceBorder', borderStyle: 'solid', borderWidth: '1px', borderRadius: '2px' } },
	anonymousSources: {
		family: 'sources',
		style: {
			borderColor: 'isnad.anonymousSourceBorder',
			borderStyle: 'dashed',
			borderWidth: '1px',
			borderRadius: '2px',
			backgroundColor: 'isnad.anonymousSourceBackground',
			overviewRulerColor: 'isnad.anonymousSourceRuler',
		},
	},
};

/** Every decoration type, in drawing order. */
export const HIGHLIGHT_KINDS = Object.keys(HIGHLIGHT_STYLES) as HighlightKind[];

/** Every theme colour id the decorations use. */
export function highlightColorIds(): string[] {
	const ids = new Set<string>();
	for (const { style } of Object.values(HIGHLIGHT_STYLES)) {
		for (const v of [style.backgroundColor, style.borderColor, style.overviewRulerColor]) {
			if (v !== undefined) {
				ids.add(v);
			}
		}
	}
	return [...ids];
}

/** The spans of every decoration type. */
export type HighlightSpans = Record<HighlightKind, Span[]>;

/**
 * Collects the spans to highlight.
 * @param analysis the document's analysis
 * @param enabled which families are switched on
 * @returns spans per decoration type; a family that is off has no spans
 */
export function highlightSpans(analysis: Analysis, enabled: Readonly<Record<HighlightFamily, boolean>>): HighlightSpans {
	const out = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as Span[]])) as HighlightSpans;
	if (enabled.quotes) {
		out.quotes = analysis.quotes.map(span);
	}
	if (enabled.cues) {
		out.cues = analysis.cues.map(span);
	}
	if (enabled.speakers) {
		const seen = new Set<string>();
		for (const s of [...analysis.quotes.map((q) => q.speaker), ...analysis.cues.map((c) => c.speaker)]) {
			if (s !== null && !seen.has(`${s.start}:${s.end}`)) {
				seen.add(`${s.start}:${s.end}`);
				out.speakers.push(span(s));
			}
		}
		out.speakers.sort(byStart);
	}
	if (enabled.entities) {
		for (const e of analysis.entities) {
			out[`entity${e.type}`]?.push(span(e));
		}
	}
	if (enabled.sources) {
		for (const s of analysis.sources) {
			(s.anonymous ? out.anonymousSources : out.namedSources).push(span(s));
		}
	}
	return out;
}

/** A span as a plain `[startLine, startChar, endLine, endChar]` tuple (0-based, as VS Code positions). */
export type RangeTuple = [number, number, number, number];

/** The JSON shape returned by the command `isnad.getHighlightRanges`. */
export interface HighlightRangesJson {
	quotes: RangeTuple[];
	cues: RangeTuple[];
	speakers: RangeTuple[];
	entities: Record<EntityType, RangeTuple[]>;
	namedSources: RangeTuple[];
	anonymousSources: RangeTuple[];
}

/**
 * Shapes highlight spans as the JSON of `isnad.getHighlightRanges`.
 * @param spans the spans per decoration type
 * @param toTuple converts a span to a range tuple (the adapter's document positions)
 */
export function highlightRangesJson(spans: HighlightSpans, toTuple: (s: Span) => RangeTuple): HighlightRangesJson {
	return {
		quotes: spans.quotes.map(toTuple),
		cues: spans.cues.map(toTuple),
		speakers: spans.speakers.map(toTuple),
		entities: { PER: spans.entityPER.map(toTuple), LOC: spans.entityLOC.map(toTuple), ORG: spans.entityORG.map(toTuple), MISC: spans.entityMISC.map(toTuple) },
		namedSources: spans.namedSources.map(toTuple),
		anonymousSources: spans.anonymousSources.map(toTuple),
	};
}

/** The empty answer, for an editor that is not an Isnad document. */
export function emptyHighlightRanges(): HighlightRangesJson {
	return { quotes: [], cues: [], speakers: [], entities: { PER: [], LOC: [], ORG: [], MISC: [] }, namedSources: [], anonymousSources: [] };
}

function span(s: Span): Span {
	return { start: s.start, end: s.end };
}

function byStart(a: Span, b: Span): number {
	return a.start - b.start || a.end - b.end;
}
