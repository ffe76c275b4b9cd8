/**
 * One name, two spellings (editorial-rules.md §5): a foreign name transliterated two ways in one article
 * (جونج/جونغ، شويجو/شويغو، ترمب/ترامب، زيلينسكي/زيلنسكي). The words of every entity mention are grouped by their
 * transliteration skeleton (`ner/skeleton.ts`); in a group with more than one spelling, every use of a minority
 * spelling is reported with a quick fix to the majority spelling. The workspace house style
 * (`AnalyzeOptions.houseStyle`, from `.isnad/house-style.json`) overrides the majority, and a spelling it lists as a
 * variant is reported even when the article uses no other.
 *
 * A word outside any mention joins a group too when its skeleton is exactly that of a name word of the group, it
 * differs from that word by letters of one sound only, and it is long enough (five letters or more) to make a chance
 * match unlikely: the model may miss one spelling of a name it found elsewhere («بعد زيارة شويغو»).
 *
 * Precision comes first (a warning on a correct article costs the editor's trust): only PER, LOC and ORG names are
 * compared, titles and heads inside them are not («جامعة»، «منظمة»), a minority spelling is reported only when it is a
 * transliteration variant of the majority (`isTransliterationVariant`: no suffix, no other letter, «دولار/دولارا»
 * and «جدة/قيادة» are different words) and when both spellings name the same kind of thing. On 1,558 SaudiNewsNet
 * articles the rule fired in 388 before these conditions, nearly all wrongly (محمد/أحمد، المساجد/المسجد), and in 18
 * after them, nearly all rightly (كابل/كابول، باراغواي/باراجواي، الأمريكية/الأميركية).
 */
import { matchKey } from '../normalize/normalize';
import { typeProcliticLength, typeSkeleton, typeTrigger, type Mention } from '../ner/recognize';
import { isTransliterationVariant, linkSkeletons, variantCost } from '../ner/skeleton';
import { bareSegments, beginDocument, documentWords, isCurrent, newStamp, typeOf, type DocumentWords, type WordType } from '../ner/vocab';
import type { Token } from '../types';
import type { Analyzer, Context } from './analyzer';
import { ENTITY_MENTIONS, ENTITY_WORDS } from './entities';
import { words } from './words';

const RULE = 'names.spelling-variant';

/** One use of a name word: where the word (without its proclitic) is, and how it is spelled. */
interface Use {
	readonly start: number;
	readonly end: number;
	/** The word as written, proclitic left out. */
	readonly surface: string;
	/** Its matching key. */
	readonly key: string;
	/** Whether the use is inside an entity mention. */
	readonly inEntity: boolean;
	/** The entity types of the mention it is in, as bits of {@link TYPE_BITS} (0 outside mentions). */
	readonly types: number;
	/** The type of its key. */
	readonly type: WordType;
}

/** Name words shorter than this are not checked (كيم، بان): too many unrelated words share a short skeleton. */
const MIN_LETTERS = 3;
/** Words outside mentions must be at least this long to join a group («سابق» is no spelling of the company «سابك»). */
const MIN_LETTERS_OUTSIDE = 5;

/** The use of token `t` (of type `type`) with the first `strip` key letters (a proclitic) left out. */
function useOf(t: Token, type: WordType, strip: number, inEntity: boolean, types = 0): Use {
	let start = t.start;
	if (strip > 0) {
		let consumed = 0;
		let i = 0;
		while (i < t.text.length && consumed < strip) {
			consumed += matchKey(t.text[i]!).length;
			i++;
		}
		while (i < t.text.length && matchKey(t.text[i]!) === '') {
			i++;
		}
		start = t.start + i;
	}
	const surface = t.text.slice(start - t.start);
	const key = strip > 0 ? t.key.slice(strip) : t.key;
	return { start, end: t.end, surface, key, inEntity, types, type: strip > 0 ? typeOf(key) : type };
}

/**
 * The entity types whose names are checked, as bits: persons, places and organisations. Other names (MISC: currencies,
 * faiths, prizes, events) are mostly Arabic words («دولار/دولارا»، «الإسلام»), not transliterations.
 */
const TYPE_BITS: Readonly<Record<string, number>> = { PER: 1, LOC: 2, ORG: 4 };

/** Whether a word is a function word (preposition, particle, complementizer, time word), remembered per type. */
function isFunctionWord(t: WordType): boolean {
	if (t.functionWord < 0) {
		const fw = words();
		const k = t.key;
		t.functionWord = fw.prepositions.has(k) || fw.particles.has(k) || fw.complementizers.has(k) || fw.time.has(k) ? 1 : 0;
	}
	return t.functionWord === 1;
}

/**
 * How many proclitic letters to strip from a word outside the mentions so that it joins a name (see the module
 * comment), or -1 when it does not: the word itself or without a proclitic attested in the article (never the
 * article), else the word without any proclitic but the article that fits.
 */
