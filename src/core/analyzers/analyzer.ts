/**
 * The contract every analyzer implements, and the context they share during one analysis.
 */
import type { Cue, Doc, Entity, Finding, Fix, Level, Quote, QuotedTerm, Severity, Source, Span, Tag } from '../types';

/** Everything documented about one rule; the registry of analyzers is the single source of rule ids and docs. */
export interface RuleMeta {
	/** `<area>.<kebab-name>`. */
	readonly id: string;
	/** The level used when the user has not set one. */
	readonly defaultLevel: Level;
	/** A short English title. */
	readonly title: string;
	/** What the rule checks and why, in English (one or two sentences). */
	readonly description: string;
	/** The same in Arabic. */
	readonly descriptionAr: string;
	/** The newsroom standard the rule rests on (editorial-rules.md §1), e.g. `S3 — AP, NYT: say why anonymity was granted`. */
	readonly standard?: string;
	/** An Arabic example that triggers the rule. */
	readonly example: string;
	/** An Arabic example that passes, where one helps. */
	readonly good?: string;
}

/** Options that change what an analysis reports. */
export interface AnalyzeOptions {
	/** Per-rule levels, overriding the defaults. */
	readonly rules?: Readonly<Record<string, Level>>;
	/** Fingerprints of acknowledged findings: these are not reported. */
	readonly acknowledged?: Iterable<string>;
	/** Compute keyword-tag suggestions (off in the editor's per-keystroke analysis). */
	readonly tags?: boolean;
	/** How many tags to suggest. */
	readonly tagCount?: number;
	/** Preferred spellings of names: each key is a variant, each value the spelling to use. */
	readonly houseStyle?: Readonly<Record<string, string>>;
	/** Skip named-entity recognition (and everything that depends on it) for speed. */
	readonly entities?: boolean;
	/** Analyzers to leave out, by name (for benchmarks and debugging; later analyzers see their results empty). */
	readonly skip?: readonly string[];
}

/** A finding as an analyzer reports it; severity and fingerprint are filled in by the context. */
export interface Report extends Span {
	readonly ruleId: string;
	readonly message: string;
	readonly messageAr?: string;
	readonly fixes?: readonly Fix[];
	/** Lower the level by this many steps (a corroboration phrase lowers anonymous-source warnings by one). */
	readonly lower?: number;
}

/** The shared state of one analysis: the document, the options, and what earlier analyzers found. */
export interface Context {
	readonly doc: Doc;
	readonly options: AnalyzeOptions;
	readonly quotes: Quote[];
	readonly terms: QuotedTerm[];
	readonly cues: Cue[];
	readonly entities: Entity[];
	readonly sources: Source[];
	readonly tags: Tag[];
	/** Reports a finding; it is dropped when its rule is off. */
	report(finding: Report): void;
	/** Whether a rule is enabled (level not `off`), so analyzers can skip expensive work. */
	enabled(ruleId: string): boolean;
	/** Scratch space analyzers use to hand intermediate results to later ones (keyed by analyzer name). */
	readonly scratch: Map<string, unknown>;
}

/** One analyzer: a name, the rules it reports, and its run function. */
export interface Analyzer {
	readonly name: string;
	readonly rules: readonly RuleMeta[];
	run(ctx: Context): void;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Lowers a severity by `steps` (error → warning → info → hint), never below hint. */
export function lowerSeverity(s: Severity, steps: number): Severity {
	const i = Math.min(ORDER.length - 1, ORDER.indexOf(s) + Math.max(0, steps));
	return ORDER[i]!;
}

/** Orders findings by position, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
	return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
