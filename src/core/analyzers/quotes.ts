/**
 * Direct quotes: pairs quote marks and tells quotations from quoted titles and terms.
 *
 * Pairing is by order within a paragraph, not by glyph, because Arabic copy uses every glyph in both directions
 * («…», »…«, “…”, ”…“, "…", '…'): the first mark of a family opens and the next one closes, unless its context says
 * it opens again (a nested quote of the same family). Families nest (« … " … " … »). A paragraph that ends inside a
 * quote and whose successor re-opens it with the same mark continues the quote (the multi-paragraph convention).
 *
 * A pair of marks is a quotation when an attribution cue or an introducing colon is near it, or when it is long
 * enough to be speech; marks around a title, an organisation or a single term (تنظيم "داعش"، لـ«الراي») are a term.
 */
import { matchKey } from '../normalize/normalize';
import { guessStem } from '../tokenize/clitics';
import { RELATIVE_PRONOUNS } from '../lexicon/functionWords';
import { quoteFamily, type QuoteFamily } from '../tokenize/charClasses';
import type { Doc, Quote, Token } from '../types';
import type { Analyzer, Context } from './analyzer';
import { countWords, isColon, isComma, isComplementizer, tokenAt as tokenIndexAt, words } from './words';
import { partitionPoint } from '../search';

/** A pair of quote marks before classification. */
export interface MarkPair {
	readonly open: Token;
	/** The closing mark, or null when the quote was never closed. */
	readonly close: Token | null;
	/** The end offset of the quoted span (the closing mark's end, or the end of the quoted speech). */
	readonly end: number;
	/** The token index just past the quoted text (the closing mark's index, or the end of the paragraph). */
	readonly innerEnd: number;
	readonly family: QuoteFamily;
	readonly depth: number;
	/** True when the opening mark is missing and `open` is the first word of the quoted speech. */
	readonly openMissing?: boolean;
}

/** Scratch key for the classified pairs, parallel to nothing: `{pair, isQuote}` in text order. */
export const QUOTE_PAIRS = 'quotes.pairs';
/** Scratch key of {@link quotedTokens}. */
const QUOTED_TOKENS = 'quotes.quotedTokens';

/**
 * Per token, 1 when it lies inside a quotation found by this analysis (marks included): a «!» or «.» there is the
 * speaker's, and so is «من المتوقع». Built once per analysis from `ctx.quotes` and kept in the scratch space for the
 * analyzers after this one; linear (nested quotations stop at tokens already marked).
 */
export function quotedTokens(ctx: Context): Uint8Array {
	let marks = ctx.scratch.get(QUOTED_TOKENS) as Uint8Array | undefined;
	if (marks === undefined) {
		const { doc } = ctx;
		marks = new Uint8Array(doc.tokens.length);
		for (const q of ctx.quotes) {
			const b = tokenIndexAt(doc, Math.max(q.start, q.end - 1));
			for (let k = Math.max(0, tokenIndexAt(doc, q.start)); k <= b && k < marks.length && marks[k] !== 1; k++) {
				marks[k] = 1;
			}
		}
		ctx.scratch.set(QUOTED_TOKENS, marks);
	}
	return marks;
}

/** Words a quote needs, with no cue or colon near it, to count as speech by length alone. */
const MIN_WORDS_BY_LENGTH = 6;
/** How many tokens before an opening mark a cue may stand («قال الوزير في مؤتمر صحفي أمس: …»). */
const CUE_BEFORE_WINDOW = 16;
/** How many tokens after a closing mark a cue may stand («…»، قال الوزير / «…»، مضيفاً). */
const CUE_AFTER_WINDOW = 3;

type Role = 'open' | 'close' | 'ambiguous';

