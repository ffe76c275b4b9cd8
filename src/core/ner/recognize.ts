/**
 * From tokens to entities: tags every sentence with the model, turns BIO runs into spans, leaves a glued proclitic
 * out of the span when the bare name is attested (in the article or the gazetteer), applies the labelling guide's
 * type conventions, and gives every mention the cluster of its name (shared by all spellings in the article).
 */
import { CLDR_AMBIGUOUS_PLACES, CLDR_NOT_PLACES, COMMON_PERSON_NOUNS, DISTINCT_NATIVE_NAMES, ENTITY_TYPE_OVERRIDES, HOUSE_GAZETTEER, MONTHS_AND_DAYS, NAME_OPENERS, TIMES_OF_DAY } from '../lexicon/nerNames';
import { INSTITUTION_ADJECTIVES, TRIGGER_LISTS, WATER_HEADS, type TriggerClass } from '../lexicon/nerTriggers';
import { DOCUMENT_HEADS } from '../lexicon/sources';
import { isNameConnector } from '../lexicon/stopwords';
import { verbForms } from '../morphology/verbForms';
import { matchKey } from '../normalize/normalize';
import { segmentations } from '../tokenize/clitics';
import type { Doc, Entity, EntityType, Token } from '../types';
import { mix } from './hash';
import { GAZ, GAZ_ENTITY, phraseHash, triggerClass, wordHash, type Gazetteer } from './lexicon';
import { nerTagger } from './model';
import { linkSkeletons, skeleton } from './skeleton';
import { TYPES } from './viterbi';
import { beginDocument, documentWords, nameKeyTypes, newStamp, procliticCandidates, typeOf, type DocumentWords, type WordType } from './vocab';

/** A mention with what later analyzers need: its tokens and its name. */
export interface Mention {
	readonly entity: Entity;
	/** First token and past-the-last token. */
	readonly first: number;
	readonly end: number;
	/** How many key letters of the first token's proclitic were left out of the span. */
	readonly stripped: number;
	/** The name's words (matching keys, proclitic left out). */
	readonly words: readonly string[];
}

/** The recognizer's output. */
export interface Recognition {
	readonly entities: Entity[];
	readonly mentions: Mention[];
}

let overrides: Map<string, EntityType> | undefined;
/** The lengths of the override names (a name of another length needs no lookup). */
let overrideLengths: Set<number> | undefined;
let native: Set<string> | undefined;

/** The type the labelling guide gives a name (its words' keys joined by spaces), if it gives one. */
function typeOverride(name: string): EntityType | undefined {
	if (overrides === undefined) {
		overrides = new Map(ENTITY_TYPE_OVERRIDES.map(([name, type]) => [name.split(' ').map(matchKey).join(' '), type]));
		overrideLengths = new Set([...overrides.keys()].map((k) => k.length));
	}
	return overrideLengths!.has(name.length) ? overrides.get(name) : undefined;
}

/**
 * The skeleton of a name word, except for native names that must stay apart (حسن/حسين، عبدالله/عبدالإله). The article is kept apart
 * from the skeleton and marks it, so a word with the article never links to one without («جيمي»/«القومي») and the
 * article does not count towards one edit («البيت»/«الولايات»). Remembered per word type.
 */
export function nameSkeleton(key: string): string {
	return typeSkeleton(typeOf(key));
}

/** {@link nameSkeleton} of a word type, computed once per type. */
export function typeSkeleton(t: WordType): string {
	if (t.skeleton === undefined) {
		native ??= new Set(DISTINCT_NATIVE_NAMES.map(matchKey));
		const key = t.key;
		const article = key.length >= 5 && key.startsWith('ال');
		const bare = article ? key.slice(2) : key;
		// «عبد» and the theophoric names built on it (عبدالله، عبدالإله، عبدالرحمن) are native names too.
		t.skeleton = (article ? 'ال:' : '') + (native.has(bare) || bare.startsWith('عبد') ? '=' + bare : skeleton(bare));
	}
	return t.skeleton;
}

/**
 * How many key letters of proclitics to leave out of a name's first word: the longest proclitic (و ف ب ك ل and their
 * combinations; never the article) whose removal leaves a name attested in the article or the gazetteer, and 0 when
 * the whole word is itself a known name (لبنان، بغداد، وليد).
 */
