/**
 * The registry: every analyzer in the order it runs. It is the single source of rule ids, default levels, settings
 * and rule documentation (package.json and docs/rules.md are checked against it by tests).
 *
 * Order matters: cues need the entities (a frame like «بحسب رويترز» needs to know that رويترز is a name), quotes
 * need the cues (a quote needs an attribution nearby), attribution needs quotes and cues, sources need attribution.
 */
import type { Analyzer, RuleMeta } from './analyzer';
import { attribution } from './attribution';
import { cues } from './cues';
import { entities } from './entities';
import { hygiene } from './hygiene';
import { names } from './names';
import { quotes } from './quotes';
import { sources } from './sources';
import { tags } from './tags';

/** Every analyzer, in run order. */
export const ANALYZERS: readonly Analyzer[] = [entities, cues, quotes, attribution, names, sources, tags, hygiene];

/** Every rule of every analyzer, in registry order. */
export const RULES: readonly RuleMeta[] = ANALYZERS.flatMap((a) => a.rules);

/** Looks a rule up by id. */
export function ruleById(id: string): RuleMeta | undefined {
	return RULES.find((r) => r.id === id);
}
