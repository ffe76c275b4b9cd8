// Helpers for the adapter's unit tests: the repository root, the sample, and analyses built by hand.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis, Cue, Entity, Finding, Quote, Source, Span } from '../../../src/core/index';

/** The repository root (tests run from out/test/unit/extension). */
export const ROOT = resolve(__dirname, '../../../..');

/** The bundled sample article. */
export function seedText(): string {
	return readFileSync(join(ROOT, 'samples/seed-article.arnews'), 'utf8');
}

/** The span of the n-th occurrence (0-based) of a substring. */
export function spanOf(text: string, needle: string, nth = 0): Span {
	let at = -1;
	for (let i = 0; i <= nth; i++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) {
			throw new Error(`"${needle}" (#${nth}) not in the text`);
		}
	}
	return { start: at, end: at + needle.length };
}

/** An analysis with only the given parts. */
export function analysisOf(parts: Partial<{ quotes: Quote[]; cues: Cue[]; entities: Entity[]; sources: Source[]; findings: Finding[] }>): Analysis {
	return { quotes: [], terms: [], cues: [], entities: [], sources: [], tags: [], findings: [], ...parts };
}

/** A quote over a span, with its speaker and cue. */
export function quote(span: Span, speaker: Span | null = null, cue: Span | null = null): Quote {
	return { ...span, open: { start: span.start, end: span.start + 1 }, close: { start: span.end - 1, end: span.end }, speaker, cue, depth: 0 };
}

/** A cue. */
export function cue(span: Span, lemma: string, speaker: Span | null = null): Cue {
	return { ...span, lemma, cls: 'N', form: 'verb', speaker, explicitSpeaker: speaker !== null };
}

/** A source mention. */
export function source(span: Span, anonymous: boolean, extra: Partial<Source> = {}): Source {
	return { ...span, kind: anonymous ? 'anonymous' : 'person', anonymous, reason: null, reasonKind: null, first: 0, cues: [], ...extra };
}
