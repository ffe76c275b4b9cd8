/**
 * What a hover says about the text under the mouse: a quote's speaker and cue, a cue's lemma and class, an entity's
 * type and its other spellings, a source's kind and reason, and the rules behind the findings there, in Arabic and
 * English. Pure: it returns Markdown strings; `hovers.ts` hands them to VS Code.
 */
import { className, type Analysis, type EntityType, type RuleMeta, type Span } from '../core/index';
import { oneLine, SOURCE_KIND_LABELS } from './sourceList';

/** Arabic and English names of the entity types. */
export const ENTITY_LABELS: Readonly<Record<EntityType, { readonly ar: string; readonly en: string }>> = {
	PER: { ar: 'شخص', en: 'person' },
	LOC: { ar: 'مكان', en: 'place' },
	ORG: { ar: 'مؤسسة', en: 'organisation' },
	MISC: { ar: 'اسم آخر', en: 'other name' },
};

/** The Markdown of a hover, and the span it applies to. */
export interface HoverContent {
	readonly contents: string[];
	readonly span: Span;
}

/**
 * Builds the hover at an offset.
 * @param text the analysed text
 * @param analysis its analysis
 * @param offset the offset under the mouse
 * @param ruleById looks a rule up in the registry
 * @param docsLink the link to a rule's documentation, if any
 * @returns the hover, or undefined when Isnad has nothing to say there
 */
export function hoverContent(
	text: string,
	analysis: Analysis,
	offset: number,
	ruleById: (id: string) => RuleMeta | undefined,
	docsLink: (ruleId: string) => string | undefined = () => undefined,
): HoverContent | undefined {
	const contents: string[] = [];
	let range: Span | undefined;
	const at = (s: Span): boolean => s.start <= offset && offset < s.end;
	const quote = (s: Span | null): string => (s === null ? '' : md(oneLine(text.slice(s.start, s.end), 80)));
	const widen = (s: Span): void => {
		// The hover range is the smallest item under the mouse.
		if (range === undefined || s.end - s.start < range.end - range.start) {
			range = { start: s.start, end: s.end };
		}
	};

	const cue = analysis.cues.find(at);
	if (cue !== undefined) {
		const cls = className(cue.cls);
		const speaker = cue.speaker === null ? '' : ` · القائل: **${quote(cue.speaker)}**`;
		const speakerEn = cue.speaker === null ? '' : `, speaker ${quote(cue.speaker)}`;
		contents.push(`**فعل إسناد** «${quote(cue)}» — أصله «${md(cue.lemma)}» · ${md(cls.ar)}${speaker}\n\nattribution cue, lemma «${md(cue.lemma)}», ${md(cls.en)}${speakerEn}`);
		widen(cue);
	}

	const quotes = analysis.quotes.filter(at);
	const q = quotes.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
	if (q !== undefined) {
		const who = q.speaker === null ? 'قائل غير معروف' : `قاله **${quote(q.speaker)}**`;
		const whoEn = q.speaker === null ? 'no speaker found' : `said by ${quote(q.speaker)}`;
		const via = q.cue === null ? '' : ` (فعل الإسناد: «${quote(q.cue)}»)`;
		const viaEn = q.cue === null ? '' : ` (cue: «${quote(q.cue)}»)`;
		contents.push(`**اقتباس** — ${who}${via}\n\nquote, ${whoEn}${viaEn}`);
		widen(q);
	}

	const entity = analysis.entities.find(at);
	if (entity !== undefined) {
		const label = ENTITY_LABELS[entity.type] ?? { ar: entity.type, en: entity.type };
		const own = oneLine(text.slice(entity.start, entity.end));
		const others = new Set<string>();
		if (entity.cluster !== undefined) {
			for (const e of analysis.entities) {
				const t = oneLine(text.slice(e.start, e.end));
				if (e.cluster === entity.cluster && t !== own) {
					others.add(t);
				}
			}
		}
		const list = [...others].map((t) => `«${md(t)}»`);
		const spellings = list.length === 0 ? '' : `\n\nتهجئات أخرى في الخبر: ${list.join('، ')}\n\nother spellings in this article: ${list.join(', ')}`;
		contents.push(`**${md(label.ar)}** (${entity.type}, ${md(label.en)})${spellings}`);
		widen(entity);
	}

	const source = analysis.sources.find(at);
	if (source !== undefined) {
		const label = SOURCE_KIND_LABELS[source.kind] ?? { ar: source.kind, en: source.kind };
		const first = analysis.sources[source.first];
		const repeat = first !== undefined && first !== source ? `\n\nإشارة إلى «${quote(first)}» · refers to «${quote(first)}»` : '';
		let reason = '';
		if (source.anonymous) {
			reason =
				source.reason === null
					? '\n\nلم يُذكر سبب لإخفاء هوية المصدر · no reason for anonymity is given'
					: `\n\nسبب إخفاء الهوية: «${quote(source.reason)}» · reason for anonymity${source.reasonKind === 'request' ? ' (a request only, not why)' : ''}`;
		}
		contents.push(`**${md(label.ar)}** (${md(label.en)})${reason}${repeat}`);
		widen(source);
	}

	const ruleIds = [...new Set(analysis.findings.filter((f) => f.start <= offset && (offset < f.end || (f.start === f.end && offset === f.start))).map((f) => f.ruleId))];
	for (const id of ruleIds) {
		const rule = ruleById(id);
		if (rule === undefined) {
			continue;
		}
		const link = docsLink(id);
		const title = link === undefined ? `\`${id}\`` : `[\`${id}\`](${link})`;
		const standard = rule.standard === undefined ? '' : `\n\n*المعيار · Standard:* ${md(rule.standard)}`;
		contents.push(`${title} — ${md(rule.title)}\n\n${md(rule.descriptionAr)}\n\n${md(rule.description)}${standard}`);
		const f = analysis.findings.find((x) => x.ruleId === id && x.start <= offset)!;
		widen(f.end > f.start ? f : { start: f.start, end: f.start + 1 });
	}

	return contents.length === 0 || range === undefined ? undefined : { contents, span: range };
}

/** Escapes Markdown punctuation in article text. */
export function md(s: string): string {
	return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/gu, (c) => `\\${c}`);
}
