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
import { isInvisible, matchKey, normalize, PERSIAN_LOOKALIKES, type Normalized } from '../normalize/normalize';
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
	/** The core's index in {@link TagWords.cores}. */
	readonly coreId: number;
	/** Whether the word carries the article (ال، بال، لل …). */
	readonly definite: boolean;
	/** Whether a proclitic other than the article was stripped (و، ب، ل …). */
	readonly clitic: boolean;
	/** The word as shown in a tag: surface letters without the stripped proclitics, with ال when definite. */
	readonly display: string;
	/**
	 * The word as shown at the start of a tag ({@link display}) and later in a tag (as written), cleaned for display
	 * (Persian look-alikes replaced; diacritics, tatweel and invisible characters removed): indexes in
	 * {@link TagWords.surfaces}.
	 */
	readonly leadSurface: number;
	readonly restSurface: number;
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

/** The words of an article, with the tables their ids point into. */
export interface TagWords {
	readonly words: TagWord[];
	/** The distinct cores, by {@link TagWord.coreId}. */
	readonly cores: readonly string[];
	/** The distinct display forms, by {@link TagWord.leadSurface} and {@link TagWord.restSurface}. */
	readonly surfaces: readonly string[];
}

/** What a word is wherever it stands: decided once per distinct written form. */
type WordType = Omit<TagWord, 'token' | 'breakBefore' | 'sentence' | 'paragraph' | 'title' | 'lead' | 'afterPreposition' | 'script' | 'modifier' | 'suffixed' | 'verbLike'> & {
	/** Whether a ب/ل/ك proclitic (after و/ف or not) was stripped: the word is a noun. */
	readonly prepClitic: boolean;
	/** Whether the word looks like an imperfect verb (ي، وي، في + at least four letters of core). */
	readonly imperfect: boolean;
};

/**
 * Lists the words of the document for tagging, in text order. Each distinct written form is analysed once; the
 * words carry ids into tables of cores and display forms, so that later stages compare numbers, not strings.
 * @param doc the tokenized document
 * @param options ranges to skip, the title paragraph
 */
