/**
 * The words of an article as keyword tags see them: each word token with its proclitics decided, its core (the
 * matching key without و ف ب ك ل and without the article), its display form (the surface without the proclitics that
 * do not belong to it, with the article kept), its stopword class and whether a phrase may run on from the previous
 * word.
 *
 * Clitics are decided on evidence from the article itself, because segmentation is ambiguous (وزير is not و + زير):
 * - a prefix that ends with the article (ال، وال، بال، لل، ولل …) is stripped when the surface really writes ال
 *   (ألمانيا starts with أل, not with the article) and at least two letters remain;
 * - a prefix without the article (و، ب، ل، وب …) is stripped only when the stem is attested in the article: on its own,
 *   with the article, or behind two different prefixes («لبوتين» is ل + بوتين because بوتين occurs).
 */
import { isNameConnector, stopwordClass, type StopClass } from '../lexicon/stopwords';
import { verbForms } from '../morphology/verbForms';
import { matchKey, normalize, type Normalized } from '../normalize/normalize';
import { segmentations } from '../tokenize/clitics';
import type { Doc, Script, Token } from '../types';

/** One word of the article, ready for candidate building. */
export interface TagWord {
	/** Index of the token in `doc.tokens`. */
	readonly token: number;
	/** The word's matching key as written. */
	readonly key: string;
	/** The key without proclitics and article: what phrases and spelling variants are merged on. */
	readonly core: string;
	/** Whether the word carries the article (ال، بال، لل …). */
	readonly definite: boolean;
	/** Whether a proclitic other than the article was stripped (و، ب، ل …). */
	readonly clitic: boolean;
	/** The word as shown in a tag: surface letters without the stripped proclitics, with ال when definite. */
	readonly display: string;
	/** The stopword class of the word (tried as written and as its stem). */
	readonly cls: StopClass;
	/** Whether the word is a name connector (بن، أبو، ولد …). */
	readonly connector: boolean;
	/** Whether the word is a form of an attribution verb (قال، أضاف، يؤكد …). */
	readonly verb: boolean;
	/** Whether something other than whitespace (punctuation, a number, a quote mark, a line break) comes before it. */
	readonly breakBefore: boolean;
	readonly sentence: number;
	readonly paragraph: number;
	/** Whether the word is in the article's title (a short first line). */
	readonly title: boolean;
	/** Whether the word is in the lead (the first paragraph after the title, at most its first two sentences). */
	readonly lead: boolean;
	/** Whether the word stands right after a preposition or carries ب/ل/ك: it is a noun. */
	readonly afterPreposition: boolean;
	/** The word's script. */
	readonly script: Script | undefined;
	/**
	 * Whether this occurrence modifies the word before it: a definite word after a content word that is definite too
	 * (noun + adjective: «الحرب العالمية») or that it agrees with as a relative adjective («مسؤول أمريكي»).
	 */
	readonly modifier: boolean;
	/** Whether the word carries a possessive pronoun whose bare noun the article also writes («قلبه», «حكومته»). */
	readonly suffixed: boolean;
	/**
	 * Whether the word is never used as a noun in the article and looks like a verb: an imperfect («يحدث»، «يثير»),
	 * a word after قد/لم/لن/سوف, or the first word of a sentence written at most twice («زار الوفد»).
	 */
	readonly verbLike: boolean;
}

const PREPOSITION_BEFORE = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'حول', 'لدي', 'ضد', 'نحو', 'عبر', 'منذ', 'خلال', 'بشان', 'تجاه', 'داخل', 'وسط', 'مثل']);

/** The minimum letters left after stripping a proclitic without the article. */
const MIN_STEM_PLAIN = 3;

/** Options of {@link tagWords}. */
export interface TagWordsOptions {
	/** Token ranges `[from, to)` to leave out (the tag line, outlets' labels). */
	readonly skip?: ReadonlyArray<readonly [number, number]>;
	/** Paragraph index of the title, or -1 when the article has none. */
	readonly titleParagraph?: number;
}

/**
 * Lists the words of the document for tagging, in text order.
 * @param doc the tokenized document
 * @param options ranges to skip, the title paragraph
 */