export function procliticLength(key: string, docKeys: ReadonlySet<string>, gaz: Gazetteer | undefined): number {
	const known = (k: string): boolean => docKeys.has(k) || (gaz !== undefined && (gaz.bitsOf(wordHash(k)) & GAZ_ENTITY) !== 0);
	if (gaz !== undefined && (gaz.bitsOf(wordHash(key)) & GAZ_ENTITY) !== 0) {
		return 0;
	}
	let best = 0;
	for (const seg of segmentations(key)) {
		if (seg.prefix === '') {
			continue;
		}
		let strip = seg.prefix.length;
		let name = seg.stem;
		if (seg.article) {
			if (!seg.prefix.endsWith('ال')) {
				continue; // لل: the article's alef is not written, so the name cannot be cut out whole.
			}
			strip -= 2;
			name = 'ال' + seg.stem;
			if (strip === 0 || !(known(name) || known(seg.stem))) {
				continue;
			}
		} else if (!known(name)) {
			continue;
		}
		if (strip > best) {
			best = strip;
		}
	}
	return best;
}

/**
 * {@link procliticLength} on a word type, with the document's words marked: a type is in the article when its `seen`
 * equals `docStamp`. The candidate readings are computed once per type.
 */
export function typeProcliticLength(t: WordType, docStamp: number, gaz: Gazetteer | undefined): number {
	if (gaz !== undefined && (gaz.bitsOf(t.wordHash) & GAZ_ENTITY) !== 0) {
		return 0;
	}
	const known = (k: WordType): boolean => k.seen === docStamp || (gaz !== undefined && (gaz.bitsOf(k.wordHash) & GAZ_ENTITY) !== 0);
	let best = 0;
	for (const c of procliticCandidates(t)) {
		if (c.strip > best && (known(c.name) || (c.alt !== undefined && known(c.alt)))) {
			best = c.strip;
		}
	}
	return best;
}

/** The original-text offset after the first `letters` key letters of a token (and the marks that follow them). */
function offsetAfterKeyLetters(t: Token, letters: number): number {
	let consumed = 0;
	let i = 0;
	const text = t.text;
	while (i < text.length && consumed < letters) {
		consumed += matchKey(text[i]!).length;
		i++;
	}
	while (i < text.length && matchKey(text[i]!) === '') {
		i++;
	}
	return t.start + i;
}

/**
 * Recognizes the entities of a document. Never throws; returns nothing when the model cannot be loaded.
 * Linear in the number of tokens.
 */
export function recognize(doc: Doc): Recognition {
	return recognizeDocument(doc).recognition;
}

/**
 * {@link recognize}, and the types of the document's words it looked up (valid while `isCurrent`), for the
 * spelling check that follows.
 */
export function recognizeDocument(doc: Doc): { recognition: Recognition; words: DocumentWords | undefined } {
	const tagger = nerTagger();
	const entities: Entity[] = [];
	const mentions: Mention[] = [];
	if (tagger === undefined || doc.tokens.length === 0) {
		return { recognition: { entities, mentions }, words: undefined };
	}
	const gaz = tagger.model.gazetteer;
	const toks = doc.tokens;
	beginDocument();
	const words = documentWords(toks);
	const types = words.types;
	const docStamp = words.stamp;
	// The sentences, flat: the tokens of each sentence in order (the document's own tokens when the sentences
	// cover them in order, as the tokenizer makes them).
	const sentences = doc.sentences;
	const nSent = sentences.length;
	const sentStart = new Int32Array(nSent + 1);
	let contiguous = true;
	for (let k = 0; k < nSent; k++) {
		const s = sentences[k]!;
		sentStart[k + 1] = sentStart[k]! + Math.max(0, s.endToken - s.firstToken);
		contiguous &&= s.firstToken === sentStart[k];
	}
	contiguous &&= sentStart[nSent] === toks.length;
	let flatToks: readonly Token[] = toks;
	let flatTypes: readonly WordType[] = types;
	if (!contiguous) {
		const ft: Token[] = [];
		const fy: WordType[] = [];
		for (const s of sentences) {
			for (let i = s.firstToken; i < s.endToken; i++) {
				ft.push(toks[i]!);
				fy.push(types[i]!);
			}
		}
		flatToks = ft;
		flatTypes = fy;
	}
	const tags = tagger.tagDocument(flatToks, flatTypes, sentStart, true);
	const spans: Array<[number, number, number]> = [];
	const spanSentence: number[] = [];
	for (let k = 0; k < nSent; k++) {
		const first = sentences[k]!.firstToken;
		const off = sentStart[k]!;
		const n = sentStart[k + 1]! - off;
		let i = 0;
		while (i < n) {
			const t = tags[off + i]!;
			if (t === 0) {
				i++;
				continue;
			}
			const type = (t - 1) >> 1;
			let j = i + 1;
			while (j < n && tags[off + j] === 2 * type + 2) {
				j++;
			}
			spans.push([first + i, first + j, type]);
			spanSentence.push(k);
			i = j;
		}
	}
	trimPersonTails(spans, spanSentence, (i) => (toks[i]!.kind === 'word' ? toks[i]!.key : undefined), (i, k) => i < sentences[k]!.endToken && toks[i]!.kind === 'word', gaz);
	const fixed = guideRules(spans, toks, types, gaz);
	const names: string[] = [];
	for (const [a, b, typeIndex] of fixed) {
		const first = toks[a]!;
		const stripped = first.kind === 'word' && first.script === 'arabic' ? typeProcliticLength(types[a]!, docStamp, gaz) : 0;
		const keys: string[] = [];
		for (let i = a; i < b; i++) {
			const t = toks[i]!;
			if (t.kind === 'word' || t.kind === 'number') {
				keys.push(t.key);
			}
		}
		if (stripped > 0 && keys.length > 0) {
			keys[0] = keys[0]!.slice(stripped);
		}
		const name = keys.length === 1 ? keys[0]! : keys.join(' ');
		let type = TYPES[typeIndex]!;
		// The name as written, with the article restored, or without a proclitic the attested-name test kept («لفرانس برس»).
		const forced =
			typeOverride(name) ??
			(keys.length > 0 && keys[0]!.startsWith('ال') ? undefined : typeOverride('ال' + name)) ??
			(stripped === 0 && name.length > 3 && /^[وفبلك]/u.test(name) ? typeOverride(name.slice(1)) : undefined);
		if (forced !== undefined) {
			type = forced;
		}
		const entity: { start: number; end: number; type: EntityType; cluster?: string } = {
			start: stripped > 0 ? offsetAfterKeyLetters(first, stripped) : first.start,
			end: toks[b - 1]!.end,
			type,
		};
		entities.push(entity);
		mentions.push({ entity, first: a, end: b, stripped, words: keys });
		names.push(name);
	}
	assignClusters(entities, names);
	return { recognition: { entities, mentions }, words };
}