function outsideStrip(t: WordType, docStamp: number, fits: (k: WordType) => boolean): number {
	if (isFunctionWord(t)) {
		return -1;
	}
	const strip = typeProcliticLength(t, docStamp, undefined);
	if (fits(strip > 0 ? typeOf(t.key.slice(strip)) : t)) {
		return strip;
	}
	let found = -1;
	for (const seg of bareSegments(t)) {
		if (fits(seg.stem)) {
			found = seg.prefix;
		}
	}
	return found;
}

/** The analyzer. */
export const names: Analyzer = {
	name: 'names',
	rules: [
		{
			id: RULE,
			defaultLevel: 'warning',
			title: 'One name spelled two ways',
			description:
				'The same foreign name is transliterated two ways in one article (جونج/جونغ، ترمب/ترامب). Pick one spelling — the house style, else the majority — and use it throughout. Only the names of people, places and organisations are compared, and only spellings that differ by letters of one sound or by a long vowel inside the word: Arabic names and words that merely look alike (محمد/أحمد، جدة/قيادة، دولار/دولارا) are left alone.',
			descriptionAr: 'اسم أجنبي واحد كُتب بطريقتين في المقال نفسه (جونج/جونغ، ترمب/ترامب). اعتمد رسماً واحداً، رسم الدار أو الأكثر وروداً، والتزمه في المقال كله. لا يُقارن إلا أسماء الأشخاص والأماكن والمؤسسات، ولا يُعدّ رسمين لاسم واحد إلا ما اختلف في حرف يؤدي الصوت نفسه أو في حرف مدّ داخل الكلمة؛ أما الأسماء العربية والكلمات المتشابهة في الشكل (محمد/أحمد، جدة/قيادة، دولار/دولارا) فلا يُنبَّه عليها.',
			standard: 'editorial-rules.md §5 — consistent transliteration of foreign names',
			example: 'التقى كيم جونج أون ... وقال كيم جونغ أون',
			good: 'التقى كيم جونغ أون ... وقال كيم جونغ أون',
		},
	],
	run(ctx: Context): void {
		if (ctx.options.entities === false || !ctx.enabled(RULE)) {
			return;
		}
		const mentions = ctx.scratch.get(ENTITY_MENTIONS) as readonly Mention[] | undefined;
		if (mentions === undefined || mentions.length === 0) {
			return;
		}
		const toks = ctx.doc.tokens;
		// The types of the words, as the recognizer looked them up (unless the vocabulary has started afresh since).
		beginDocument();
		let words = ctx.scratch.get(ENTITY_WORDS) as DocumentWords | undefined;
		if (words === undefined || !isCurrent(words) || words.types.length !== toks.length) {
			words = documentWords(toks);
		}
		const types = words.types;
		const docStamp = words.stamp;
		const uses: Use[] = [];
		const inMention = new Uint8Array(toks.length);
		for (const m of mentions) {
			const bits = TYPE_BITS[m.entity.type] ?? 0;
			for (let i = m.first; i < m.end; i++) {
				inMention[i] = 1;
				const t = toks[i]!;
				// Titles and heads inside a name («جامعة»، «منظمة»، «مجلس») are Arabic words, not transliterations.
				if (bits === 0 || t.kind !== 'word' || t.script !== 'arabic' || typeTrigger(types[i]!) !== 0) {
					continue;
				}
				const u = useOf(t, types[i]!, i === m.first ? m.stripped : 0, true, bits);
				if (u.key.length >= MIN_LETTERS) {
					uses.push(u);
				}
			}
		}
		// House style: variant key → preferred spelling, and preferred key → preferred spelling.
		const house = new Map<string, string>();
		const housePreferred = new Map<string, string>();
		for (const [variant, preferred] of Object.entries(ctx.options.houseStyle ?? {})) {
			if (typeof preferred === 'string' && preferred.trim() !== '' && variant.trim() !== '') {
				house.set(matchKey(variant.trim()), preferred.trim());
				housePreferred.set(matchKey(preferred.trim()), preferred.trim());
			}
		}
		// Words outside mentions whose skeleton is a name word's skeleton, and which are that name word or differ from it
		// by letters of one sound only («شويغو» for «شويجو»; with the article, as `isTransliterationVariant` allows): a
		// long vowel more or less is too often another word («جودة» beside «جدة»، «منظومة» beside «منظمة»).
		const nameKeys = new Map<string, string[]>();
		for (const u of uses) {
			const sk = typeSkeleton(u.type);
			const list = nameKeys.get(sk);
			if (list === undefined) {
				nameKeys.set(sk, [u.key]);
			} else if (!list.includes(u.key) && list.length < 8) {
				list.push(u.key);
			}
		}
		const close = (key: string, other: string): boolean => (key.startsWith('ال') ? isTransliterationVariant(key, other) : variantCost(key, other, true) === 1);
		const namesLike = (k: WordType): boolean => nameKeys.get(typeSkeleton(k))?.some((key) => key === k.key || close(key, k.key)) ?? false;
		const fits = (k: WordType): boolean => k.key.length >= MIN_LETTERS_OUTSIDE && !isFunctionWord(k) && (namesLike(k) || house.has(k.key));
		// What a word type outside the mentions contributes depends on its key alone (in this document): how many
		// letters to strip, or -1 when it is not a name. Worked out once per type (`memoValue` holds it for this pass).
		const pass = newStamp();
		for (let i = 0; i < toks.length; i++) {
			const t = toks[i]!;
			if (inMention[i] === 1 || t.kind !== 'word' || t.script !== 'arabic') {
				continue;
			}
			const type = types[i]!;
			if (type.memo !== pass) {
				type.memo = pass;
				type.memoValue = outsideStrip(type, docStamp, fits);
			}
			const strip = type.memoValue;
			if (strip >= 0) {
				uses.push(useOf(t, type, strip, false));
			}
		}
		if (uses.length === 0) {
			return;
		}
		uses.sort((a, b) => a.start - b.start);
		// Spellings, their counts and first surfaces; groups of linked skeletons.
		const spellings: string[] = [];
		const index = new Map<string, number>();
		const counts: number[] = [];
		const firstSurface: string[] = [];
		const inEntity: boolean[] = [];
		const typeBits: number[] = [];
		const spellingTypes: WordType[] = [];
		for (const u of uses) {
			let k = index.get(u.key);
			if (k === undefined) {
				k = spellings.length;
				index.set(u.key, k);
				spellings.push(u.key);
				spellingTypes.push(u.type);
				counts.push(0);
				firstSurface.push(u.surface);
				inEntity.push(false);
				typeBits.push(0);
			}
			counts[k]!++;
			inEntity[k] ||= u.inEntity;
			typeBits[k]! |= u.types;
		}
		const groups = linkSkeletons(spellingTypes.map(typeSkeleton));
		const members = new Map<number, number[]>();
		spellings.forEach((_, k) => {
			const g = groups[k]!;
			const list = members.get(g) ?? [];
			list.push(k);
			members.set(g, list);
		});
		/** Per spelling: the spelling to use instead (as written), or undefined when it is fine. */
		const fixTo: Array<{ text: string; why: 'house' | 'majority' } | undefined> = spellings.map(() => undefined);
		for (const list of members.values()) {
			// A group needs a spelling found inside a mention or listed by the house style: other words only join names.
			if (!list.some((k) => inEntity[k] || house.has(spellings[k]!))) {
				continue;
			}
			let preferred: { key: string; text: string; why: 'house' | 'majority'; types: number } | undefined;
			for (const k of list) {
				const h = house.get(spellings[k]!) ?? housePreferred.get(spellings[k]!);
				if (h !== undefined) {
					preferred = { key: matchKey(h), text: h, why: 'house', types: 0 };
					break;
				}
			}
			if (preferred === undefined) {
				if (list.length < 2) {
					continue;
				}
				let best = list[0]!;
				for (const k of list) {
					if (counts[k]! > counts[best]!) {
						best = k;
					}
				}
				preferred = { key: spellings[best]!, text: firstSurface[best]!, why: 'majority', types: typeBits[best]! };
			}
			for (const k of list) {
				if (spellings[k] === preferred.key) {
					continue;
				}
				// The house style is obeyed as written. A majority is only a reason when the two spellings are one name:
				// they differ by transliteration choices alone, and they name the same kind of thing where both are
				// names: a type in common, and a person on both sides or on neither («فرنسوا» the person is not «فرنسا»
				// the country, even where the model once took the person for a place).
				const a = preferred.types;
				const b = typeBits[k]!;
				const sameKind = a === 0 || b === 0 || ((a & b) !== 0 && (a & TYPE_BITS.PER!) === (b & TYPE_BITS.PER!));
				if (preferred.why === 'house' ? house.has(spellings[k]!) || isTransliterationVariant(spellings[k]!, preferred.key) : sameKind && isTransliterationVariant(spellings[k]!, preferred.key)) {
					fixTo[k] = { text: preferred.text, why: preferred.why };
				}
			}
		}
		for (const u of uses) {
			const to = fixTo[index.get(u.key)!];
			if (to === undefined) {
				continue;
			}
			const others = `«${to.text}»`;
			const message =
				to.why === 'house'
					? `«${u.surface}»: the house style spells this name ${others}.`
					: `«${u.surface}» is spelled ${others} elsewhere in this article; use one spelling of a name throughout.`;
			const messageAr = to.why === 'house' ? `«${u.surface}»: رسم الدار لهذا الاسم ${others}.` : `«${u.surface}» ورد في موضع آخر من المقال بالرسم ${others}؛ التزم رسماً واحداً للاسم.`;
			ctx.report({
				ruleId: RULE,
				start: u.start,
				end: u.end,
				message,
				messageAr,
				fixes: [{ title: `Spell it ${to.text}`, edits: [{ start: u.start, end: u.end, newText: to.text }], preferred: true }],
			});
		}
	},
};
