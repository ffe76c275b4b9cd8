/**
 * From tokens to entities: tags every sentence with the model, turns BIO runs into spans, leaves a glued proclitic
 * out of the span when the bare name is attested (in the article or the gazetteer), applies the labelling guide's
 * type conventions, and gives every mention the cluster of its name (shared by all spellings in the article).
 */
import { DISTINCT_NATIVE_NAMES, ENTITY_TYPE_OVERRIDES, HOUSE_GAZETTEER } from '../lexicon/nerNames';
import { matchKey } from '../normalize/normalize';
import { segmentations } from '../tokenize/clitics';
import type { Doc, Entity, EntityType, Token } from '../types';
import { cachedNameKeys, nameKeys } from './document';
import { GAZ, phraseHash, triggerClass, wordHash, type Gazetteer } from './lexicon';
import { nerTagger } from './model';
import { linkSkeletons, skeleton } from './skeleton';
import { TYPES } from './viterbi';

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
let native: Set<string> | undefined;

function typeOverrides(): Map<string, EntityType> {
	overrides ??= new Map(ENTITY_TYPE_OVERRIDES.map(([name, type]) => [name.split(' ').map(matchKey).join(' '), type]));
	return overrides;
}

/**
 * The skeleton of a name word, except for native names that must stay apart (حسن/حسين). The article is kept apart
 * from the skeleton and marks it, so a word with the article never links to one without («جيمي»/«القومي») and the
 * article does not count towards one edit («البيت»/«الولايات»).
 */
export function nameSkeleton(key: string): string {
	native ??= new Set(DISTINCT_NATIVE_NAMES.map(matchKey));
	const article = key.length >= 5 && key.startsWith('ال');
	const bare = article ? key.slice(2) : key;
	return (article ? 'ال:' : '') + (native.has(bare) ? '=' + bare : skeleton(bare));
}

/**
 * How many key letters of proclitics to leave out of a name's first word: the longest proclitic (و ف ب ك ل and their
 * combinations; never the article) whose removal leaves a name attested in the article or the gazetteer, and 0 when
 * the whole word is itself a known name (لبنان، بغداد، وليد).
 */
export function procliticLength(key: string, docKeys: ReadonlySet<string>, gaz: Gazetteer | undefined): number {
	const known = (k: string): boolean => docKeys.has(k) || (gaz !== undefined && (gaz.bitsOf(wordHash(k)) & 0x7f) !== 0);
	if (gaz !== undefined && (gaz.bitsOf(wordHash(key)) & 0x7f) !== 0) {
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
	const tagger = nerTagger();
	const entities: Entity[] = [];
	const mentions: Mention[] = [];
	if (tagger === undefined || doc.tokens.length === 0) {
		return { entities, mentions };
	}
	const gaz = tagger.model.gazetteer;
	const toks = doc.tokens;
	const docKeys = new Set<string>();
	for (const t of toks) {
		if (t.kind === 'word') {
			docKeys.add(t.key);
		}
	}
	const spans: Array<[number, number, number]> = [];
	const sentTags = tagger.tagSentences(doc.sentences.map((s) => toks.slice(s.firstToken, s.endToken)));
	doc.sentences.forEach((s, k) => {
		const tags = sentTags[k]!;
		const n = tags.length;
		let i = 0;
		while (i < n) {
			const t = tags[i]!;
			if (t === 0) {
				i++;
				continue;
			}
			const type = (t - 1) >> 1;
			let j = i + 1;
			while (j < n && tags[j] === 2 * type + 2) {
				j++;
			}
			spans.push([s.firstToken + i, s.firstToken + j, type]);
			i = j;
		}
	});
	const fixed = applyGuideRules(spans, toks, gaz);
	const over = typeOverrides();
	const names: string[] = [];
	for (const [a, b, typeIndex] of fixed) {
		const first = toks[a]!;
		const stripped = first.kind === 'word' && first.script === 'arabic' ? procliticLength(first.key, docKeys, gaz) : 0;
		const words = toks.slice(a, b).filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.key);
		if (stripped > 0 && words.length > 0) {
			words[0] = words[0]!.slice(stripped);
		}
		const name = words.join(' ');
		let type = TYPES[typeIndex]!;
		const forced = over.get(name) ?? (words.length > 0 && words[0]!.startsWith('ال') ? undefined : over.get('ال' + name));
		if (forced !== undefined) {
			type = forced;
		}
		const entity: { start: number; end: number; type: EntityType; cluster?: string } = {
			start: stripped > 0 ? offsetAfterKeyLetters(first, stripped) : first.start,
			end: toks[b - 1]!.end,
			type,
		};
		entities.push(entity);
		mentions.push({ entity, first: a, end: b, stripped, words });
		names.push(name);
	}
	assignClusters(entities, names);
	return { entities, mentions };
}