export function tagWords(doc: Doc, options: TagWordsOptions = {}): TagWord[] {
	const tokens = doc.tokens;
	const skipped = new Uint8Array(tokens.length);
	for (const [from, to] of options.skip ?? []) {
		for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
			skipped[k] = 1;
		}
	}
	// Attestation: every key written in the article, and how many distinct written forms share each stem.
	const keys = new Set<string>();
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		if (t.kind === 'word' && skipped[k] === 0) {
			keys.add(t.key);
		}
	}
	// A stem written behind two different proclitics (لبوتين، وبوتين) is attested even if never written alone; «بغداد»
	// and «وبغداد» do not attest «غداد»: both prefixes end with the same ب.
	const stemForms = new Map<string, Set<string>>();
	for (const key of keys) {
		for (const s of segmentations(key)) {
			if (s.prefix !== '' && !s.article) {
				const set = stemForms.get(s.stem) ?? new Set<string>();
				set.add(s.prefix[s.prefix.length - 1]!);
				stemForms.set(s.stem, set);
			}
		}
	}
	const attested = (stem: string, bareOnly = false): boolean => keys.has(stem) || (!bareOnly && (keys.has('ال' + stem) || (stemForms.get(stem)?.size ?? 0) >= 2));

	// «علي» is the name Ali when the article writes the preposition «على» with ى elsewhere.
	const aliIsName = tokens.some((t) => t.kind === 'word' && t.text === 'على');
	const titleParagraph = options.titleParagraph ?? -1;
	const leadParagraph = firstBodyParagraph(doc, titleParagraph, skipped);
	const leadSentenceLimit = leadParagraph < 0 ? -1 : leadSentenceEnd(doc, leadParagraph);
	const forms = verbForms();
	const out: TagWord[] = [];
	const cache = new Map<string, Omit<TagWord, 'token' | 'breakBefore' | 'sentence' | 'paragraph' | 'title' | 'lead' | 'afterPreposition' | 'script' | 'modifier' | 'suffixed' | 'verbLike'>>();
	let prevEnd = -2;
	let prevKey = '';
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		if (t.kind !== 'word' || skipped[k] === 1) {
			continue;
		}
		const cacheKey = t.text;
		let w = cache.get(cacheKey);
		if (w === undefined) {
			w = analyzeWord(t, attested, forms);
			if (aliIsName && t.text === 'علي') {
				w = { ...w, cls: undefined };
			}
			cache.set(cacheKey, w);
		}
		const breakBefore = prevEnd !== k - 1 || tokens[k - 1]!.paragraph !== t.paragraph || tokens[k - 1]!.sentence !== t.sentence;
		const afterPreposition = (!breakBefore && PREPOSITION_BEFORE.has(prevKey)) || (w.clitic && /^[وف]?[بلك]/.test(w.key));
		// An explicit literal (not a spread): one hidden class for every word, and fast to build.
		out.push({
			token: k,
			key: w.key,
			core: w.core,
			definite: w.definite,
			clitic: w.clitic,
			display: w.display,
			cls: w.cls,
			connector: w.connector,
			verb: w.verb,
			breakBefore,
			sentence: t.sentence,
			paragraph: t.paragraph,
			title: t.paragraph === titleParagraph,
			lead: t.paragraph === leadParagraph && t.sentence <= leadSentenceLimit,
			afterPreposition,
			script: t.script,
			modifier: false,
			suffixed: false,
			verbLike: false,
		});
		prevEnd = k;
		prevKey = t.key;
	}
	return markForms(out);
}

/** Relative (nisba) adjective endings: ي، ية، يون، يين، يات. */
const NISBA = /(?:ي|يه|ية|يون|يين|يات)$/u;
/** Possessive pronouns a noun may carry. */
const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ه', 'كم', 'نا'];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Particles a verb follows: قد، لقد، لم، لن، سوف (with و/ف). */
const VERB_PARTICLES = new Set(['قد', 'لقد', 'وقد', 'فقد', 'لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن', 'سوف', 'وسوف']);
/** Names that begin like an imperfect verb. */
const Y_NAMES = new Set(['يوسف', 'يونس', 'ياسر', 'يحيي', 'يزيد', 'يعقوب', 'ياسين', 'يسرا', 'يمني', 'يعرب', 'يوليو', 'يونيو', 'يناير', 'يانغ', 'يونغ', 'يابان', 'يونان', 'يهود', 'يهودي', 'يهودية', 'يورو', 'يوتيوب', 'يوم', 'يونسكو', 'يونيسيف', 'ياباني', 'يابانية', 'يمن', 'يمني', 'يمنية']);

