/**
 * The plain-data types of the core. Every span is a pair of UTF-16 code-unit offsets into the ORIGINAL text
 * (JavaScript string indices), end exclusive; normalization never moves a span.
 */

/** A range of the original text: `text.slice(start, end)`. */
export interface Span {
	/** Offset of the first code unit. */
	readonly start: number;
	/** Offset just past the last code unit. */
	readonly end: number;
}

/** How loudly a finding is reported. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A rule's configured level: a severity, or `off` to silence the rule. */
export type Level = Severity | 'off';

/** One text replacement of a fix, in original-text offsets. */
export interface TextEdit extends Span {
	/** The replacement text. */
	readonly newText: string;
}

/** A safe, self-contained correction a user can apply with one click. */
export interface Fix {
	/** The title shown in the quick-fix menu. */
	readonly title: string;
	/** The edits, non-overlapping. */
	readonly edits: readonly TextEdit[];
	/** Whether this is the fix to apply by default. */
	readonly preferred?: boolean;
}

/** A problem found in the text. */
export interface Finding extends Span {
	/** The rule id, `<area>.<kebab-name>`, e.g. `quotes.unbalanced`. */
	readonly ruleId: string;
	/** The severity after the user's settings were applied. */
	readonly severity: Severity;
	/** A one-sentence message in English, naming the standard where there is one. */
	readonly message: string;
	/** The same message in Arabic, for hovers. */
	readonly messageAr?: string;
	/** Quick fixes that are safe to apply. */
	readonly fixes?: readonly Fix[];
	/**
	 * A stable fingerprint (rule id + normalized sentence) used to acknowledge a finding: it stays the same while the
	 * sentence is unchanged, wherever the sentence moves.
	 */
	readonly fingerprint: string;
}

/** Token kinds produced by the tokenizer. Whitespace is not a token; line breaks are recorded as paragraph bounds. */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

/** The writing system of a word token. */
export type Script = 'arabic' | 'latin' | 'other';

/** One token of the original text. */
export interface Token extends Span {
	/** Position of this token in the token array. */
	readonly index: number;
	readonly kind: TokenKind;
	/** The token as written. */
	readonly text: string;
	/**
	 * The matching key: diacritics and tatweel removed, alef forms folded to ا, ى to ي, Persian look-alikes and
	 * presentation forms mapped to Arabic letters, all digits to ASCII. Equal to `text` when nothing changes.
	 */
	readonly key: string;
	/** For words: the script of the first letter. */
	readonly script: Script | undefined;
	/** Index of the sentence the token belongs to. */
	readonly sentence: number;
	/** Index of the paragraph the token belongs to. */
	readonly paragraph: number;
	/** Whether whitespace separates this token from the previous one (always true for the first token). */
	readonly spaceBefore: boolean;
}

/** A sentence or a paragraph: its text span and its tokens `[firstToken, endToken)`. */
export interface Segment extends Span {
	readonly index: number;
	readonly firstToken: number;
	readonly endToken: number;
}

/** The tokenized document every analyzer reads. */
export interface Doc {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly sentences: readonly Segment[];
	readonly paragraphs: readonly Segment[];
}

/** Classes of attribution verbs (editorial-rules.md §2). */
export type VerbClass = 'N' | 'S' | 'O' | 'F' | 'D' | 'A' | 'E';

/** How a cue attributes: a finite verb, a circumstantial participle (حال), a passive verb, or a prepositional frame. */
export type CueForm = 'verb' | 'participle' | 'passive' | 'phrase';

/** An attribution cue: a verb of saying or an attribution frame («قال»، «مؤكداً»، «وفقاً لـ»). */
export interface Cue extends Span {
	/** The dictionary form (past, 3rd person masculine singular), e.g. «قال», or the phrase, e.g. «وفقا ل». */
	readonly lemma: string;
	/** The class from the lexicon: N neutral, S stance, O opinion, F factive, D doubt, A accusation, E emotive. */
	readonly cls: VerbClass;
	readonly form: CueForm;
	/** The speaker the cue governs, or null when there is none in the text. */
	readonly speaker: Span | null;
	/** Whether the speaker was found in the clause itself (false: carried over from an earlier cue). */
	readonly explicitSpeaker: boolean;
}

/** A direct quotation, including its quote marks. */
export interface Quote extends Span {
	/** The opening mark. */
	readonly open: Span;
	/** The closing mark, or null when the quote was never closed. */
	readonly close: Span | null;
	/** The attribution cue, or null. */
	readonly cue: Span | null;
	/** The speaker, or null when unknown. */
	readonly speaker: Span | null;
	/** Nesting depth: 0 for a top-level quote. */
	readonly depth: number;
}

/** A span of quote marks that is not a quotation: a title, a name or a term («داعش»، لـ«الراي»). */
export interface QuotedTerm extends Span {
	readonly open: Span;
	readonly close: Span;
}

/** Entity types, as in ANERcorp. */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A named entity mention. The span may leave out a proclitic (و، ب، ل، ال…). */
export interface Entity extends Span {
	readonly type: EntityType;
	/** The normalized name the mention belongs to, shared by every spelling of the same name in the article. */
	readonly cluster?: string;
}

/** What kind of source a mention is. */
export type SourceKind = 'person' | 'institution' | 'outlet' | 'anonymous' | 'vague' | 'agentless';

/** A mention of who said something. */
export interface Source extends Span {
	readonly kind: SourceKind;
	/** True for anonymous, vague and agentless sources. */
	readonly anonymous: boolean;
	/** The phrase that explains or requests anonymity, or null. */
	readonly reason: Span | null;
	/** `why` when the reason explains why, `request` when it only says that anonymity was asked for. */
	readonly reasonKind: 'why' | 'request' | null;
	/** Index in `sources` of the first mention of the same source (itself for a first mention). */
	readonly first: number;
	/** The cue(s) this source is the speaker of, as indices into `cues`. */
	readonly cues: readonly number[];
}

/** A suggested keyword tag. */
export interface Tag {
	/** The tag as shown: the article's majority surface form. */
	readonly text: string;
	/** The matching key the tag was built on. */
	readonly key: string;
	readonly score: number;
	/** Where the tag comes from. */
	readonly kind: 'entity' | 'phrase' | 'word';
}

/** Everything the core found in one text. */
export interface Analysis {
	readonly quotes: readonly Quote[];
	readonly terms: readonly QuotedTerm[];
	readonly cues: readonly Cue[];
	readonly entities: readonly Entity[];
	readonly sources: readonly Source[];
	readonly tags: readonly Tag[];
	readonly findings: readonly Finding[];
}