/** The analyzer. */
export const quotes: Analyzer = {
	name: 'quotes',
	rules: [
		{
			id: 'quotes.unbalanced',
			defaultLevel: 'warning',
			title: 'Unbalanced quote mark',
			description: 'A quote mark opens a quotation that never closes in its paragraph (and the next paragraph does not re-open it), or a closing mark has no opening one.',
			descriptionAr: 'علامة تنصيص تفتح اقتباساً لا يُغلق في فقرته (ولا تعيد الفقرة التالية فتحه)، أو علامة إغلاق بلا علامة فتح.',
			example: 'وقال الوزير: «إن الحكومة ستعمل على ذلك.',
			good: 'وقال الوزير: «إن الحكومة ستعمل على ذلك».',
		},
		{
			id: 'quotes.mixed-style',
			defaultLevel: 'info',
			title: 'Mixed quotation-mark styles',
			description: 'The article quotes with more than one style of marks at the top level («…» and "…" or \'…\'); a house style uses one, and keeps the other for quotes inside quotes.',
			descriptionAr: 'يستخدم الخبر أكثر من نمط لعلامات التنصيص في المستوى الأول («…» و"…")؛ الأسلوب المعتمد نمط واحد، والآخر للاقتباس داخل الاقتباس.',
			example: 'قال الوزير: «سنعمل على ذلك». وأضاف: "الأمر محسوم".',
			good: 'قال الوزير: «سنعمل على ذلك». وأضاف: «الأمر محسوم».',
		},
	],
	run(ctx: Context): void {
		const pairs = pairMarks(ctx);
		const cueStarts = new Set(ctx.cues.map((c) => c.start));
		const classified: Array<{ pair: MarkPair; isQuote: boolean }> = [];
		// Pairs come in order of their opening marks; the open ones enclose what follows until they end.
		const enclosing: Array<{ pair: MarkPair; isQuote: boolean }> = [];
		for (const pair of pairs) {
			while (enclosing.length > 0 && enclosing[enclosing.length - 1]!.pair.end <= pair.open.start) {
				enclosing.pop();
			}
			const outer = enclosing[enclosing.length - 1];
			// Speech inside a quotation («قلت لهم "اذهبوا الآن"») is a quote as soon as it has two words.
			const inQuote = outer !== undefined && outer.isQuote && countWords(ctx.doc, pair.open.index + 1, pair.innerEnd) >= 2 && !precededByTitle(ctx.doc, pair.open.index);
			const entry = { pair, isQuote: inQuote || isQuotation(ctx, pair, cueStarts) };
			classified.push(entry);
			enclosing.push(entry);
		}
		ctx.scratch.set(QUOTE_PAIRS, classified);
		for (const { pair, isQuote } of classified) {
			if (isQuote) {
				ctx.quotes.push({
					start: pair.open.start,
					end: pair.end,
					open: { start: pair.open.start, end: pair.open.end },
					close: pair.close === null ? null : { start: pair.close.start, end: pair.close.end },
					cue: null,
					speaker: null,
					depth: pair.depth,
				} satisfies Quote);
			} else if (pair.close !== null) {
				ctx.terms.push({ start: pair.open.start, end: pair.close.end, open: { start: pair.open.start, end: pair.open.end }, close: { start: pair.close.start, end: pair.close.end } });
			}
		}
		reportMixedStyle(ctx, classified);
	},
};

/** The role a mark's neighbours suggest: opening (space before, text after), closing, or ambiguous. */
function roleOf(text: string, t: Token): Role {
	const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 0x20;
	const after = t.end < text.length ? text.charCodeAt(t.end) : 0x20;
	const openBefore = isGap(before) || before === 0x28 || before === 0x5b || before === 0x3a || before === 0x0640 || isOpeningQuoteGlyph(before);
	const closeAfter = isGap(after) || isTrailingPunct(after);
	if (openBefore && !closeAfter) {
		return 'open';
	}
	if (!openBefore && closeAfter) {
		return 'close';
	}
	return 'ambiguous';
}

function isGap(c: number): boolean {
	return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f);
}

function isTrailingPunct(c: number): boolean {
	return c === 0x060c || c === 0x2c || c === 0x2e || c === 0x061b || c === 0x3b || c === 0x3a || c === 0x061f || c === 0x3f || c === 0x21 || c === 0x29 || c === 0x5d || c === 0x2026 || isClosingQuoteGlyph(c);
}

function isOpeningQuoteGlyph(c: number): boolean {
	return c === 0xab || c === 0x201c || c === 0x201e || c === 0x2039 || c === 0x2018 || c === 0x7b;
}