const PER = 0;
const LOC = 1;
const ORG = 2;

/** How many sentences before and after a person's sentence {@link trimPersonTails} looks at (as the document features). */
export const PERSON_TAIL_WINDOW = 20;

/**
 * A person's name does not take the word after it («سيرجي شويجو سافر»: the verb is not part of the name). The model
 * sometimes runs a PER span on into the next word, a verb or a noun it has never seen; the word is then in no other
 * person's span nearby, while the name without it is. So the last word of a PER span of two words or more leaves the
 * span when, within {@link PERSON_TAIL_WINDOW} sentences either side: the word before it ends another PER span
 * («وأوضح شويجو»), the word itself is in no other PER span, it is in no gazetteer list, and a word follows it in the
 * same sentence (a surname often ends a clause, before a comma or a bracket; a verb rarely does). On the five
 * cross-validation folds of the train split this fixed 20 spans and broke 10 (+0.11 F1); over a whole corpus instead
 * of a window it does harm, as rare surnames are then alone too.
 * Counts are kept over a sliding window of sentences, so the whole pass is linear. Changes `spans` in place.
 * @param spans spans in text order; token indices
 * @param sentenceOf the sentence of every span (non-decreasing)
 * @param key the matching key of token i, undefined when it is not a word
 * @param wordAt whether token i is a word of sentence k
 */
export function trimPersonTails(
	spans: Array<[number, number, number]>,
	sentenceOf: readonly number[],
	key: (i: number) => string | undefined,
	wordAt: (i: number, k: number) => boolean,
	gaz: Gazetteer,
): void {
	const n = spans.length;
	if (n === 0) {
		return;
	}
	const ends = new Map<string, number>();
	const inside = new Map<string, number>();
	const bump = (m: Map<string, number>, k: string | undefined, d: number): void => {
		if (k !== undefined) {
			m.set(k, (m.get(k) ?? 0) + d);
		}
	};
	const count = (s: number, d: number): void => {
		const [a, b, type] = spans[s]!;
		if (type !== PER) {
			return;
		}
		bump(ends, key(b - 1), d);
		for (let i = a; i < b; i++) {
			bump(inside, key(i), d);
		}
	};
	// The new ends are written after the pass, so every decision reads the spans as the model tagged them.
	const cut: number[] = [];
	let hi = 0; // spans [lo, hi) are counted
	let lo = 0;
	for (let s = 0; s < n; s++) {
		const k = sentenceOf[s]!;
		while (hi < n && sentenceOf[hi]! <= k + PERSON_TAIL_WINDOW) {
			count(hi++, 1);
		}
		while (sentenceOf[lo]! < k - PERSON_TAIL_WINDOW) {
			count(lo++, -1);
		}
		const [a, b, type] = spans[s]!;
		if (type !== PER || b - a < 2 || !wordAt(b, k)) {
			continue;
		}
		const last = key(b - 1);
		const prev = key(b - 2);
		if (last === undefined || prev === undefined || (gaz.bitsOf(wordHash(last)) & GAZ_ENTITY) !== 0) {
			continue;
		}
		if ((inside.get(last) ?? 0) === 1 && (ends.get(prev) ?? 0) >= 1) {
			cut.push(s);
		}
	}
	for (const s of cut) {
		spans[s]![1]--;
	}
}