/** Second pass: modifiers, possessive suffixes and verb-like words, which need the whole article. */
function markForms(words: TagWord[]): TagWord[] {
	const definite = new Set<string>();
	const nounish = new Set<string>();
	const cores = new Set<string>();
	for (const w of words) {
		cores.add(w.core);
		if (w.definite) {
			definite.add(w.core);
		}
		if (w.definite || w.afterPreposition) {
			nounish.add(w.core);
		}
	}
	// Verb contexts: after قد، لم، لن، سوف (strong), or first in a sentence that is not a title (a VSO verb:
	// «زار الوفد»، «أطلقت كوريا»), the latter only for words the article writes at most twice (names repeat).
	const count = new Map<string, number>();
	for (const w of words) {
		count.set(w.core, (count.get(w.core) ?? 0) + 1);
	}
	const verbContext = new Set<string>();
	words.forEach((w, i) => {
		const prev = i > 0 ? words[i - 1]! : undefined;
		const initial = prev === undefined || prev.sentence !== w.sentence;
		if ((prev !== undefined && !w.breakBefore && VERB_PARTICLES.has(prev.key)) || (initial && !w.title && (count.get(w.core) ?? 0) <= 2)) {
			verbContext.add(w.core);
		}
	});
	return words.map((w, i) => {
		const prev = i > 0 ? words[i - 1]! : undefined;
		// The word before is a noun: a content word or a title (وزير الدفاع، مسؤول أمريكي، الزعيم الكوري).
		const noun = prev !== undefined && !w.breakBefore && (prev.cls === undefined || prev.cls === 'title') && !prev.verb && !prev.connector;
		const agrees = noun && !w.clitic && (w.definite ? prev.definite || prev.cls === 'title' : !prev.definite && NISBA.test(w.core));
		const modifier = agrees;
		let suffixed = false;
		if (!w.definite && w.script === 'arabic') {
			for (const p of PRONOUNS) {
				if (w.core.length - p.length >= 2 && w.core.endsWith(p)) {
					const stem = w.core.slice(0, -p.length);
					const bare = stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ة'] : [stem];
					if (bare.some((b) => b.length >= 2 && (definite.has(b) || (cores.has(b) && b !== w.core)))) {
						suffixed = true;
						break;
					}
				}
			}
		}
		const neverNoun = !w.definite && w.script === 'arabic' && !nounish.has(w.core) && !definite.has(w.core) && !Y_NAMES.has(w.core);
		const verbLike = neverNoun && ((/^(?:ي|وي|في)/u.test(w.key) && w.core.length >= 4) || verbContext.has(w.core));
		const m = w as Mutable<TagWord>;
		m.modifier = modifier;
		m.suffixed = suffixed;
		m.verbLike = verbLike;
		return w;
	});
}

function analyzeWord(
	t: Token,
	attested: (stem: string, bareOnly?: boolean) => boolean,
	forms: ReturnType<typeof verbForms>,
): Omit<TagWord, 'token' | 'breakBefore' | 'sentence' | 'paragraph' | 'title' | 'lead' | 'afterPreposition' | 'script' | 'modifier' | 'suffixed' | 'verbLike'> {
	const key = t.key;
	const verbForm = forms.get(key);
	// A bare past 3ms form that is also a noun (ذكر، طالب) is a verb only by context; tags treat it as a noun.
	const verb = verbForm !== undefined && !(verbForm.entry.whenBare !== undefined && verbForm.form === 'verb' && stripConj(key) === stripConj(matchKey(verbForm.entry.lemma)));
	const asWritten = stopwordClass(key);
	const connector = isNameConnector(key);
	if (t.script !== 'arabic' || asWritten === 'stop' || connector) {
		return { key, core: key, definite: false, clitic: false, display: t.text, cls: asWritten, connector, verb };
	}
	let prefix = '';
	let article = false;
	let norm: Normalized | undefined;
	const startOf = (keyIndex: number): number => {
		norm ??= normalize(t.text);
		return norm.starts[keyIndex] ?? t.text.length;
	};
	for (const s of segmentations(key)) {
		if (s.prefix === '') {
			continue;
		}
		let ok: boolean;
		if (s.article) {
			// The article must be written ال (not أل/إل/آل, which begin words like ألمانيا، إلغاء، آلية).
			ok = !s.prefix.endsWith('ال') || t.text.charCodeAt(startOf(s.prefix.length - 2)) === 0x0627;
		} else {
			ok = (s.stem.length >= MIN_STEM_PLAIN && attested(s.stem)) || (s.stem.length === 2 && attested(s.stem, true));
		}
		// segmentations() lists prefixes from the shortest to the longest: the last accepted one wins.
		if (ok) {
			prefix = s.prefix;
			article = s.article;
		}
	}
	const core = key.slice(prefix.length);
	const restStart = prefix.length === 0 ? 0 : startOf(prefix.length);
	const display = (article ? 'ال' : '') + t.text.slice(restStart);
	const clitic = prefix.length > (article ? (prefix.endsWith('لل') ? 1 : 2) : 0);
	let cls: StopClass = asWritten;
	if (cls === undefined && prefix !== '') {
		cls = stopwordClass(core) ?? (article ? stopwordClass('ال' + core) : stopwordClass(stripConj(key)));
	}
	return { key, core, definite: article, clitic, display, cls, connector, verb };
}

function stripConj(key: string): string {
	return key.length > 2 && (key.startsWith('و') || key.startsWith('ف')) ? key.slice(1) : key;
}


/** The first paragraph after the title that has words. */
function firstBodyParagraph(doc: Doc, titleParagraph: number, skipped: Uint8Array): number {
	for (const p of doc.paragraphs) {
		if (p.index === titleParagraph) {
			continue;
		}
		for (let k = p.firstToken; k < p.endToken; k++) {
			if (doc.tokens[k]!.kind === 'word' && skipped[k] === 0) {
				return p.index;
			}
		}
	}
	return -1;
}

/** The index of the last sentence of the lead: the paragraph's first two sentences. */
function leadSentenceEnd(doc: Doc, paragraph: number): number {
	const p = doc.paragraphs[paragraph]!;
	const first = doc.tokens[p.firstToken]!.sentence;
	return first + 1;
}