function isClosingQuoteGlyph(c: number): boolean {
	return c === 0xbb || c === 0x201d || c === 0x203a || c === 0x2019 || c === 0x7d;
}

/** Families whose glyphs show a direction, so a second identical opening glyph can mean a nested quote. */
const DIRECTIONAL: ReadonlySet<QuoteFamily> = new Set(['guillemet', 'single-guillemet', 'double', 'ornate', 'brace']);

interface Open {
	readonly tok: Token;
	readonly family: QuoteFamily;
	/** End offset and end token of the paragraph the quote was last open in. */
	paragraphEnd: number;
	paragraphEndToken: number;
}

/**
 * Pairs the quote marks of a document. Linear: each mark is pushed and popped at most once.
 * Reports `quotes.unbalanced` on marks that cannot be paired (straight single quotes excepted: they double as
 * apostrophes and primes, so an unpaired one is not a quote mark).
 */
export function pairMarks(ctx: Context): MarkPair[] {
	const { doc } = ctx;
	const { text, tokens } = doc;
	const out: MarkPair[] = [];
	let carry: Open[] = [];

	const cueStarts = new Set(ctx.cues.map((c) => c.start));
	const unclosed = (o: Open, depth: number): void => {
		if (o.family === 'single') {
			return;
		}
		// The quote runs to the end of the quoted speech: up to a sentence that opens with a new attribution
		// («وأضاف …»), and to its last word, not the stop or comma after it.
		let innerEnd = speechEnd(doc, o.tok.index, o.paragraphEndToken, cueStarts);
		while (innerEnd > o.tok.index + 1 && tokens[innerEnd - 1]!.kind !== 'word' && tokens[innerEnd - 1]!.kind !== 'number') {
			innerEnd--;
		}
		const end = innerEnd > o.tok.index + 1 ? tokens[innerEnd - 1]!.end : o.tok.end;
		out.push({ open: o.tok, close: null, end, innerEnd, family: o.family, depth });
		ctx.report({
			ruleId: 'quotes.unbalanced',
			start: o.tok.start,
			end: o.tok.end,
			message: `The quote opened by ${o.tok.text} is never closed in its paragraph.`,
			messageAr: `الاقتباس الذي تفتحه ${o.tok.text} لا يُغلق في فقرته.`,
		});
	};

	for (const p of doc.paragraphs) {
		let stack: Open[] = [];
		let from = p.firstToken;
		const first = tokens[from]!;
		if (carry.length > 0) {
			const top = carry[carry.length - 1]!;
			if (first.kind === 'quote' && quoteFamily(first.text.charCodeAt(0)) === top.family && roleOf(text, first) !== 'close') {
				// The paragraph re-opens the quote: it continues, and the re-opening mark is not a new quote.
				stack = carry;
				from++;
			} else {
				carry.forEach((o, k) => unclosed(o, k));
			}
			carry = [];
		}
		for (let i = from; i < p.endToken; i++) {
			const t = tokens[i]!;
			if (t.kind !== 'quote') {
				continue;
			}
			const family = quoteFamily(t.text.charCodeAt(0))!;
			const role = roleOf(text, t);
			let idx = -1;
			for (let k = stack.length - 1; k >= 0; k--) {
				if (stack[k]!.family === family) {
					idx = k;
					break;
				}
			}
			if (idx >= 0) {
				const top = idx === stack.length - 1;
				const sameOpeningGlyph = role === 'open' && DIRECTIONAL.has(family) && stack[idx]!.tok.text === t.text && isOpeningQuoteGlyph(t.text.charCodeAt(0));
				if (top && sameOpeningGlyph) {
					// A second « while one is open: Arabic copy nests with another style, so the first quote was
					// never closed; it ends before this mark, and this mark opens a new quote.
					const o = stack.pop()!;
					o.paragraphEnd = t.start;
					o.paragraphEndToken = i;
					unclosed(o, stack.length);
					stack.push({ tok: t, family, paragraphEnd: p.end, paragraphEndToken: p.endToken });
					continue;
				}
				// A straight quote mark that clearly opens ("… "يهود ونصارى" …") nests when enough marks follow to
				// close both quotes.
				const nestedStraight = top && role === 'open' && !DIRECTIONAL.has(family) && countLaterMarks(tokens, i + 1, p.endToken, family) >= 2;
				if (nestedStraight || (!top && role === 'open')) {
					stack.push({ tok: t, family, paragraphEnd: p.end, paragraphEndToken: p.endToken });
					continue;
				}
				// Marks opened after the one this closes were never closed.
				for (let k = stack.length - 1; k > idx; k--) {
					const o = stack[k]!;
					o.paragraphEnd = t.start;
					o.paragraphEndToken = i;
					unclosed(o, k);
				}
				const o = stack[idx]!;
				stack.length = idx;
				out.push({ open: o.tok, close: t, end: t.end, innerEnd: i, family, depth: idx });
				continue;
			}
			const later = nextMarkIndex(tokens, i + 1, p.endToken, family);
			// A mark glued to the word before and followed by punctuation («…البحريني"، وأنه …») can only close.
			const after = t.end < text.length ? text.charCodeAt(t.end) : 0x20;
			const surelyClose = role === 'close' && after !== 0x3a && isTrailingPunct(after) && !isClosingQuoteGlyph(after);
			if (role === 'close' && (later < 0 || surelyClose || isClosingQuoteGlyph(t.text.charCodeAt(0)) || roleOf(text, tokens[later]!) !== 'close')) {
				if (family !== 'single') {
					const recovered = recoverOpening(doc, i, p.firstToken);
					if (recovered !== undefined) {
						out.push({ open: tokens[recovered]!, close: t, end: t.end, innerEnd: i, family, depth: stack.length, openMissing: true });
					}
					ctx.report({
						ruleId: 'quotes.unbalanced',
						start: t.start,
						end: t.end,
						message: `The closing mark ${t.text} has no opening mark in its paragraph.`,
						messageAr: `علامة الإغلاق ${t.text} بلا علامة فتح في فقرتها.`,
					});
				}
				continue;
			}
			stack.push({ tok: t, family, paragraphEnd: p.end, paragraphEndToken: p.endToken });
		}
		for (const o of stack) {
			o.paragraphEnd = p.end;
			o.paragraphEndToken = p.endToken;
		}
		carry = stack;
	}
	carry.forEach((o, k) => unclosed(o, k));
	out.sort((a, b) => a.open.start - b.open.start);
	return out;
}