/**
 * Rules of the labelling guide the model does not learn from ANERcorp, applied to the tagged spans (linear):
 * - a span that is exactly a multi-word place name of CLDR (countries, time-zone cities: «بيونغ يانغ»،
 *   «كوريا الشمالية») is a place, and so is a span that the untagged word after it completes into one
 *   («أمريكا» + «الشمالية»);
 * - an organisation does not swallow the person named after it («المتحدثة باسم مجلس الأمن القومي أدريان واتسون»):
 *   when the last word of an ORG span of three words or more ends a person's name elsewhere in the article
 *   («وقالت واتسون»), the words of that name (up to three, none with the article or a trigger word) become a PER.
 */
export function applyGuideRules(
	spans: ReadonlyArray<readonly [number, number, number]>,
	toks: readonly Token[],
	gaz: Gazetteer,
): Array<[number, number, number]> {
	beginDocument();
	return guideRules(
		spans,
		toks,
		toks.map((t) => typeOf(t.key)),
		gaz,
	);
}

/** {@link applyGuideRules}, with the type of every token's key. */
function guideRules(
	spans: ReadonlyArray<readonly [number, number, number]>,
	toks: readonly Token[],
	types: readonly WordType[],
	gaz: Gazetteer,
): Array<[number, number, number]> {
	spans = completeNames(trimSpans(spans, toks, gaz), toks);
	const out: Array<[number, number, number]> = [];
	// The name keys that end a person's name (marked with this pass's stamp), and every person's name as tagged (up to
	// MAX_PERSON_IN_ORG words), for the verb rule and the ORG rule below.
	const personEnd = newStamp();
	const keysOf = (a: number, b: number): string => {
		let name = toks[a]!.key;
		for (let k = a + 1; k < b; k++) {
			name += ' ' + toks[k]!.key;
		}
		return name;
	};
	const named = new Set<string>();
	for (const [a, b, type] of spans) {
		if (type === PER && b > a) {
			for (const k of nameKeyTypes(types[b - 1]!)) {
				k.flag = personEnd;
			}
			if (b - a <= MAX_PERSON_IN_ORG) {
				named.add(keysOf(a, b));
			}
		}
	}
	// «، طالب أوباما بإنهاء الحرب»: a verb of saying that is also a name («طالب»، «ذكر»), opening a clause before a
	// person the article names without it elsewhere («وقال أوباما»), is the verb, and the person is its subject
	// («قال طالب الرفاعي» keeps the given name: there it does not open the clause).
	const opensClause = (a: number): boolean => a === 0 || toks[a - 1]!.kind !== 'word' || toks[a - 1]!.sentence !== toks[a]!.sentence || /^[وف]/u.test(toks[a]!.key);
	spans = spans.map((span): [number, number, number] => {
		const [a, b, type] = span;
		if (type === PER && b - a >= 2 && b - a <= MAX_PERSON_IN_ORG + 1 && toks[a]!.kind === 'word' && verbForms().has(toks[a]!.key) && opensClause(a) && named.has(keysOf(a + 1, b))) {
			return [a + 1, b, type];
		}
		return [a, b, type];
	});
	const isPlace = (a: number, b: number): boolean => {
		if (b - a < 2) {
			return false;
		}
		for (let k = a; k < b; k++) {
			if (toks[k]!.kind !== 'word') {
				return false;
			}
		}
		let h = types[a]!.wordHash;
		for (let k = a + 1; k < b; k++) {
			h = mix(h, types[k]!.wordHash);
		}
		return (gaz.bitsOf(h) & (GAZ.COUNTRY | GAZ.CITY)) !== 0 && !notPlaceHashes().has(h);
	};
	const nameLike = (k: number): boolean => {
		const t = toks[k]!;
		return t.kind === 'word' && !(t.key.length >= 4 && t.key.startsWith('ال')) && typeTrigger(types[k]!) === 0;
	};
	for (let k = 0; k < spans.length; k++) {
		const [a, b, type] = spans[k]!;
		const next = spans[k + 1];
		if (next !== undefined && next[0] === b && isPlace(a, next[1])) {
			// Two spans that together are a place name («بيونغ» LOC + «يانغ» PER).
			out.push([a, next[1], LOC]);
			k++;
			continue;
		}
		if ((next === undefined || next[0] > b) && b < toks.length && isPlace(a, b + 1)) {
			// A span that the next, untagged, word completes into a place name («أمريكا» + «الشمالية»).
			out.push([a, b + 1, LOC]);
			continue;
		}
		if (type === LOC && b - a === 1 && toks[a]!.kind === 'word' && isTimeOfDayKey(toks[a]!.key, true)) {
			// «في الصباح»: a time of day, not a place.
			continue;
		}
		if (type !== LOC && isPlace(a, b)) {
			out.push([a, b, LOC]);
			continue;
		}
		if (type === ORG && b - a >= 3 && toks[b - 1]!.kind === 'word' && types[b - 1]!.flag === personEnd) {
			// The longest tail of two words or more that is a person elsewhere in the article («جامعة تبوك | فيصل
			// العمراني»), whatever its words look like.
			let split = -1;
			for (let j = Math.max(a + 1, b - MAX_PERSON_IN_ORG); j <= b - 2 && split < 0; j++) {
				if (named.has(keysOf(j, b))) {
					split = j;
				}
			}
			if (split > 0) {
				out.push([a, split, ORG], [split, b, PER]);
				continue;
			}
			let j = b - 1;
			while (j - 1 > a && b - (j - 1) <= 3 && nameLike(j - 1)) {
				j--;
			}
			if (nameLike(b - 1) && j > a) {
				out.push([a, j, ORG], [j, b, PER]);
				continue;
			}
		}
		if (type === ORG && (next === undefined || next[0] > b) && b < toks.length && toks[b]!.kind === 'word' && isInstitutionAdjective(toks[b]!.key) && orgHeadClasses().has(typeTrigger(types[a]!))) {
			// An institution's adjective after a name that starts with its head («مجلس الأمن» + «القومي»).
			out.push([a, b + 1, ORG]);
			continue;
		}
		out.push([a, b, type]);
	}
	return withPlacesAfterPrepositions(withHouseNames(withWaterHeads(out, toks), toks, types), toks, types, gaz);
}