export function tagWords(doc: Doc, options: TagWordsOptions = {}): TagWords {
	const tokens = doc.tokens;
	const skipped = new Uint8Array(tokens.length);
	for (const [from, to] of options.skip ?? []) {
		for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
			skipped[k] = 1;
		}
	}
	// The distinct written forms, and the token of each word's form.
	const typeOf = new Map<string, number>();
	const firstToken: number[] = [];
	const tokenType = new Int32Array(tokens.length).fill(-1);
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		if (t.kind !== 'word' || skipped[k] === 1) {
			continue;
		}
		let ty = typeOf.get(t.text);
		if (ty === undefined) {
			ty = firstToken.length;
			firstToken.push(k);
			typeOf.set(t.text, ty);
		}
		tokenType[k] = ty;
	}
	// Attestation: every key written in the article, and how many distinct written forms share each stem.
	const keys = new Set<string>();
	for (const k of firstToken) {
		keys.add(tokens[k]!.key);
	}
	// A stem written behind two different proclitics (لبوتين، وبوتين) is attested even if never written alone; «بغداد»
	// and «وبغداد» do not attest «غداد»: both prefixes end with the same ب.
	// The last letters of the proclitics each stem is written behind, as bits (و ف ب ك ل).
	const stemForms = new Map<string, number>();
	for (const key of keys) {
		for (const s of segmentations(key)) {
			if (s.prefix !== '' && !s.article) {
				stemForms.set(s.stem, (stemForms.get(s.stem) ?? 0) | prefixBit(s.prefix.charCodeAt(s.prefix.length - 1)));
			}
		}
	}
	const attested = (stem: string, bareOnly = false): boolean => keys.has(stem) || (!bareOnly && (keys.has('ال' + stem) || twoOrMore(stemForms.get(stem) ?? 0)));

	// «علي» is the name Ali when the article writes the preposition «على» with ى elsewhere.
	const aliIsName = tokens.some((t) => t.kind === 'word' && t.text === 'على');
	const forms = verbForms();
	const coreIds = new Map<string, number>();
	const cores: string[] = [];
	const surfaceIds = new Map<string, number>();
	const surfaces: string[] = [];
	const intern = (s: string, ids: Map<string, number>, list: string[]): number => {
		let id = ids.get(s);
		if (id === undefined) {
			id = list.length;
			list.push(s);
			ids.set(s, id);
		}
		return id;
	};
	const types: WordType[] = firstToken.map((k) => {
		const t = tokens[k]!;
		const w = analyzeWord(t, attested, forms);
		return {
			key: w.key,
			core: w.core,
			coreId: intern(w.core, coreIds, cores),
			definite: w.definite,
			clitic: w.clitic,
			display: w.display,
			leadSurface: intern(cleanForDisplay(w.display), surfaceIds, surfaces),
			restSurface: intern(cleanForDisplay(t.text), surfaceIds, surfaces),
			cls: aliIsName && t.text === 'علي' ? undefined : w.cls,
			connector: w.connector,
			verb: w.verb,
			prepClitic: w.clitic && /^[وف]?[بلك]/.test(w.key),
			imperfect: /^(?:ي|وي|في)/u.test(w.key) && w.core.length >= 4,
		};
	});

	const titleParagraph = options.titleParagraph ?? -1;
	const leadParagraph = firstBodyParagraph(doc, titleParagraph, skipped);
	const leadSentenceLimit = leadParagraph < 0 ? -1 : leadSentenceEnd(doc, leadParagraph);
	const out: Word[] = [];
	let prevEnd = -2;
	let prevKey = '';
	for (let k = 0; k < tokens.length; k++) {
		const ty = tokenType[k]!;
		if (ty < 0) {
			continue;
		}
		const t = tokens[k]!;
		const w = types[ty]!;
		const breakBefore = prevEnd !== k - 1 || tokens[k - 1]!.paragraph !== t.paragraph || tokens[k - 1]!.sentence !== t.sentence;
		const afterPreposition = (!breakBefore && PREPOSITION_BEFORE.has(prevKey)) || w.prepClitic;
		const quoteStart = k > 0 && opensQuote(tokens[k - 1]!, t);
		out.push(new Word(k, w, breakBefore, t.sentence, t.paragraph, t.paragraph === titleParagraph, t.paragraph === leadParagraph && t.sentence <= leadSentenceLimit, afterPreposition, t.script, quoteStart));
		prevEnd = k;
		prevKey = t.key;
	}
	markForms(out, cores, coreIds);
	return { words: out, cores, surfaces };
}

/**
 * A word of the article: where it stands, and (through getters) what its written form is, shared by every word of
 * that form; small to build for each of a long article's words.
 */
class Word implements TagWord {
	modifier = false;
	suffixed = false;
	verbLike = false;

	constructor(
		readonly token: number,
		readonly type: WordType,
		readonly breakBefore: boolean,
		readonly sentence: number,
		readonly paragraph: number,
		readonly title: boolean,
		readonly lead: boolean,
		readonly afterPreposition: boolean,
		readonly script: Script | undefined,
		/** Whether the word opens a quotation (right after «، “ or a straight quote glued to it). */
		readonly quoteStart: boolean,
	) {}

	get key(): string {
		return this.type.key;
	}
	get core(): string {
		return this.type.core;
	}
	get coreId(): number {
		return this.type.coreId;
	}
	get definite(): boolean {
		return this.type.definite;
	}
	get clitic(): boolean {
		return this.type.clitic;
	}
	get display(): string {
		return this.type.display;
	}
	get leadSurface(): number {
		return this.type.leadSurface;
	}
	get restSurface(): number {
		return this.type.restSurface;
	}
	get cls(): StopClass {
		return this.type.cls;
	}
	get connector(): boolean {
		return this.type.connector;
	}
	get verb(): boolean {
		return this.type.verb;
	}
}

/** A word as shown in a tag: Persian look-alikes replaced, diacritics, tatweel and invisible characters removed. */
export function cleanForDisplay(word: string): string {
	let i = 0;
	while (i < word.length && !needsCleaning(word.charCodeAt(i))) {
		i++;
	}
	if (i === word.length) {
		return word;
	}
	let out = '';
	for (const ch of word) {
		const c = ch.charCodeAt(0);
		if ((c >= 0x064b && c <= 0x065f) || c === 0x0640 || isInvisible(c)) {
			continue;
		}
		out += PERSIAN_LOOKALIKES.get(c) ?? ch;
	}
	return out;
}