/**
 * Where unclosed speech ends: before the first later sentence that starts with an attribution cue (in its first two
 * words), or at `limit`.
 */
function speechEnd(doc: Doc, openIdx: number, limit: number, cueStarts: ReadonlySet<number>): number {
	const toks = doc.tokens;
	let sentence = toks[openIdx]!.sentence;
	for (let k = openIdx + 1; k < limit; k++) {
		const t = toks[k]!;
		if (t.sentence !== sentence) {
			sentence = t.sentence;
			if (cueStarts.has(t.start) || (toks[k + 1] !== undefined && toks[k + 1]!.sentence === sentence && cueStarts.has(toks[k + 1]!.start))) {
				return k;
			}
		} else if (t.kind === 'word' && t.key.charCodeAt(0) === 0x0648 && cueStarts.has(t.start) && introducesSpeech(toks, k)) {
			// «… لبرلمان كردستان وأضاف علي أن «…»: a new attribution joined by و ends the speech mid-sentence.
			return k;
		}
	}
	return limit;
}

/** Whether a complementizer, a colon or a quote mark follows the cue at `k` within a short subject. */
function introducesSpeech(toks: readonly Token[], k: number): boolean {
	for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
		const u = toks[j]!;
		if (u.sentence !== toks[k]!.sentence) {
			return false;
		}
		if (isComplementizer(u) || isColon(u) || u.kind === 'quote') {
			return true;
		}
		if (u.kind === 'punct' && !isComma(u)) {
			return false;
		}
	}
	return false;
}

function countLaterMarks(tokens: readonly Token[], from: number, to: number, family: QuoteFamily): number {
	let n = 0;
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (t.kind === 'quote' && quoteFamily(t.text.charCodeAt(0)) === family) {
			n++;
		}
	}
	return n;
}