/** Prepositions of place before a bare place name: «إلى عدن»، «في مالي»، «من بيروت». */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['الى', 'في', 'من', 'وفي', 'والى', 'ومن'].map((w) => matchKey(w)));
const isAmbiguousPlace = keyList(CLDR_AMBIGUOUS_PLACES);
const isCommonPersonNoun = keyList(COMMON_PERSON_NOUNS);

/**
 * An untagged word right after a preposition of place that is, as written, a one-word CLDR country or city (not one
 * of {@link CLDR_AMBIGUOUS_PLACES}) is a place: «وصلت الطائرة إلى عدن». The model knows the places of 2000s
 * newswire; this catches the ones it misses in other news (on the cross-validation dumps of ANERcorp it is about
 * neutral: it adds four right spans and one wrong). Linear: one merge of the spans with the tokens.
 */
function withPlacesAfterPrepositions(spans: Array<[number, number, number]>, toks: readonly Token[], types: readonly WordType[], gaz: Gazetteer): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	let s = 0;
	for (let k = 1; k < toks.length; k++) {
		while (s < spans.length && spans[s]![1] <= k) {
			out.push(spans[s++]!);
		}
		const inSpan = s < spans.length && spans[s]![0] <= k;
		const t = toks[k]!;
		const prev = toks[k - 1]!;
		if (inSpan || t.kind !== 'word' || prev.kind !== 'word' || prev.sentence !== t.sentence || !PLACE_PREPOSITIONS.has(prev.key)) {
			continue;
		}
		// The previous word must not end a span either (it is a preposition, but the model may have taken it in).
		if (out.length > 0 && out[out.length - 1]![1] === k) {
			continue;
		}
		if ((gaz.bitsOf(types[k]!.wordHash) & (GAZ.COUNTRY | GAZ.CITY)) !== 0 && !isAmbiguousPlace(t.key)) {
			out.push([k, k + 1, LOC]);
		}
	}
	while (s < spans.length) {
		out.push(spans[s++]!);
	}
	return out;
}

let notPlaces: Set<number> | undefined;

/**
 * The phrase hashes of {@link CLDR_NOT_PLACES}: CLDR territories that are organisations or currency areas. Without
 * this, every «الأمم المتحدة» the model tags ORG became a LOC (on the cross-validation folds of the train split the
 * place rule cost 8 points of ORG F1, nearly all of it from this one name).
 */