const PER = 0;
const LOC = 1;
const ORG = 2;

/**
 * Rules of the labelling guide the model does not learn from ANERcorp, applied to the tagged spans (linear):
 * - a span that is exactly a multi-word place name of CLDR (countries, time-zone cities: «بيونغ يانغ»،
 *   «كوريا الشمالية») is a place;
 * - an organisation does not swallow the person named after it («المتحدثة باسم مجلس الأمن القومي أدريان واتسون»):
 *   when the last word of an ORG span of three words or more ends a person's name elsewhere in the article
 *   («وقالت واتسون»), the words of that name (up to three, none with the article or a trigger word) become a PER.
 */
export function applyGuideRules(
	spans: ReadonlyArray<readonly [number, number, number]>,
	toks: readonly Token[],
	gaz: Gazetteer,
): Array<[number, number, number]> {
	const out: Array<[number, number, number]> = [];
	const personEnds = new Set<string>();
	for (const [a, b, type] of spans) {
		if (type === PER && b > a) {
			for (const k of nameKeys(toks[b - 1]!.key)) {
				personEnds.add(k);
			}
		}
	}
	const isPlace = (a: number, b: number): boolean => {
		const words = toks.slice(a, b);
		return b - a >= 2 && words.every((t) => t.kind === 'word') && (gaz.bitsOf(phraseHash(words.map((t) => wordHash(t.key)))) & (GAZ.COUNTRY | GAZ.CITY)) !== 0;
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
		if (type !== LOC && isPlace(a, b)) {
			out.push([a, b, LOC]);
			continue;
		}
		if (type === ORG && b - a >= 3 && toks[b - 1]!.kind === 'word' && personEnds.has(toks[b - 1]!.key)) {
			let j = b - 1;
			while (j - 1 > a && b - (j - 1) <= 3 && nameLike(toks[j - 1]!)) {
				j--;
			}
			if (nameLike(toks[b - 1]!) && j > a) {
				out.push([a, j, ORG], [j, b, PER]);
				continue;
			}
		}
		out.push([a, b, type]);
	}
	return withHouseNames(out, toks);
}

let house: Map<string, number> | undefined;
/** Per word key, the house-list type of the word (-1: none), remembered across calls. */
const houseType = new Map<string, number>();

/**
 * The house list's one-word names (src/core/lexicon/nerNames.ts) are entities of their type wherever they stand
 * alone, a glued proclitic aside («ترمب»، «وترمب»): the newsroom relies on them, and ANERcorp is too old to know them.
 */
function withHouseNames(spans: Array<[number, number, number]>, toks: readonly Token[]): Array<[number, number, number]> {
	if (house === undefined) {
		house = new Map();
		for (const [name, type] of HOUSE_GAZETTEER) {
			if (!name.includes(' ')) {
				house.set(matchKey(name), TYPES.indexOf(type));
			}
		}
	}
	const out: Array<[number, number, number]> = [];
	let k = 0;
	for (let i = 0; i < toks.length; i++) {
		while (k < spans.length && spans[k]![1] <= i) {
			out.push(spans[k]!);
			k++;
		}
		const span = spans[k];
		const t = toks[i]!;
		if (t.kind !== 'word') {
			continue;
		}
		let type = houseType.get(t.key);
		if (type === undefined) {
			type = -1;
			for (const key of cachedNameKeys(t.key)) {
				if (type < 0) {
					type = house.get(key) ?? -1;
				}
			}
			if (houseType.size >= 50000) {
				houseType.clear();
			}
			houseType.set(t.key, type);
		}
		if (type < 0) {
			continue;
		}
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

/** A word that can be part of a person's name: a word without the article that is not a trigger word. */
function nameLike(t: Token): boolean {
	return t.kind === 'word' && !(t.key.length >= 4 && t.key.startsWith('ال')) && triggerClass(t.key) === 0;
}

/** Gives every mention the cluster of its name: the most frequent spelling among the spellings linked by skeleton. */
function assignClusters(entities: Array<{ cluster?: string }>, names: readonly string[]): void {
	const distinct: string[] = [];
	const index = new Map<string, number>();
	const counts: number[] = [];
	for (const name of names) {
		let k = index.get(name);
		if (k === undefined) {
			k = distinct.length;
			index.set(name, k);
			distinct.push(name);
			counts.push(0);
		}
		counts[k]!++;
	}
	const groups = linkSkeletons(distinct.map((n) => n.split(' ').map(nameSkeleton).join(' ')));
	const best = new Map<number, number>();
	for (let k = 0; k < distinct.length; k++) {
		const g = groups[k]!;
		const cur = best.get(g);
		if (cur === undefined || counts[k]! > counts[cur]!) {
			best.set(g, k);
		}
	}
	names.forEach((name, i) => {
		entities[i]!.cluster = distinct[best.get(groups[index.get(name)!]!)!]!;
	});
}