/** The index of the next mark of `family` in `[from, to)`, or -1. */
function nextMarkIndex(tokens: readonly Token[], from: number, to: number, family: QuoteFamily): number {
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (t.kind === 'quote' && quoteFamily(t.text.charCodeAt(0)) === family) {
			return k;
		}
	}
	return -1;
}

/** How far back a missing opening mark is looked for (the search also stops at any other quote mark, so it stays linear). */
const RECOVER_WINDOW = 400;

/**
 * A closing mark with no opening one: the quoted speech starts right after the complementizer or colon that
 * introduces it (… وأنه «missing» مساء … "), as long as no other quote mark stands in between.
 * @returns the index of the first token of the quoted speech, or undefined
 */
function recoverOpening(doc: Doc, closeIdx: number, paragraphStart: number): number | undefined {
	const toks = doc.tokens;
	let found: number | undefined;
	for (let k = closeIdx - 1; k >= paragraphStart && k >= closeIdx - RECOVER_WINDOW; k--) {
		const t = toks[k]!;
		if (t.kind === 'quote' || (found !== undefined && t.sentence !== toks[found - 1]!.sentence)) {
			break;
		}
		// The outermost reported clause of the sentence: «أوضح البيان أن المتهمين اعترفا أنه …"» starts after the
		// first أن, not the second.
		if ((isComplementizer(t) || isColon(t)) && k + 1 < closeIdx) {
			found = k + 1;
		}
	}
	return found;
}

/** Whether a pair of marks holds a quotation rather than a title or a term. */
function isQuotation(ctx: Context, pair: MarkPair, cueStarts: ReadonlySet<number>): boolean {
	const { doc } = ctx;
	const openIdx = pair.open.index;
	const wc = countWords(doc, pair.openMissing === true ? openIdx : openIdx + 1, pair.innerEnd);
	if (wc === 0) {
		return false;
	}
	if (pair.openMissing === true) {
		// Recovered from a complementizer or colon before it: speech by construction, when a cue introduces it.
		return wc >= 2 && (cueBefore(ctx, pair, false) || verbCueEarlierInSentence(ctx, pair));
	}
	if (onlyLatin(doc, openIdx + 1, pair.innerEnd)) {
		return false;
	}
	const before = doc.tokens[openIdx - 1];
	const colonBefore = isColon(before) || (before?.kind === 'quote' && isColon(doc.tokens[openIdx - 2]));
	if (colonBefore && (cueBefore(ctx, pair, true) || wc >= MIN_WORDS_BY_LENGTH)) {
		return true;
	}
	// A span that is exactly a name the recogniser knows («زين السعودية»، «بوكو حرام»), or a short run of definite
	// nouns that the clause goes on after («تقول إن «المناطق الآمنة» ستكون …»), is a name or a term.
	if (wc <= 4 && isEntityName(ctx, pair)) {
		return false;
	}
	if (wc <= 3 && allDefinite(doc, openIdx + 1, pair.innerEnd) && pair.close !== null && doc.tokens[pair.close.index + 1]?.kind === 'word') {
		return false;
	}
	// Right after إن/أن, the span is the reported clause of a verb of saying earlier in the sentence, however long
	// the apposition in between («وتقول فلانة، الباحثة في …، لـ"…" إن "…"»).
	if (isComplementizer(before) && wc >= 2 && !looksLikeName(doc, pair, wc) && verbCueEarlierInSentence(ctx, pair)) {
		return true;
	}
	if (wc === 1 || precededByTitle(doc, openIdx) || followsSourceFrame(ctx, pair) || looksLikeName(doc, pair, wc)) {
		return false;
	}
	// A short span made only of definite nouns and adjectives («الجماعات المسلحة والمتطرفة»، «الشرق الأوسط») is a
	// designation, not speech, which has a verb or an indefinite word; and a short span right after a verb and
	// followed by the rest of its clause («علمت «الصحيفة» من مصادر»، «وتعتبر «الشركة» مجموعة») is the verb's
	// subject: a name.
	if (wc <= 4 && allDefinite(doc, openIdx + 1, pair.innerEnd)) {
		return false;
	}
	if (wc <= 3 && (subjectOfVerb(ctx, pair) || beforeRelative(doc, pair))) {
		return false;
	}
	// A short span (a partial quote or a name) needs its cue in the same clause; a long one may be further away.
	const short = wc < 5;
	if (cueBefore(ctx, pair, short) || cueAfter(ctx, pair, cueStarts)) {
		return true;
	}
	return wc >= MIN_WORDS_BY_LENGTH;
}