function notPlaceHashes(): Set<number> {
	if (notPlaces === undefined) {
		notPlaces = new Set();
		for (const name of CLDR_NOT_PLACES) {
			notPlaces.add(phraseHash(name.split(' ').map((w) => wordHash(matchKey(w)))));
		}
	}
	return notPlaces;
}

/**
 * A place whose first word is definite takes the definite sea or ocean head right before it, untagged or tagged as a
 * place of its own («المحيط» + «الهادئ» → «المحيط الهادئ»). Spans in document order; one pass, linear.
 */
function withWaterHeads(spans: ReadonlyArray<[number, number, number]>, toks: readonly Token[]): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	for (const span of spans) {
		const [a, b, type] = span;
		const head = toks[a - 1];
		if (type !== LOC || head === undefined || head.kind !== 'word' || !isWaterHead(head.key) || !toks[a]!.key.startsWith('ال')) {
			out.push(span);
			continue;
		}
		const prev = out[out.length - 1];
		if (prev === undefined || prev[1] < a) {
			out.push([a - 1, b, LOC]);
		} else if (prev[0] === a - 1 && prev[2] === LOC) {
			out[out.length - 1] = [a - 1, b, LOC];
		} else {
			out.push(span);
		}
	}
	return out;
}

/**
 * Tokens that are never part of a name, taken off the spans in one linear pass:
 * - a quote mark or punctuation at either end («وأضاف "الصالح"»);
 * - a last word written with the accusative tanween, an adverb or an object («ركوداً»، «جيلاً»);
 * - a form of an attribution verb at either end of a span of two words or more («فوزي قائلا» → «فوزي»);
 * - alone: a document that speaks, which the model can take for a person after a verb of saying («وقال بيان صادر عن
 *   …»: ANERgazet lists «بيان» as a given name), a month or weekday name, an indefinite demonym («باكستاني»).
 */
function trimSpans(spans: ReadonlyArray<readonly [number, number, number]>, toks: readonly Token[], gaz: Gazetteer): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	for (const [a0, b0, type] of spans) {
		let a = a0;
		let b = b0;
		// A quote mark or punctuation at an edge is outside the name («وأضاف "الصالح"»).
		while (a < b && !isNameToken(toks[a]!)) {
			a++;
		}
		while (b > a && !isNameToken(toks[b - 1]!)) {
			b--;
		}
		if (a === b) {
			continue;
		}
		// An indefinite accusative written with its tanween («ركوداً»، «جيلاً») is an adverb or an object, not a name.
		while (b > a && hasTanweenFath(toks[b - 1]!)) {
			b--;
		}
		if (a === b) {
			continue;
		}
		while (b - a >= 2 && isCueWord(toks[b - 1]!)) {
			b--;
		}
		if (b - a >= 2 && isCueWord(toks[a]!)) {
			a++;
		}
		if (type === PER && b - a === 1 && toks[a]!.kind === 'word' && isDocumentHead(toks[a]!.key)) {
			continue;
		}
		// A title, a role or a noun for people alone is no one's name («الرئيس»، «الناشط»).
		if (type === PER && b - a === 1 && toks[a]!.kind === 'word' && (isPersonTitleClass(triggerClass(toks[a]!.key)) || isCommonPersonNoun(toks[a]!.key, true))) {
			continue;
		}
		if (b - a === 1 && isMonthOrDay(toks[a]!) && !(type === ORG && toks[a]!.key === NISSAN)) {
			continue;
		}
		if (b - a === 1 && isDemonym(toks[a]!, gaz)) {
			continue;
		}
		out.push([a, b, type]);
	}
	return out;
}

/**
 * A person's name never ends in a word that needs a name after it («عبد»، «أبو»، «بن»، «آل»), and a name does not
 * go on past such a word with a conjunction or preposition glued to it, which begins another name. The model learns
 * neither where the next word is a title or a common noun («لعبد الملك الحوثي»: «الملك» is also "the king"), so:
 * - a PER span whose last word is a name connector takes the word after it in the same sentence, and the span that
 *   starts there if any («عبد» + «الملك» + «الحوثي»);
 * - a PER span is cut before a connector with و or ل glued to it («عبدالله صالح | لعبد …»).
 * Linear: every span is read once and every token at most twice.
 */
