/**
 * Named entities: people (PER), places (LOC), organisations (ORG) and other names (MISC), found by the statistical
 * tagger in `ner/` (trained on ANERcorp; see docs/model-card.md). Fills `ctx.entities`, sorted and non-overlapping,
 * each with the cluster of its name, and hands the mentions' tokens to later analyzers under {@link ENTITY_MENTIONS}.
 * Runs first: cues and attribution need to know which words are names.
 */
import { recognizeDocument } from '../ner/recognize';
import type { Analyzer, Context } from './analyzer';

/** Scratch key under which the `Mention[]` of `ner/recognize.ts` is stored, parallel to `ctx.entities`. */
export const ENTITY_MENTIONS = 'entities.mentions';
/** Scratch key under which the `DocumentWords` of the document (see `ner/vocab.ts`) are stored, for names.ts. */
export const ENTITY_WORDS = 'entities.words';

/** The analyzer. */
export const entities: Analyzer = {
	name: 'entities',
	rules: [],
	run(ctx: Context): void {
		if (ctx.options.entities === false) {
			return;
		}
		const { recognition, words } = recognizeDocument(ctx.doc);
		ctx.entities.push(...recognition.entities);
		ctx.scratch.set(ENTITY_MENTIONS, recognition.mentions);
		if (words !== undefined) {
			ctx.scratch.set(ENTITY_WORDS, words);
		}
	},
};