/** Whether one named entity covers every word between the marks. */
function isEntityName(ctx: Context, pair: MarkPair): boolean {
	const { doc } = ctx;
	if (pair.close === null) {
		return false;
	}
	let first: Token | undefined;
	let last: Token | undefined;
	for (let k = pair.open.index + 1; k < pair.innerEnd; k++) {
		const t = doc.tokens[k]!;
		if (t.kind === 'word') {
			first ??= t;
			last = t;
		}
	}
	if (first === undefined || last === undefined) {
		return false;
	}
	// Entities are in text order: the last one that starts at or before the first word.
	const es = ctx.entities;
	const e = es[partitionPoint(es.length, (i) => es[i]!.start <= first.start + 2) - 1];
	// An entity may leave out a proclitic (و، ب، ل، ال) of its first word.
	return e !== undefined && e.start >= first.start && e.start <= first.start + 2 && e.end >= last.end;
}

/** Whether every word in `[from, to)` carries the article (ال، وال، بال، لل …). */
function allDefinite(doc: Doc, from: number, to: number): boolean {
	let n = 0;
	for (let k = from; k < to; k++) {
		const t = doc.tokens[k]!;
		if (t.kind === 'word') {
			if (!/^([وف]?[بلك]?ال|[وف]?لل)../.test(t.key)) {
				return false;
			}
			n++;
		} else if (t.kind !== 'punct') {
			return false;
		}
	}
	return n > 0;
}

let relativeKeys: ReadonlySet<string> | undefined;
function relatives(): ReadonlySet<string> {
	relativeKeys ??= new Set(RELATIVE_PRONOUNS.map(matchKey));
	return relativeKeys;
}

/** A quoted span followed by a relative pronoun («المغرد "فلان" الذي قال»): the antecedent, a name. */
function beforeRelative(doc: Doc, pair: MarkPair): boolean {
	const after = pair.close === null ? undefined : doc.tokens[pair.close.index + 1];
	return after !== undefined && after.kind === 'word' && relatives().has(after.key);
}

/** A quoted span right after a verb cue, with no colon, and followed by a word of the same clause. */
function subjectOfVerb(ctx: Context, pair: MarkPair): boolean {
	const { doc } = ctx;
	const before = doc.tokens[pair.open.index - 1];
	if (before === undefined || before.kind !== 'word' || pair.close === null) {
		return false;
	}
	const k = lastCueBefore(ctx, pair.open.start);
	const cue = k >= 0 ? ctx.cues[k]! : undefined;
	if (cue === undefined || cue.form !== 'verb' || cue.end !== before.end) {
		return false;
	}
	const after = doc.tokens[pair.close.index + 1];
	return after !== undefined && after.kind === 'word' && after.sentence === pair.close.sentence && after.paragraph === pair.close.paragraph;
}

/** A title noun (تنظيم، صحيفة، برنامج …) or a glued preposition with tatweel (لـ، بـ) right before the mark. */
function precededByTitle(doc: Doc, openIdx: number): boolean {
	const before = doc.tokens[openIdx - 1];
	if (before === undefined || before.kind !== 'word' || before.sentence !== doc.tokens[openIdx]!.sentence) {
		return false;
	}
	if (before.text.endsWith('ـ') && before.key.length <= 2) {
		return true;
	}
	// A title noun in construct (برنامج «…»، صحيفة «…») is indefinite; «قلت للفريق "…"» addresses someone.
	const w = words();
	const bare = before.key.replace(/^[وف]/, '').replace(/^[بل]/, '');
	if (bare.startsWith('ال') || before.key.startsWith('لل')) {
		return false;
	}
	return w.titleNouns.has(before.key) || w.titleNouns.has(guessStem(before.key)) || w.titleNouns.has(bare);
}