function completeNames(spans: ReadonlyArray<readonly [number, number, number]>, toks: readonly Token[]): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	const gluedConnectorAt = (k: number): boolean => {
		const t = toks[k]!;
		return t.kind === 'word' && /^[ول]/u.test(t.key) && isOpeningConnector(t.key.slice(1));
	};
	const connectorAt = (k: number): boolean => (toks[k]!.kind === 'word' && isNameConnector(toks[k]!.key)) || gluedConnectorAt(k);
	for (let s = 0; s < spans.length; s++) {
		const [a0, b0, type] = spans[s]!;
		if (type !== PER) {
			out.push([a0, b0, type]);
			continue;
		}
		let a = a0;
		let b = b0;
		while (connectorAt(b - 1) && b < toks.length && toks[b]!.kind === 'word' && toks[b]!.sentence === toks[b - 1]!.sentence) {
			const next = spans[s + 1];
			if (next !== undefined && next[0] === b) {
				b = next[1];
				s++;
			} else {
				b++;
			}
		}
		for (let k = a + 1; k < b - 1; k++) {
			if (gluedConnectorAt(k)) {
				out.push([a, k, PER]);
				a = k;
			}
		}
		out.push([a, b, PER]);
	}
	return out;
}

const isOpeningConnector = keyList(NAME_OPENERS);

/** Whether a word is written with the tanween of the accusative (ً, before or after its final alef). */
function hasTanweenFath(t: Token): boolean {
	return t.kind === 'word' && /\u064B\u0627?$/u.test(t.text);
}

/** Whether a token can begin or end a name: a word or a number («فورمولا 1»), not a quote mark or punctuation. */
function isNameToken(t: Token): boolean {
	return t.kind === 'word' || t.kind === 'number';
}

/**
 * Whether a token is a written form of an attribution verb that needs no context to be one (قال، وأضاف، قائلا); forms
 * that are also nouns or names (ذكر، روي، نادي: the lexicon gives them conditions) are not.
 */
function isCueWord(t: Token): boolean {
	if (t.kind !== 'word') {
		return false;
	}
	const f = verbForms().get(t.key);
	return f !== undefined && (f.when === undefined || f.when.length === 0);
}

/**
 * Whether a word is an indefinite demonym or nationality adjective, a place of the gazetteer with a nisba ending
 * («سوداني»، «إيرانيون»، «أوروبي»): the labelling guide makes those no entities. A word that is itself a place
 * («تركيا») and stems under four letters («كيلي») are not.
 */
function isDemonym(t: Token, gaz: Gazetteer): boolean {
	if (t.kind !== 'word' || t.script !== 'arabic' || t.key.startsWith('ال')) {
		return false;
	}
	const place = (w: string): boolean => (gaz.bitsOf(wordHash(w)) & (GAZ.LOC | GAZ.COUNTRY | GAZ.CITY)) !== 0;
	// The word as written, and without a first letter that may be a proclitic («وسوداني»).
	const words = /^[وفبل]/u.test(t.key) && t.key.length > 5 ? [t.key, t.key.slice(1)] : [t.key];
	if (words.some(place)) {
		return false;
	}
	for (const word of words) {
		for (const suffix of NISBA_ENDINGS) {
			if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
				const stem = word.slice(0, word.length - suffix.length);
				if (place(stem) || place(stem + 'ا') || place('ال' + stem)) {
					return true;
				}
			}
		}
	}
	return false;
}

/** Nisba endings of a demonym, longest first. */
const NISBA_ENDINGS: readonly string[] = ['يون', 'يين', 'ية', 'ي'];

/** The longest person's name looked for at the end of an organisation span, in words. */
const MAX_PERSON_IN_ORG = 4;

/** «نيسان» (April in the Levant) is also the carmaker: as an ORG it stays. */
const NISSAN = matchKey('نيسان');

/**
 * Membership in a word list by matching key, the set built on first use; with `proclitic`, also the key without a
 * first letter that may be a proclitic (و ف ب ل). Phrases of the list (with a space) are left out.
 */
function keyList(words: readonly string[]): (key: string, proclitic?: boolean) => boolean {
	let set: Set<string> | undefined;
	return (key, proclitic = false) => {
		set ??= new Set(words.filter((w) => !w.includes(' ')).map((w) => matchKey(w)));
		return set.has(key) || (proclitic && /^[وفبل]/u.test(key) && set.has(key.slice(1)));
	};
}

const isMonthOrDayKey = keyList(MONTHS_AND_DAYS);
const isDocumentHead = keyList(DOCUMENT_HEADS);
const isTimeOfDayKey = keyList(TIMES_OF_DAY);
const isInstitutionAdjective = keyList(INSTITUTION_ADJECTIVES);
const isWaterHead = keyList(WATER_HEADS);

/** Whether a token is a one-word month or weekday name (see {@link MONTHS_AND_DAYS}), as written or after one proclitic. */
function isMonthOrDay(t: Token): boolean {
	return t.kind === 'word' && isMonthOrDayKey(t.key, true);
}

