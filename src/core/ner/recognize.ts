/**
 * From tokens to entities: tags every sentence with the model, turns BIO runs into spans, leaves a glued proclitic
 * out of the span when the bare name is attested (in the article or the gazetteer), applies the labelling guide's
 * type conventions, and gives every mention the cluster of its name (shared by all spellings in the article).
 */
import { DISTINCT_NATIVE_NAMES, ENTITY_TYPE_OVERRIDES } from '../lexicon/nerNames';
import { matchKey } from '../normalize/normalize';
import { segmentations } from '../tokenize/clitics';
import type { Doc, Entity, EntityType, Token } from '../types';
import { wordHash, type Gazetteer } from './lexicon';
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
	let tags = new Int8Array(256);
	const spans: Array<[number, number, number]> = [];
	for (const s of doc.sentences) {
		const n = s.endToken - s.firstToken;
		if (tags.length < n) {
			tags = new Int8Array(n * 2);
		}
		tagger.tag(toks.slice(s.firstToken, s.endToken), tags);
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
	}
	const over = typeOverrides();
	const names: string[] = [];
	for (const [a, b, typeIndex] of spans) {
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