/** Heads of organisation names: a short span that starts with one is a name («جبهة حزب التحرير»). */
const NAME_HEADS = new Set(['جبهة', 'حزب', 'حركة', 'جمعية', 'منظمة', 'هيئة', 'وزارة', 'مؤسسة', 'شركة', 'مجموعة', 'اتحاد', 'مجلس', 'لجنة', 'مركز', 'تنظيم', 'جماعة', 'ائتلاف', 'تحالف', 'كتائب', 'لواء', 'جيش', 'قوات', 'سرايا', 'مجلة', 'صحيفة', 'قناة', 'وكالة', 'موقع', 'بنك', 'مصرف', 'نادي', 'فريق', 'جامعة', 'برنامج', 'مشروع', 'مبادرة', 'حملة', 'عملية'].map(matchKey));
/** Nouns before a quoted span that make it a name: «مصادر "الشرق الأوسط"» (the sources of the outlet). */
const SOURCE_NOUNS_BEFORE = new Set(['مصادر', 'مصدر', 'مراسل', 'مراسلة', 'محرر', 'موفد', 'لمراسل', 'لمصادر'].map(matchKey));

/**
 * A short span that is a name rather than speech: it starts with the head of an organisation name, it follows a
 * source noun, or it is made of initials («ش أ أ»).
 */
function looksLikeName(doc: Doc, pair: MarkPair, wc: number): boolean {
	const toks = doc.tokens;
	if (wc > 6) {
		return false;
	}
	const first = toks[pair.open.index + 1];
	if (first !== undefined && first.kind === 'word' && NAME_HEADS.has(first.key.replace(/^ال/, ''))) {
		return true;
	}
	const before = toks[pair.open.index - 1];
	if (before !== undefined && before.kind === 'word' && SOURCE_NOUNS_BEFORE.has(before.key.replace(/^و/, ''))) {
		return true;
	}
	let initials = true;
	for (let k = pair.open.index + 1; k < pair.innerEnd; k++) {
		const t = toks[k]!;
		if (t.kind === 'word' && t.key.length > 1) {
			initials = false;
			break;
		}
	}
	return initials;
}

function verbCueEarlierInSentence(ctx: Context, pair: MarkPair): boolean {
	const sentence = pair.open.sentence;
	for (let k = lastCueBefore(ctx, pair.open.start); k >= 0; k--) {
		const c = ctx.cues[k]!;
		const t = ctx.doc.tokens[tokenIndexAt(ctx.doc, c.start)]!;
		if (t.sentence !== sentence) {
			return false;
		}
		if (c.form === 'verb') {
			return true;
		}
	}
	return false;
}

/** Whether the quoted words are all Latin-script (a species, a title, a name in English). */
function onlyLatin(doc: Doc, from: number, to: number): boolean {
	let latin = 0;
	for (let k = from; k < to; k++) {
		const t = doc.tokens[k]!;
		if (t.kind === 'word') {
			if (t.script !== 'latin') {
				return false;
			}
			latin++;
		}
	}
	return latin > 0;
}

/** A quoted name right after a frame whose source follows it (بحسب "سكاي نيوز"، وفقاً لـ«رويترز»): the source's name. */
function followsSourceFrame(ctx: Context, pair: MarkPair): boolean {
	const { doc } = ctx;
	let k = pair.open.index - 1;
	if (doc.tokens[k]?.kind === 'word' && doc.tokens[k]!.text.endsWith('ـ')) {
		k--;
	}
	const before = doc.tokens[k];
	if (before === undefined) {
		return false;
	}
	const c = lastCueBefore(ctx, pair.open.start);
	return c >= 0 && ctx.cues[c]!.end >= before.start && ctx.cues[c]!.form === 'phrase' && /^(و?(ب?حسب|وفق|وفقا|طبقا|نقلا عن|على لسان))/.test(matchKey(ctx.cues[c]!.lemma));
}

/**
 * A cue in the same paragraph shortly before the opening mark, with no sentence end or other quote in between;
 * with `sameClause`, no comma either (a short span needs its cue close: «…، عبر فرع يطلق على نفسه «ولاية صنعاء»»).
 */