/** The numbers `triggerClass` gives the trigger lists of the named kinds (1-based indices into TRIGGER_LISTS). */
function classNumbers(...kinds: TriggerClass[]): ReadonlySet<number> {
	return new Set(TRIGGER_LISTS.flatMap(([c], i) => (kinds.includes(c) ? [i + 1] : [])));
}

let titleClasses: ReadonlySet<number> | undefined;

/** Whether a trigger class (see `triggerClass`) is a person's title or role. */
function isPersonTitleClass(c: number): boolean {
	titleClasses ??= classNumbers('title', 'role');
	return titleClasses.has(c);
}

let orgHeads: ReadonlySet<number> | undefined;

/** The trigger classes of organisation and outlet heads (see `triggerClass`). */
function orgHeadClasses(): ReadonlySet<number> {
	orgHeads ??= classNumbers('org', 'media');
	return orgHeads;
}

/** The trigger class of a word type (see `triggerClass`), computed once per type. */
/** The trigger class of a word type (titles, roles, organisation and place heads; 0: none), computed once per type. */
export function typeTrigger(t: WordType): number {
	if (t.trigger < 0) {
		t.trigger = triggerClass(t.key);
	}
	return t.trigger;
}

let house: Map<string, number> | undefined;

/** The house-list type of a word type (-1: none): the first of its name keys that the list holds. */
function houseTypeOf(t: WordType): number {
	if (t.house === -2) {
		if (house === undefined) {
			house = new Map();
			for (const [name, type] of HOUSE_GAZETTEER) {
				if (!name.includes(' ')) {
					house.set(matchKey(name), TYPES.indexOf(type));
				}
			}
		}
		let type = -1;
		for (const k of nameKeyTypes(t)) {
			if (type < 0) {
				type = house.get(k.key) ?? -1;
			}
		}
		t.house = type;
	}
	return t.house;
}

/**
 * The house list's one-word names (src/core/lexicon/nerNames.ts) are entities of their type wherever they stand
 * alone, a glued proclitic aside («ترمب»، «وترمب»): the newsroom relies on them, and ANERcorp is too old to know them.
 */
function withHouseNames(spans: Array<[number, number, number]>, toks: readonly Token[], types: readonly WordType[]): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	let k = 0;
	for (let i = 0; i < toks.length; i++) {
		while (k < spans.length && spans[k]![1] <= i) {
			out.push(spans[k]!);
			k++;
		}
		if (toks[i]!.kind !== 'word') {
			continue;
		}
		const type = houseTypeOf(types[i]!);
		if (type < 0) {
			continue;
		}
		const span = spans[k];
		if (span === undefined || span[0] > i) {
			out.push([i, i + 1, type]);
		} else if (span[0] === i && span[1] === i + 1) {
			span[2] = type;
		}
	}
	while (k < spans.length) {
		out.push(spans[k]!);
		k++;
	}
	return out;
}

/** Per name (its words joined by spaces), the skeletons of its words joined the same way; bounded. */
const nameSkeletons = new Map<string, string>();
const NAME_SKELETON_LIMIT = 20000;

function nameSkeletonOf(name: string): string {
	let sk = nameSkeletons.get(name);
	if (sk === undefined) {
		if (nameSkeletons.size >= NAME_SKELETON_LIMIT) {
			nameSkeletons.clear();
		}
		sk = name.split(' ').map(nameSkeleton).join(' ');
		nameSkeletons.set(name, sk);
	}
	return sk;
}

/** Gives every mention the cluster of its name: the most frequent spelling among the spellings linked by skeleton. */
function assignClusters(entities: Array<{ cluster?: string }>, names: readonly string[]): void {
	const distinct: string[] = [];
	const index = new Map<string, number>();
	const counts: number[] = [];
	const of = new Int32Array(names.length);
	for (let i = 0; i < names.length; i++) {
		const name = names[i]!;
		let k = index.get(name);
		if (k === undefined) {
			k = distinct.length;
			index.set(name, k);
			distinct.push(name);
			counts.push(0);
		}
		counts[k]!++;
		of[i] = k;
	}
	const groups = linkSkeletons(distinct.map(nameSkeletonOf));
	// Per group (its first item), the most frequent spelling, the first one on ties.
	const best = new Int32Array(distinct.length).fill(-1);
	for (let k = 0; k < distinct.length; k++) {
		const g = groups[k]!;
		const cur = best[g]!;
		if (cur < 0 || counts[k]! > counts[cur]!) {
			best[g] = k;
		}
	}
	for (let i = 0; i < names.length; i++) {
		entities[i]!.cluster = distinct[best[groups[of[i]!]!]!]!;
	}
}