/** Whether a code unit is removed or replaced for display (a diacritic, tatweel, an invisible or a Persian letter). */
function needsCleaning(c: number): boolean {
	if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a)) {
		return false;
	}
	return (c >= 0x064b && c <= 0x065f) || c === 0x0640 || isInvisible(c) || PERSIAN_LOOKALIKES.has(c);
}

/** Relative (nisba) adjective endings: ي، ية، يون، يين، يات. */
const NISBA = /(?:ي|يه|ية|يون|يين|يات)$/u;
/** Possessive pronouns a noun may carry. */
const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ه', 'كم', 'نا'];

/**
 * Whether `mark` opens a quotation that begins with `word`: a « or “, or a straight quote glued to the word after it
 * and not to the word before it (a closing straight quote is glued the other way).
 */
function opensQuote(mark: Token, word: Token): boolean {
	if (mark.kind === 'word' || word.spaceBefore) {
		return false;
	}
	return mark.text === '«' || mark.text === '“' || (mark.text === '"' && mark.spaceBefore);
}

/** The prefix of an imperfect verb of the first person, the second person or the future: ن، ت، سن، ست، سي (with و/ف). */
const QUOTED_VERB = /^[وف]?(?:س[نتي]|[نت])\p{L}{3}/u;

/** Particles a verb follows: قد، لقد، لم، لن، سوف (with و/ف). */
const VERB_PARTICLES = new Set(['قد', 'لقد', 'وقد', 'فقد', 'لم', 'ولم', 'فلم', 'لن', 'ولن', 'فلن', 'سوف', 'وسوف']);
/** Names that begin like an imperfect verb. */
const Y_NAMES = new Set(['يوسف', 'يونس', 'ياسر', 'يحيي', 'يزيد', 'يعقوب', 'ياسين', 'يسرا', 'يمني', 'يعرب', 'يوليو', 'يونيو', 'يناير', 'يانغ', 'يونغ', 'يابان', 'يونان', 'يهود', 'يهودي', 'يهودية', 'يورو', 'يوتيوب', 'يوم', 'يونسكو', 'يونيسيف', 'ياباني', 'يابانية', 'يمن', 'يمني', 'يمنية']);

/**
 * Second pass: modifiers, possessive suffixes and verb-like words, which need the whole article. Facts about a core
 * (definite somewhere, a noun somewhere, how often, in a verb's place) are kept in arrays by core id.
 */