function cueBefore(ctx: Context, pair: MarkPair, sameClause: boolean): boolean {
	const { doc } = ctx;
	const openIdx = pair.open.index;
	const para = pair.open.paragraph;
	const lo = Math.max(0, openIdx - CUE_BEFORE_WINDOW);
	const minStart = doc.tokens[lo]!.start;
	// Cues are in text order: start from the last one that ends before the mark.
	let k = lastCueBefore(ctx, pair.open.start);
	for (; k >= 0; k--) {
		const c = ctx.cues[k]!;
		if (c.end > pair.open.start) {
			continue;
		}
		if (c.start < minStart) {
			return false;
		}
		// The cue must be in the same paragraph and not separated by a sentence end.
		// With `sameClause`, a comma or a quote mark in between separates the span from the cue, unless the span
		// sits in the cue's reported clause (…، إن الرسائل كانت 'على المستوى السطحي').
		let separated = false;
		let reported = false;
		for (let j = openIdx - 1; j >= lo && doc.tokens[j]!.start >= c.end; j--) {
			const t = doc.tokens[j]!;
			if (t.paragraph !== para || (t.kind === 'punct' && (t.text === '.' || t.text === '؟' || t.text === '!'))) {
				return false;
			}
			if (isComma(t) || t.kind === 'quote') {
				separated = true;
			}
			if (isComplementizer(t) || isColon(t)) {
				reported = true;
			}
		}
		return !sameClause || !separated || reported;
	}
	return false;
}

/** The index of the last cue that starts before `offset`, or -1 (binary search over the cues in text order). */
export function lastCueBefore(ctx: Context, offset: number): number {
	return partitionPoint(ctx.cues.length, (i) => ctx.cues[i]!.start < offset) - 1;
}

/** A cue right after the closing mark («…»، قال الوزير / «…» مضيفاً). */
function cueAfter(ctx: Context, pair: MarkPair, cueStarts: ReadonlySet<number>): boolean {
	const { doc } = ctx;
	if (pair.close === null) {
		return false;
	}
	let n = 0;
	for (let j = pair.close.index + 1; j < doc.tokens.length && n < CUE_AFTER_WINDOW; j++) {
		const t = doc.tokens[j]!;
		if (t.paragraph !== pair.close.paragraph) {
			return false;
		}
		if (isComma(t)) {
			continue;
		}
		n++;
		if (cueStarts.has(t.start)) {
			return true;
		}
		if (t.kind !== 'word') {
			return false;
		}
	}
	return false;
}

type Style = 'guillemet' | 'double' | 'single';

function styleOf(family: QuoteFamily): Style | undefined {
	switch (family) {
		case 'guillemet':
		case 'single-guillemet':
			return 'guillemet';
		case 'double':
		case 'straight-double':
			return 'double';
		case 'single':
			return 'single';
		default:
			return undefined;
	}
}

const STYLE_SAMPLE: Readonly<Record<Style, string>> = { guillemet: '«…»', double: '"…"', single: "'…'" };

/** Reports each top-level quotation in a minority style when the article quotes in more than one style. */
function reportMixedStyle(ctx: Context, classified: ReadonlyArray<{ pair: MarkPair; isQuote: boolean }>): void {
	const counts = new Map<Style, number>();
	for (const { pair, isQuote } of classified) {
		const s = styleOf(pair.family);
		if (isQuote && pair.depth === 0 && s !== undefined) {
			counts.set(s, (counts.get(s) ?? 0) + 1);
		}
	}
	if (counts.size < 2) {
		return;
	}
	const [major] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
	for (const { pair, isQuote } of classified) {
		const s = styleOf(pair.family);
		if (isQuote && pair.depth === 0 && s !== undefined && s !== major) {
			ctx.report({
				ruleId: 'quotes.mixed-style',
				start: pair.open.start,
				end: pair.open.end,
				message: `This quote uses ${STYLE_SAMPLE[s]} while most quotes in the article use ${STYLE_SAMPLE[major]}.`,
				messageAr: `يستخدم هذا الاقتباس ${STYLE_SAMPLE[s]} بينما تستخدم أغلب اقتباسات الخبر ${STYLE_SAMPLE[major]}.`,
			});
		}
	}
}