function markForms(words: readonly Word[], cores: readonly string[], coreIds: ReadonlyMap<string, number>): void {
	const n = cores.length;
	const definite = new Uint8Array(n);
	const nounish = new Uint8Array(n);
	const count = new Int32Array(n);
	for (const w of words) {
		if (w.definite) {
			definite[w.coreId] = 1;
		}
		if (w.definite || w.afterPreposition) {
			nounish[w.coreId] = 1;
		}
		count[w.coreId]++;
	}
	// Verb contexts: after قد، لم، لن، سوف (strong), or first in a sentence that is not a title (a VSO verb:
	// «زار الوفد»، «أطلقت كوريا»), the latter only for words the article writes at most twice (names repeat).
	const verbContext = new Uint8Array(n);
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		const prev = i > 0 ? words[i - 1]! : undefined;
		// A quotation often opens with the speaker's own verb in the first person or the future («سنفتتح المستشفى»،
		// «وننتظر موافقة»); nouns open quotations too («قتلى وجرحى»), so only a word with the prefix of such a verb
		// counts.
		const initial = prev === undefined || prev.sentence !== w.sentence || (w.quoteStart && QUOTED_VERB.test(w.key));
		if ((prev !== undefined && !w.breakBefore && VERB_PARTICLES.has(prev.key)) || (initial && !w.title && count[w.coreId]! <= 2)) {
			verbContext[w.coreId] = 1;
		}
	}
	// Whether a core is a noun with a possessive pronoun whose bare noun the article writes (decided once per core).
	const suffixedCore = new Int8Array(n).fill(-1);
	const isSuffixed = (id: number): boolean => {
		if (suffixedCore[id]! < 0) {
			const core = cores[id]!;
			let yes = false;
			for (const p of PRONOUNS) {
				if (core.length - p.length >= 2 && core.endsWith(p)) {
					const stem = core.slice(0, -p.length);
					const bare = stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ة'] : [stem];
					if (
						bare.some((b) => {
							const bid = coreIds.get(b);
							return b.length >= 2 && bid !== undefined && (definite[bid] === 1 || b !== core);
						})
					) {
						yes = true;
						break;
					}
				}
			}
			suffixedCore[id] = yes ? 1 : 0;
		}
		return suffixedCore[id] === 1;
	};
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		const prev = i > 0 ? words[i - 1]! : undefined;
		// The word before is a noun: a content word or a title (وزير الدفاع، مسؤول أمريكي، الزعيم الكوري).
		const noun = prev !== undefined && !w.breakBefore && (prev.cls === undefined || prev.cls === 'title') && !prev.verb && !prev.connector;
		const modifier = noun && !w.clitic && (w.definite ? prev.definite || prev.cls === 'title' : !prev.definite && NISBA.test(w.core));
		const arabic = !w.definite && w.script === 'arabic';
		const neverNoun = arabic && nounish[w.coreId] === 0 && definite[w.coreId] === 0 && !Y_NAMES.has(w.core);
		w.modifier = modifier;
		w.suffixed = arabic && isSuffixed(w.coreId);
		w.verbLike = neverNoun && (w.type.imperfect || verbContext[w.coreId] === 1);
	}
}

function analyzeWord(
	t: Token,
	attested: (stem: string, bareOnly?: boolean) => boolean,
	forms: ReturnType<typeof verbForms>,
): Pick<TagWord, 'key' | 'core' | 'definite' | 'clitic' | 'display' | 'cls' | 'connector' | 'verb'> {
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
	// Where key character `keyIndex` starts in the word as written: the same place when every letter keys to one
	// letter (plain Arabic letters and ASCII), else read from the normalization's offset map.
	const plain = isPlain(t.text);
	let norm: Normalized | undefined;
	const startOf = (keyIndex: number): number => {
		if (plain) {
			return Math.min(keyIndex, t.text.length);
		}
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
	if (cls === undefined && !article && isSuffixedStopword(core)) {
		cls = 'stop';
	}
	return { key, core, definite: article, clitic, display, cls, connector, verb };
}

/** Attached pronouns, longest first. */
const PRONOUN_SUFFIXES: readonly string[] = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ك'];

/**
 * Whether a word is a function word with an attached pronoun that the stopword list does not spell out («لكنها»،
 * «كلها»): such a word ends no tag («طموحة لكنها»). The host has three letters or more, or is «كل»: two-letter
 * stopwords are too often the start of a name (أب in «أبها»، رب in «عبد ربه»).
 */
function isSuffixedStopword(core: string): boolean {
	for (const suf of PRONOUN_SUFFIXES) {
		const host = core.slice(0, core.length - suf.length);
		if (core.endsWith(suf) && (host.length >= 3 || host === 'كل') && stopwordClass(host) === 'stop') {
			return true;
		}
	}
	return false;
}

/** The bit of a proclitic's last letter (و ف ب ك ل; any other letter shares a sixth bit). */
function prefixBit(c: number): number {
	switch (c) {
		case 0x0648:
			return 1;
		case 0x0641:
			return 2;
		case 0x0628:
			return 4;
		case 0x0643:
			return 8;
		case 0x0644:
			return 16;
		default:
			return 32;
	}
}

/** Whether at least two bits are set. */
function twoOrMore(bits: number): boolean {
	return (bits & (bits - 1)) !== 0;
}

/**
 * Whether every code unit of a word is a plain Arabic letter (ء to ي, tatweel aside) or an ASCII letter or digit:
 * each one is then one character of the matching key.
 */
function isPlain(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (!((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) {
			return false;
		}
	}
	return true;
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
