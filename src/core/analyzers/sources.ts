/**
 * Sources: who every attribution rests on, and the newsroom checks on anonymous sourcing (editorial-rules.md §1
 * S2–S13, lexicons L2a–L2h).
 *
 * Every explicit speaker of a cue becomes a source mention, classified as a named person, a named institution or
 * outlet, an anonymous source (a head noun of L2a with its descriptors: «مسؤول أمريكي»، «مصادر مطلعة»), or a vague
 * group (L2e: «مراقبون»، «شهود عيان»). A definite repeat («المسؤول»، «المصادر»، «المصدر نفسه») links to the first
 * mention of the same source; a reason for anonymity (L2d) found in the same or the next sentence of any mention
 * belongs to the whole chain. Agentless attributions (L2h: «يُقال»، «أفادت تقارير»، «علمت الصحيفة») are sources
 * with no one behind them.
 */
import {
	ACCESS_QUALIFIERS, ADDRESSEE_VERBS, AGENTLESS_PHRASES, ANONYMOUS_HEAD_GROUPS, CORROBORATION_PHRASES, DEMONSTRATIVE_DETERMINERS, DOCUMENT_AUTHOR_WORDS, DOCUMENT_HEADS, DOCUMENT_ISSUING_VERBS, DEMONSTRATIVE_PRONOUNS, INSTITUTION_HEADS, OPINION_GROUPS, OUTLET_HEADS, PHRASE_CONTINUERS, POSSESSIVE_SOURCE_HEADS,
	POSSESSIVE_SUFFIXES, QUANTIFIERS, RANK_QUALIFIERS, REASON_PHRASES, SELF_EVIDENT_HEADS, SPEECH_NOUNS, TYPE_QUALIFIERS, VAGUE_GROUPS, VAGUE_TIME, WEAK_QUALIFIERS,
} from '../lexicon/sources';
import { type VerbForm, verbForms } from '../morphology/verbForms';
import { matchKey } from '../normalize/normalize';
import type { Cue, Doc, Entity, Source, SourceKind, Span, Token } from '../types';
import type { Analyzer, Context, RuleMeta } from './analyzer';
import { QAWL_NOUNS } from '../lexicon/attributionVerbs';
import { compilePhrase, PhraseIndex } from './phrases';
import { quotedTokens } from './quotes';
import { isClauseBreak, isComma, isComplementizer, tokenAt as tokenIndexAt, words } from './words';
import { partitionPoint } from '../search';

/** The rules of this analyzer (exported for the documentation generator and the tests). */
export const SOURCE_RULES: readonly RuleMeta[] = [
	{
		id: 'sources.anonymous-no-reason',
		defaultLevel: 'warning',
		title: 'Anonymous source without a reason',
		description: 'An anonymous source is cited, but the article does not say why the source was not named (and, where it can, what the source’s motive is). A bare «طلب عدم ذكر اسمه» says that anonymity was requested, not why: it is reported one level lower.',
		descriptionAr: 'يُستشهد بمصدر مجهول دون ذكر سبب إخفاء هويته (ودافعه إن أمكن). عبارة «طلب عدم ذكر اسمه» تقول إن المصدر طلب ذلك ولا تقول لماذا، فيُنبَّه عليها بدرجة أخف.',
		standard: 'S3 — AP, NYT, Al Jazeera: say why anonymity was granted',
		example: 'وقال مسؤول أمريكي إن الرئيس سيزور المنطقة الشهر المقبل.',
		good: 'وقال مسؤول أمريكي، طلب عدم الكشف عن هويته لأنه غير مخوّل بالحديث علناً، إن الرئيس سيزور المنطقة.',
	},
	{
		id: 'sources.anonymous-bare',
		defaultLevel: 'warning',
		title: 'Anonymous source with no description',
		description: 'The source is only «مصدر» or «مصادر» with words of access or number («مطلعة»، «موثوقة»، «متطابقة»), or a rank with no institution: describe the source as specifically as possible (its type, affiliation or rank and institution).',
		descriptionAr: 'المصدر «مصدر» أو «مصادر» مع كلمات الاطلاع أو العدد فقط («مطلعة»، «موثوقة»، «متطابقة»): صِف المصدر بأدق ما يمكن (نوعه أو جهته أو رتبته ومؤسسته).',
		standard: 'S2 — AP, BBC: describe the source as specifically as possible; “a source”, unmodified, is not allowed',
		example: 'وأكدت مصادر مطلعة أن الاتفاق سيوقع غداً.',
		good: 'وأكد مسؤول في وزارة الخارجية أن الاتفاق سيوقع غداً.',
	},
	{
		id: 'sources.agentless',
		defaultLevel: 'warning',
		title: 'Attribution with no source',
		description: 'The statement is attributed to no one: a passive or impersonal formula («يُقال»، «تردّدت أنباء»، «أفادت تقارير»، «علمت الصحيفة») hides who said it. Name the source, or describe it.',
		descriptionAr: 'الخبر منسوب إلى لا أحد: صيغة مبنية للمجهول أو عامة («يُقال»، «تردّدت أنباء»، «أفادت تقارير»، «علمت الصحيفة») تخفي القائل. سمِّ المصدر أو صِفه.',
		standard: 'L2h, S14 — Al Jazeera: attribute news to a known, reliable source',
		example: 'وتردّدت أنباء عن استقالة الوزير.',
		good: 'وقال مسؤولان في الوزارة إن الوزير قدّم استقالته.',
	},
	{
		id: 'sources.anonymous-attack',
		defaultLevel: 'warning',
		title: 'Accusation through an anonymous source',
		description: 'An anonymous source accuses, attacks or disparages someone. Newsrooms do not let anonymity cover a personal or partisan attack: such a source must speak on the record.',
		descriptionAr: 'مصدر مجهول يتّهم أو يهاجم أو يذمّ أحداً. لا تسمح غرف الأخبار بأن يغطي إخفاء الهوية هجوماً شخصياً أو حزبياً: على المصدر أن يتحدث باسمه.',
		standard: 'S5 — NYT, Reuters, Washington Post: no pejorative or personal attack behind anonymity',
		example: 'واتهم مصدر مقرب من الحكومة المعارضة بتلقي أموال من الخارج.',
	},
	{
		id: 'sources.anonymous-opinion',
		defaultLevel: 'info',
		title: 'Opinion from an anonymous source',
		description: 'An anonymous source gives an opinion or speculation («رأى»، «اعتبر»، «توقّع»، «رجّح»). Anonymous material should be information, not opinion.',
		descriptionAr: 'مصدر مجهول يبدي رأياً أو تكهّناً («رأى»، «اعتبر»، «توقّع»، «رجّح»). ما يُنقل عن مصدر مجهول ينبغي أن يكون معلومات لا آراء.',
		standard: 'S4 — AP: anonymous material must be information, not opinion or speculation',
		example: 'ورأى مصدر دبلوماسي أن المفاوضات ستفشل.',
	},
	{
		id: 'sources.anonymous-direct-quote',
		defaultLevel: 'info',
		title: 'Direct quote from an anonymous source',
		description: 'A direct quotation is attributed to an anonymous source. Anonymous direct quotes should be rare and approved by an editor.',
		descriptionAr: 'اقتباس مباشر منسوب إلى مصدر مجهول. ينبغي أن يكون الاقتباس المباشر من مصدر مجهول نادراً وبموافقة المحرر.',
		standard: 'S10 — NYT 2016: anonymous direct quotes should be rare and need approval',
		example: 'وقال مصدر أمني: «لن نسمح بتكرار ما حدث».',
	},
	{
		id: 'sources.anonymous-first',
		defaultLevel: 'info',
		title: 'Story opens on an anonymous source',
		description: 'The first attributed statement of the article comes from an anonymous source. Lead with an on-the-record source where one exists.',
		descriptionAr: 'أول تصريح منسوب في الخبر صادر عن مصدر مجهول. ابدأ بمصدر معلن متى وُجد.',
		standard: 'S11 — Washington Post: never use an anonymous source as the first quote of a story',
		example: 'قال مصدر مطلع إن الوزير سيستقيل. وقال المتحدث باسم الوزارة إنه لا تعليق لديه.',
	},
	{
		id: 'sources.anonymous-only',
		defaultLevel: 'info',
		title: 'Every source is anonymous',
		description: 'Every source the article cites is anonymous or vague. Seek more than one source, and at least one on the record, especially for a serious allegation.',
		descriptionAr: 'كل مصادر الخبر مجهولة أو مبهمة. ابحث عن أكثر من مصدر، وعن مصدر معلن واحد على الأقل، خاصة في الاتهامات الخطيرة.',
		standard: 'S7 — AP, Reuters, BBC: seek more than one source; be reluctant to rely on a single unnamed source',
		example: 'قال مصدر مطلع إن الوزير سيستقيل.',
	},
	{
		id: 'sources.vague-group',
		defaultLevel: 'info',
		title: 'Vague group as a source',
		description: 'The statement rests on an indefinite group («مراقبون»، «محللون»، «شهود عيان»، «وسائل إعلام محلية»). Name them, or say how many and who they are.',
		descriptionAr: 'التصريح منسوب إلى جماعة غير محددة («مراقبون»، «محللون»، «شهود عيان»، «وسائل إعلام محلية»). سمِّهم أو حدّد عددهم وصفتهم.',
		standard: 'S13 — Al Jazeera: avoid sources of indefinite meaning such as “observers”',
		example: 'ويرى مراقبون أن القرار سيؤثر على الأسواق.',
	},
	{
		id: 'sources.vague-time',
		defaultLevel: 'info',
		title: 'Vague time',
		description: 'A vague time word («مؤخراً»، «في الآونة الأخيرة»، «قريباً») where the sentence gives no date. Give the date when it is known.',
		descriptionAr: 'كلمة زمن مبهمة («مؤخراً»، «في الآونة الأخيرة»، «قريباً») في جملة لا تذكر تاريخاً. اذكر التاريخ متى كان معروفاً.',
		standard: 'S13 — Al Jazeera: avoid words like “recently” when the exact date can be given',
		example: 'وقال الوزير إن الحكومة أقرت القانون مؤخراً.',
	},
	{
		id: 'sources.plural-unverified',
		defaultLevel: 'hint',
		title: 'Plural anonymous sources',
		description: 'The source is plural («مصادر»، «مسؤولون»). Cite sources in the plural only when there really are several.',
		descriptionAr: 'المصدر بصيغة الجمع («مصادر»، «مسؤولون»). لا يُستخدم الجمع إلا إذا كانت المصادر متعددة فعلاً.',
		standard: 'S6 — Reuters: do not cite sources in the plural when there is only one',
		example: 'وقالت مصادر أمنية إن الهجوم أسفر عن قتيلين.',
	},
];

/** A source mention while it is being built. */
interface Mention {
	start: number;
	end: number;
	/** Tokens `[first, endTok)` of the mention. */
	first: number;
	endTok: number;
	kind: SourceKind;
	/** For anonymous and vague mentions: the head-noun group index, or -1. */
	group: number;
	/** Index of the first mention of the same source. */
	chain: number;
	definite: boolean;
	plural: boolean;
	described: boolean;
	reason: Span | null;
	reasonKind: 'why' | 'request' | null;
	cues: number[];
	key: string;
	/** A demonstrative («هؤلاء») that stands for the group of sources mentioned before it. */
	backRef: boolean;
}

interface Lex {
	readonly groupOf: ReadonlyMap<string, number>;
	/** Every anonymous or vague head as it may be written: bare, with ال, و، وال، فال (a quick filter per token). */
	readonly headKeys: ReadonlySet<string>;
	readonly plurals: ReadonlySet<string>;
	readonly vague: ReadonlySet<string>;
	readonly institutions: ReadonlySet<string>;
	readonly outlets: ReadonlySet<string>;
	readonly types: ReadonlySet<string>;
	readonly quantifiers: ReadonlySet<string>;
	readonly weak: ReadonlySet<string>;
	readonly speechNouns: ReadonlySet<string>;
	readonly access: ReadonlySet<string>;
	readonly ranks: ReadonlySet<string>;
	/** Head forms that mean a source of information by themselves (مصدر، مصادر and their possessives). */
	readonly selfEvident: ReadonlySet<string>;
	readonly demonstratives: ReadonlySet<string>;
	readonly documents: ReadonlySet<string>;
	readonly continuers: ReadonlySet<string>;
	readonly opinionGroups: ReadonlySet<string>;
	readonly documentAuthors: ReadonlySet<string>;
	readonly determiners: ReadonlySet<string>;
	readonly reasons: PhraseIndex<'why' | 'request'>;
	readonly agentless: PhraseIndex<null>;
	readonly corroboration: PhraseIndex<null>;
	readonly vagueTime: PhraseIndex<null>;
}

let lex: Lex | undefined;

function lexicon(): Lex {
	if (lex === undefined) {
		const groupOf = new Map<string, number>();
		const plurals = new Set<string>();
		const possessive = new Set(POSSESSIVE_SOURCE_HEADS.map(matchKey));
		ANONYMOUS_HEAD_GROUPS.forEach((g, i) => {
			g.forEach((w, k) => {
				const key = matchKey(w);
				groupOf.set(key, i);
				// Every form after the singular (and its feminine) is dual or plural; duals are numbered, not vague.
				const plural = k > 0 && !/ان$|ين$|ة$|ا$/.test(key);
				if (plural) {
					plurals.add(key);
				}
				// «مسؤولو الوزارة»، «مقربي الرئيس»: a sound plural in construct before its genitive.
				const construct = /ون$/.test(key) ? key.slice(0, -2) + 'و' : /ين$/.test(key) && k > 0 ? key.slice(0, -2) + 'ي' : undefined;
				if (construct !== undefined && !groupOf.has(construct)) {
					groupOf.set(construct, i);
					plurals.add(construct);
				}
				// «مصادره»، «مصادرنا»: the same head with a possessive pronoun.
				if (possessive.has(key)) {
					for (const p of POSSESSIVE_SUFFIXES) {
						groupOf.set(key + matchKey(p), i);
						if (plural) {
							plurals.add(key + matchKey(p));
						}
					}
				}
			});
		});
		const selfEvident = new Set<string>();
		for (const h of SELF_EVIDENT_HEADS.map(matchKey)) {
			selfEvident.add(h);
			if (possessive.has(h)) {
				for (const p of POSSESSIVE_SUFFIXES) {
					selfEvident.add(h + matchKey(p));
				}
			}
		}
		for (const w of ['مسؤولين', 'دبلوماسيين', 'عسكريين', 'قياديين', 'موظفين', 'مستشارين', 'مقربين', 'مواطنين', 'عاملين', 'مسعفين', 'مسئولين']) {
			plurals.add(matchKey(w));
		}
		// Vague groups, and their sound plurals in construct («محللو الأسواق»، «متابعي القضية»).
		const vague = new Set<string>();
		for (const w of VAGUE_GROUPS.map(matchKey)) {
			vague.add(w);
			if (/^[^ ]+(ون|ين)$/.test(w) && w.length > 5) {
				vague.add(w.slice(0, -2) + (w.endsWith('ون') ? 'و' : 'ي'));
			}
		}
		const headKeys = new Set<string>();
		for (const h of [...groupOf.keys(), ...vague]) {
			for (const p of ['', 'ال', 'و', 'وال', 'ف', 'فال']) {
				headKeys.add(p + h);
			}
		}
		lex = {
			groupOf,
			headKeys,
			plurals,
			vague,
			institutions: new Set(INSTITUTION_HEADS.map(matchKey)),
			outlets: new Set(OUTLET_HEADS.map(matchKey)),
			types: new Set(TYPE_QUALIFIERS.map(matchKey)),
			quantifiers: new Set(QUANTIFIERS.map(matchKey)),
			weak: new Set(WEAK_QUALIFIERS.map(matchKey)),
			speechNouns: new Set(SPEECH_NOUNS.map(matchKey)),
			access: new Set(ACCESS_QUALIFIERS.map(matchKey)),
			ranks: new Set(RANK_QUALIFIERS.map(matchKey)),
			selfEvident,
			demonstratives: new Set(DEMONSTRATIVE_PRONOUNS.map(matchKey)),
			documents: new Set(DOCUMENT_HEADS.map(matchKey)),
			continuers: new Set(PHRASE_CONTINUERS.map(matchKey)),
			opinionGroups: new Set(OPINION_GROUPS.map(matchKey)),
			documentAuthors: new Set(DOCUMENT_AUTHOR_WORDS.map(matchKey)),
			determiners: new Set(DEMONSTRATIVE_DETERMINERS.map(matchKey)),
			reasons: new PhraseIndex(REASON_PHRASES.map((r) => compilePhrase(r.words, r.kind))),
			agentless: new PhraseIndex(AGENTLESS_PHRASES.map((p) => compilePhrase(p, null))),
			corroboration: new PhraseIndex(CORROBORATION_PHRASES.map((p) => compilePhrase(p, null))),
			vagueTime: new PhraseIndex(VAGUE_TIME.map((p) => compilePhrase(p, null))),
		};
	}
	return lex;
}

/** Strips a leading conjunction, a glued preposition before a source noun and the article: «والمصادر» → «مصادر». */
function headOf(key: string): { head: string; definite: boolean } {
	let k = key;
	if ((k.startsWith('ل') || k.startsWith('ب')) && !k.startsWith('ال')) {
		k = withoutPreposition(k) ?? k;
	}
	if ((k.startsWith('و') || k.startsWith('ف')) && k.length > 3) {
		const rest = k.slice(1);
		if (rest.startsWith('ال') || lexicon().groupOf.has(rest)) {
			k = rest;
		}
	}
	if (k.startsWith('ال') && k.length > 3) {
		return { head: k.slice(2), definite: true };
	}
	return { head: k, definite: false };
}

/** The analyzer. */
export const sources: Analyzer = {
	name: 'sources',
	rules: SOURCE_RULES,
	run(ctx: Context): void {
		const { doc } = ctx;
		const agentless = findAgentless(ctx);
		const mentions = collectMentions(ctx, agentless);
		linkChains(mentions);
		attachReasons(doc, mentions);
		publish(ctx, mentions, agentless);
		report(ctx, mentions, agentless);
	},
};

function collectMentions(ctx: Context, agentless: readonly Agentless[]): Mention[] {
	const { doc } = ctx;
	const bySpan = new Map<string, Mention>();
	const out: Mention[] = [];
	const entityAt = entityLookup(ctx.entities);
	ctx.cues.forEach((cue: Cue, c) => {
		if (cue.speaker === null || !cue.explicitSpeaker) {
			return;
		}
		// «ويتهمون عناصر الميليشيات»: a plural verb does not stand before its subject (VSO agreement), so the noun
		// after it is its object, not who speaks.
		const form = verbForms().get(doc.tokens[tokenIndexAt(doc, cue.start)]?.key ?? '');
		if (form !== undefined && form.agreement === 'pl' && form.tense !== 'participle' && cue.speaker.start >= cue.end) {
			return;
		}
		const span = sourceSpan(doc, cue, cue.speaker);
		const k = `${span.start}:${span.end}`;
		let m = bySpan.get(k);
		if (m === undefined) {
			m = classify(ctx, span, entityAt);
			bySpan.set(k, m);
			out.push(m);
		}
		m.cues.push(c);
	});
	// Anonymous sources named as the origin of the information without a verb of their own: «علمت الصحيفة من
	// مصادر مطلعة»، «نقلاً عن مصدر»، «توقعت مصادر مطلعة صدور …»، «رغم تأكيد الكثير من الأطراف».
	const lx = lexicon();
	const toks = doc.tokens;
	// Tokens already inside a source or an agentless report (a flag per token: one array read in the loop).
	const covered = new Uint8Array(toks.length);
	// «وتداولت مواقع التواصل أن …»: an agentless report (L2h), not a source.
	for (const a of agentless) {
		for (let k = a.first; k < a.end; k++) {
			covered[k] = 1;
		}
	}
	for (const m of out) {
		for (let k = m.first; k < m.endTok; k++) {
			covered[k] = 1;
		}
	}
	const cueEnds = new Set(ctx.cues.map((c) => tokenIndexAt(doc, c.end - 1)));
	// Plural حال participles («معبرين»، «مؤكدين»): the group just before them is who speaks.
	const pluralParticiples = new Set<number>();
	for (const c of ctx.cues) {
		if (c.form === 'participle') {
			const k = tokenIndexAt(doc, c.start);
			if (/ين$/.test(toks[k]?.key ?? '')) {
				pluralParticiples.add(k);
			}
		}
	}
	// A cue whose speaker was found elsewhere («وقال عضو في الحزب، فلان،»): the noun after it only describes him.
	const spokenFor = new Set<number>();
	for (const c of ctx.cues) {
		if (c.speaker !== null && c.explicitSpeaker) {
			spokenFor.add(tokenIndexAt(doc, c.end - 1));
		}
	}
	const found: Mention[] = [];
	// Where each head group is first cited as an anonymous source, for repeats such as «لم يستبعد المصدر».
	const firstAnonymous = new Map<number, number>();
	const noteAnonymous = (m: Mention): void => {
		if (m.kind === 'anonymous' && m.group >= 0 && m.start < (firstAnonymous.get(m.group) ?? Infinity)) {
			firstAnonymous.set(m.group, m.start);
		}
	};
	out.forEach(noteAnonymous);
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		if (t.kind !== 'word' || !lx.headKeys.has(t.key) || covered[i] === 1) {
			continue;
		}
		const { head } = headOf(t.key);
		if (!lx.groupOf.has(head) && !lx.vague.has(head)) {
			continue;
		}
		// «وجهة نظر» is a point of view, not «و» + «جهة».
		if (/^و?وجه(ة|ات)$/.test(t.key) && toks[i + 1]?.key.startsWith('نظر')) {
			continue;
		}
		const s = phraseStart(doc, i);
		if (s < i && covered[s] === 1) {
			continue;
		}
		// «كما يؤكد ذلك خبراء»: a demonstrative object between the verb and an indefinite source.
		const before = toks[s - 1];
		const pos = s === i && before !== undefined && before.kind === 'word' && lx.determiners.has(before.key) && !headOf(t.key).definite ? s - 1 : s;
		if (!isSourcePosition(doc, pos, i, cueEnds, spokenFor, firstAnonymous) && !beforeParticiple(doc, i, pluralParticiples)) {
			continue;
		}
		const endTok = nounPhraseEnd(doc, i);
		const m = classify(ctx, { start: toks[s]!.start, end: toks[endTok - 1]!.end }, entityAt);
		if (m.kind === 'anonymous' || m.kind === 'vague') {
			found.push(m);
			noteAnonymous(m);
			for (let k = s; k < endTok; k++) {
				covered[k] = 1;
			}
		}
	}
	out.push(...found);
	// A coordinated second source: «بحسب مصادر أمنية وشهود عيان».
	for (const m of [...out]) {
		const next = toks[m.endTok];
		if (next === undefined || next.kind !== 'word' || !next.key.startsWith('و') || covered[m.endTok] === 1) {
			continue;
		}
		const { head } = headOf(next.key.slice(1));
		if (lx.groupOf.has(head) || lx.vague.has(head)) {
			const endTok = nounPhraseEnd(doc, m.endTok);
			const c = classify(ctx, { start: next.start + 1, end: toks[endTok - 1]!.end }, entityAt);
			c.cues.push(...m.cues);
			out.push(c);
		}
	}
	out.sort((a, b) => a.start - b.start);
	return out;
}

/** Whether a key is a quantifier before a source noun, also in the accusative («عدداً من الموقوفين»). */
function isQuantifier(key: string): boolean {
	const q = lexicon().quantifiers;
	const { head } = headOf(key);
	return q.has(head) || (head.endsWith('ا') && q.has(head.slice(0, -1)));
}

/**
 * The span of the source a cue's speaker stands for. «وفقاً لمصادر مطلعة»: the head is glued to the frame's
 * preposition and the speaker found after it is only its descriptor. «صرح عدد من الجمهوريين»: a quantifier alone is
 * not the source, the noun after it is.
 */
function sourceSpan(doc: Doc, cue: Cue, speaker: Span): Span {
	const toks = doc.tokens;
	let first = tokenIndexAt(doc, speaker.start);
	let end = Math.max(first + 1, tokenIndexAt(doc, speaker.end - 1) + 1);
	if (first >= toks.length) {
		return speaker;
	}
	const after = tokenIndexAt(doc, cue.end);
	const glued = toks[after];
	if (after < first && first - after <= 2 && glued !== undefined && glued.kind === 'word' && glued.sentence === toks[first]!.sentence && withoutPreposition(glued.key) !== undefined) {
		first = after;
	}
	// «نادى البعض بسن قانون»: the speaker ends with the source's noun phrase, unless an affiliation follows it.
	const head = toks[first]!;
	const lx = lexicon();
	if (head.kind === 'word' && (!isQuantifier(head.key) || lx.vague.has(head.key)) && (lx.groupOf.has(headOf(head.key).head) || lx.vague.has(headOf(head.key).head) || lx.vague.has(head.key))) {
		const np = nounPhraseEnd(doc, first);
		const cut = toks[np];
		const body = cut?.key.replace(/^لل/, 'ال').replace(/^[بل]/, '').replace(/^ال/, '') ?? '';
		if (np < end && cut !== undefined && cut.kind === 'word' && !words().prepositions.has(cut.key) && !lx.institutions.has(body) && !lx.institutions.has('ال' + body)) {
			end = np;
		}
	}
	const last = toks[end - 1]!;
	if (last.kind === 'word' && isQuantifier(last.key) && (toks[end]?.key === 'من' || !headOf(last.key).definite)) {
		let k = end;
		if (toks[k]?.key === 'من') {
			k++;
		}
		const n = toks[k];
		if (n !== undefined && n.kind === 'word' && n.sentence === last.sentence && !words().prepositions.has(n.key)) {
			end = nounPhraseEnd(doc, k);
		}
	}
	return { start: toks[first]!.start, end: toks[end - 1]!.end };
}

/** A source head behind a glued preposition: «لمصادر» → «مصادر»، «للمصدر» → «المصدر»; undefined for anything else. */
function withoutPreposition(key: string): string | undefined {
	const lx = lexicon();
	const rest = key.startsWith('لل') ? 'ال' + key.slice(2) : key.startsWith('ل') || key.startsWith('ب') ? key.slice(1) : undefined;
	if (rest === undefined || rest.length < 3) {
		return undefined;
	}
	const { head } = headOf(rest);
	return lx.groupOf.has(head) || lx.vague.has(head) ? rest : undefined;
}

/**
 * Where the noun phrase of the head at `i` starts: at a quantifier («الكثير من الأطراف»، «عدة مصادر») or a
 * demonstrative («هذه المصادر») before it.
 */
function phraseStart(doc: Doc, i: number): number {
	const toks = doc.tokens;
	const lx = lexicon();
	const sentence = toks[i]!.sentence;
	const same = (k: number): boolean => k >= 0 && toks[k]!.kind === 'word' && toks[k]!.sentence === sentence;
	let s = i;
	if (same(s - 2) && toks[s - 1]!.key === 'من' && isQuantifier(toks[s - 2]!.key)) {
		s -= 2;
	} else if (same(s - 1) && isQuantifier(toks[s - 1]!.key)) {
		s -= 1;
	}
	if (same(s - 1) && lx.determiners.has(toks[s - 1]!.key.replace(/^و/, '')) && headOf(toks[i]!.key).definite) {
		s -= 1;
	}
	return s;
}

/**
 * Whether the head at `i` (its phrase starting at `s`) is cited as a source even though no cue found it: the origin
 * of the information after a cue («علمت الصحيفة من مصادر …»، «نقلاً عن مصدر»), the genitive of a noun of speech
 * («تصريحات المسؤول»، «رغم تأكيد الكثير من الأطراف»), the subject of a verb of saying that was not counted as a cue
 * («توقعت مصادر مطلعة صدور …»، «الذي يراه منتقدون»), a source noun with a qualifier («مصدر مطلع»، wherever it
 * stands), a definite repeat of a source cited before («لم يستبعد المصدر»), or a mention that a reason for
 * anonymity qualifies right away («المسؤول الذي طلب …»).
 */
function isSourcePosition(doc: Doc, s: number, i: number, cueEnds: ReadonlySet<number>, spokenFor: ReadonlySet<number>, firstAnonymous: ReadonlyMap<number, number>): boolean {
	const toks = doc.tokens;
	const lx = lexicon();
	const t = toks[i]!;
	const { head, definite } = headOf(t.key);
	if (lx.selfEvident.has(head)) {
		if (isQualifiedSource(doc, i)) {
			return true;
		}
		// «لم يستبعد المصدر أن …»: the source cited earlier in the article, again the subject of a verb of saying
		// (whatever its agreement or context), or with the reported clause right after it.
		const prev = toks[s - 1];
		if (definite && s === i && prev !== undefined && prev.sentence === t.sentence && !isPrepositionLike(prev.key)) {
			const first = firstAnonymous.get(lx.groupOf.get(head) ?? -1);
			if (first !== undefined && first < t.start && (verbOf(prev.key) !== undefined || isComplementizer(toks[nounPhraseEnd(doc, i)]))) {
				return true;
			}
		}
	}
	const prev = toks[s - 1];
	if (prev === undefined || prev.sentence !== t.sentence) {
		return false;
	}
	// «ونُسب إلى مسؤولين أمريكيين قولهم»: the source of an attributed statement.
	if (prev.key === 'الي' && s >= 2 && /^[وف]?(نسب|ينسب|تنسب|نسبت)$/.test(toks[s - 2]!.key)) {
		return true;
	}
	if (prev.key === 'من' || prev.key === 'عن' || prev.key === 'لدى') {
		// «من جهة أخرى»، «من جهته»: fixed expressions, not sources.
		if (t.key === 'جهة' || t.key.startsWith('جهت')) {
			return false;
		}
		// «تحدث لعدد من وسائل الإعلام»: whom the speaker addressed, not the origin of the information.
		const before = toks[s - 2];
		if (before !== undefined && before.kind === 'word' && /^[وف]?ل/.test(before.key) && !before.key.startsWith('ال')) {
			return false;
		}
		for (let k = s - 2; k >= 0 && k >= s - 7; k--) {
			// «وذكرت المصادر أن الآلاف من عناصر …»: inside the reported clause, not its origin; «قال فلان وهو من
			// الشخصيات العامة»: a description of the speaker.
			if (toks[k]!.sentence !== t.sentence || isComplementizer(toks[k]) || isComma(toks[k]) || /^(وهو|وهي|وهم|الذي|التي|الذين)$/.test(toks[k]!.key)) {
				return false;
			}
			if (cueEnds.has(k)) {
				// «طالبت اللجنة من المواطنين …»: who is asked, not where the information comes from.
				return !(prev.key === 'من' && isAddresseeVerb(toks[k]!.key));
			}
		}
		return false;
	}
	if (lx.speechNouns.has(prev.key) || lx.speechNouns.has(prev.key.replace(/^و/, ''))) {
		return true;
	}
	// The subject right after a verb of saying, whether or not its context made it a cue: a singular verb (in VSO
	// order the verb before its subject does not take the plural: «ويتهمون عناصر …» has an object), not a word that is
	// also a preposition or a particle («بين»، «عبر»), and not a verb that reports only with a given word after it
	// («نقل» needs «عن»).
	// A sound plural in «ـين» after a verb is in the accusative: its object («اتهم مسؤولين»), not its subject.
	const accusative = s === i && /ين$/.test(headOf(t.key).head);
	const form = spokenFor.has(s - 1) || accusative ? undefined : verbOf(prev.key);
	// «إلى نادي الضباط»: after a preposition the word is a noun («نادي»), not the verb «نادى».
	const beforeVerb = toks[s - 2];
	const nounPosition = beforeVerb !== undefined && beforeVerb.sentence === t.sentence && beforeVerb.kind === 'word' && NOMINAL_PREPOSITIONS.test(beforeVerb.key);
	// «ما يعتبر عامل جذب»: the present of «اعتبر» is mostly the passive «يُعتبر» (L2h), whose noun is a predicate.
	const passiveReading = form !== undefined && form.tense === 'present' && form.entry.lemma === 'اعتبر';
	if (form !== undefined && !nounPosition && !passiveReading && (form.tense === 'past' || form.tense === 'present') && (form.agreement === 'm' || form.agreement === 'f') && isSubjectVerb(form) && !isPrepositionLike(prev.key)) {
		return true;
	}
	// «ويعترض كثيرون منهم …»: a group that holds views, right after a clause-initial present-tense verb.
	if (s === i && (lx.opinionGroups.has(t.key) || lx.opinionGroups.has(head)) && prev.kind === 'word' && /^[وف]?[يت]..+/.test(prev.key) && !/(ه|ها|هم)$/.test(prev.key) && opensClause(doc, s - 1) && !isPrepositionLike(prev.key)) {
		return true;
	}
	// «وتجمع كافة الأطراف على أن …»: a clause-initial verb, the source, and the reported clause right after it (not
	// «أمر السكان بأن …», an order to them, nor «ما لا يعرفه الكثيرون أن …»).
	if (!accusative && prev.kind === 'word' && opensClause(doc, s - 1) && !isComplementizer(prev) && !isPrepositionLike(prev.key) && !words().time.has(prev.key) && !isQuantifier(prev.key) && !/(ه|ها|هم)$/.test(prev.key)) {
		let k = nounPhraseEnd(doc, i);
		if (toks[k]?.kind === 'word' && /^(علي|الي)$/.test(toks[k]!.key)) {
			k++;
		}
		const c = toks[k];
		if (c !== undefined && isComplementizer(c) && !/^و?ب/.test(c.key) && c.sentence === t.sentence) {
			return true;
		}
	}
	// «المسؤول الأمريكي الذي طلب عدم الكشف عن هويته»: a reason right after the mention.
	const end = nounPhraseEnd(doc, i);
	const rel = toks[end];
	const verb = toks[end + 1];
	return rel !== undefined && /^(الذي|التي|الذين)$/.test(rel.key) && verb !== undefined && /^(طلب|رفض|فضل|اشترط|تحدث)/.test(verb.key);
}

let addresseeLemmas: ReadonlySet<string> | undefined;

/** Whether a word is a form of a verb of asking ({@link ADDRESSEE_VERBS}), whose «من» names who is asked. */
function isAddresseeVerb(key: string): boolean {
	addresseeLemmas ??= new Set(ADDRESSEE_VERBS.map(matchKey));
	const form = verbForms().get(key);
	return form !== undefined && addresseeLemmas.has(matchKey(form.entry.lemma));
}

/** Prepositions proper, after which a word is a noun («إلى نادي …»); not «حيث»، «فيما»، «بينما», which open a clause. */
const NOMINAL_PREPOSITIONS = /^و?(في|علي|الي|من|عن|مع|بين|خلال|حول|عند|لدي|امام|ضد|نحو|عبر|تجاه|داخل|خارج|فوق|تحت|دون|بدون|وسط|بسبب|بعد|قبل|منذ|اثر|عقب|جراء)$/;

/** «شارك فيه الكثيرون، معبرين عن استيائهم»: a plural group right before a plural حال participle of saying. */
function beforeParticiple(doc: Doc, i: number, participles: ReadonlySet<number>): boolean {
	const toks = doc.tokens;
	const { head } = headOf(toks[i]!.key);
	if (!lexicon().plurals.has(head) && !lexicon().vague.has(head) && !lexicon().vague.has(toks[i]!.key)) {
		return false;
	}
	let k = nounPhraseEnd(doc, i);
	if (isComma(toks[k]) && toks[k]!.sentence === toks[i]!.sentence) {
		k++;
	}
	return participles.has(k);
}

/** A preposition or a particle, also after «و»/«ف» («وبين» is «and between» before it is «and he explained»). */
function isPrepositionLike(key: string): boolean {
	const w = words();
	const bare = key.replace(/^[وف]/, '');
	return w.prepositions.has(key) || w.particles.has(key) || w.prepositions.has(bare) || w.particles.has(bare) || lexicon().determiners.has(bare);
}

/** The verb of saying a word is, also with an object pronoun («الذي يراه منتقدون»). */
function verbOf(key: string): VerbForm | undefined {
	const forms = verbForms();
	const direct = forms.get(key);
	if (direct !== undefined) {
		return direct;
	}
	const m = /^(.{2,})(ه|ها|هم|هما)$/.exec(key);
	if (m === null) {
		return undefined;
	}
	const stem = m[1]!;
	// «بينهم مسؤولون»، «عبرها»: a preposition with its pronoun, not a verb.
	if (words().prepositions.has(stem.replace(/^[وف]/, ''))) {
		return undefined;
	}
	// «يراه» is «يرى» with the final alif written upright before the pronoun.
	return forms.get(stem) ?? (stem.endsWith('ا') ? forms.get(stem.slice(0, -1) + 'ي') : undefined);
}

/** Whether a verb of saying takes its subject right after it in any context: not one that needs a given word after it. */
function isSubjectVerb(form: VerbForm): boolean {
	const when = form.when;
	return when === undefined || when.some((c) => c === 'subject' || c === 'complement' || c.startsWith('clause-start'));
}

/** Whether a self-evident source head is followed by a type or access qualifier: «مصادر مطلعة»، «المصدر الأمني». */
function isQualifiedSource(doc: Doc, i: number): boolean {
	const lx = lexicon();
	const toks = doc.tokens;
	const next = toks[i + 1];
	if (next === undefined || next.sentence !== toks[i]!.sentence) {
		return false;
	}
	// «مصادر «الشرق الأوسط»»، «مصادر الصحيفة»: the outlet's own sources.
	if ((next.kind === 'quote' && next.spaceBefore) || (next.kind === 'word' && lx.outlets.has(next.key) && next.key.startsWith('ال'))) {
		return true;
	}
	if (next.kind !== 'word') {
		return false;
	}
	const stem = next.key.replace(/^ال/, '');
	if (lx.access.has(stem) || (lx.types.has(stem) && !lx.ranks.has(stem))) {
		return true;
	}
	// «مصدر في وزارة الداخلية»، «مصادر داخل الحركة»، «مصدر بالوزارة»: an affiliation to a body.
	const body = /^(في|داخل|لدي)$/.test(next.key) ? toks[i + 2] : next.key.startsWith('ب') ? { key: next.key.slice(1) } : undefined;
	return body !== undefined && lx.institutions.has(body.key.replace(/^ال/, '')) || (body !== undefined && lx.institutions.has(body.key));
}

const QAWL = new Set(QAWL_NOUNS.map(matchKey));

/**
 * The end (exclusive token index) of a noun phrase starting at `i`: the head, its adjectives (qualifiers, nisba
 * adjectives, a definite word agreeing with a definite word) and a genitive after an indefinite construct
 * («مصادر الصحيفة»، «أحد أقارب المعتقلين»). It stops at the verb or noun that follows the source («توقعت مصادر
 * مطلعة صدور توضيح»).
 */
function nounPhraseEnd(doc: Doc, i: number): number {
	const toks = doc.tokens;
	const w = words();
	const lx = lexicon();
	const isDefinite = (key: string): boolean => /^[وف]?ال/.test(key);
	let k = i + 1;
	let afterGenitive = false;
	while (k < toks.length && k < i + 6) {
		const t = toks[k]!;
		if (t.kind !== 'word' || t.sentence !== toks[i]!.sentence || w.prepositions.has(t.key) || w.particles.has(t.key) || w.time.has(t.key) || isComplementizer(t)) {
			break;
		}
		const nisba = /(ي|ية|يون|يين|يات|يه)$/.test(t.key) && t.key.length >= 4;
		if (t.key.startsWith('و') && !nisba) {
			break;
		}
		// «عن المصادر القول»: the noun of saying after the source is not part of it.
		if (QAWL.has(t.key)) {
			break;
		}
		const prev = toks[k - 1]!;
		const stem = t.key.replace(/^و/, '').replace(/^ال/, '');
		const qualifier = lx.types.has(stem) || lx.weak.has(stem) || lx.access.has(stem) || lx.ranks.has(stem) || lx.continuers.has(t.key) || lx.continuers.has(stem) || nisba;
		// «الإعلاميين الحاضرين»: a definite adjective agrees with a definite noun (not with the genitive after a
		// construct: «علماء الإدراك الاكتئاب» has an object after it).
		const agreeing = isDefinite(t.key) && isDefinite(prev.key) && !afterGenitive;
		// «عناصر التنظيم»، «مسؤولو الوزارة»، «أحد أقارب …»: the genitive of an indefinite construct.
		const genitive = !isDefinite(prev.key) && (isDefinite(t.key) || (k === i + 1 && /^(احد|احدي)$/.test(headOf(toks[i]!.key).head)));
		if (!qualifier && !agreeing && !genitive) {
			break;
		}
		afterGenitive = genitive && !qualifier;
		k++;
	}
	return k;
}

function entityLookup(entities: readonly Entity[]): (span: Span) => Entity | undefined {
	return (span) => {
		const e = entities[partitionPoint(entities.length, (i) => entities[i]!.end <= span.start)];
		return e !== undefined && e.start < span.end ? e : undefined;
	};
}

/** Classifies a speaker span as a person, an institution, an outlet, an anonymous source or a vague group. */
function classify(ctx: Context, span: Span, entityAt: (s: Span) => Entity | undefined): Mention {
	const { doc } = ctx;
	const lx = lexicon();
	const first = tokenIndexAt(doc, span.start);
	let endTok = first;
	while (endTok < doc.tokens.length && doc.tokens[endTok]!.start < span.end) {
		endTok++;
	}
	const toks = doc.tokens;
	let h0 = first;
	// «هذه المصادر»: the demonstrative makes a repeat of the head after it.
	if (h0 + 1 < endTok && lx.determiners.has(toks[h0]!.key.replace(/^و/, ''))) {
		h0++;
	}
	// «ثلاثة مصادر»، «عدد من المسؤولين»، «بعض الدبلوماسيين»: the head is the noun after the quantifier. A definite
	// quantifier with no «من» after it is the head itself («نادى البعض بسن قانون»).
	while (h0 + 1 < endTok && isQuantifier(toks[h0]!.key) && toks[h0 + 1]?.kind === 'word' && (toks[h0 + 1]!.key === 'من' || !headOf(toks[h0]!.key).definite)) {
		h0 += toks[h0 + 1]!.key === 'من' ? 2 : 1;
	}
	h0 = Math.min(h0, endTok - 1);
	const t0 = toks[h0]!;
	const { head, definite: withArticle } = headOf(t0.key);
	// «مصادر «الشرق الأوسط»»: a construct before a quoted name is definite (the outlet's sources, cited before).
	const definite = withArticle || (toks[h0 + 1]?.kind === 'quote' && toks[h0 + 1]!.spaceBefore);
	const m: Mention = {
		start: span.start,
		end: span.end,
		first,
		endTok,
		kind: 'person',
		group: -1,
		chain: -1,
		definite,
		plural: false,
		described: false,
		reason: null,
		reasonKind: null,
		cues: [],
		key: '',
		backRef: false,
	};
	const keys: string[] = [];
	for (let k = first; k < endTok; k++) {
		keys.push(toks[k]!.key);
	}
	m.key = keys.join(' ');
	const entity = entityAt(span);
	const group = lx.groupOf.get(head);
	// A spokesperson speaks for a named body on the record (المتحدث باسم الوزارة، الناطق الرسمي للحوثيين).
	const isSpokesperson = /^(متحدث|متحدثة|ناطق|ناطقة)$/.test(head);
	// An indefinite plural nisba noun as a speaker («جمهوريون»، «عدد من الجمهوريين») is a vague group.
	// A plural of people named by what they are («الموقوفين»، «المستوطنون»، «جمهوريون») is a group, not a name.
	// A construct plural before its genitive counts too («متناقلو المقطع»).
	const plausibleGroup = /(يون|يين)$/.test(head) ? head.length > 5 : (/^(م|مست|مت)..+(ون|ين)$/.test(head) || (/^(م|مست|مت)...+و$/.test(head) && (h0 + 1 < endTok || head.length > 6))) && head.length > 5;
	// «تلفزيون» ends like «جمهوريون» but is an outlet.
	const nisbaGroup = entity === undefined && group === undefined && !lx.institutions.has(head) && !lx.outlets.has(head) && !lx.outlets.has(t0.key) && !words().titles.has(head) && plausibleGroup;
	// «وقال هؤلاء إن …»: the group of sources mentioned before (linkChains decides what it is).
	if (lx.demonstratives.has(head) && endTok - first === 1) {
		m.kind = 'person';
		m.backRef = true;
		m.plural = true;
		return m;
	}
	if (lx.vague.has(head) || lx.vague.has(t0.key) || nisbaGroup) {
		m.kind = 'vague';
		m.plural = true;
		if (head === 'شهود' || head === 'سكان') {
			// «شهود عيان» is vague unless a number or a place makes it specific («ثلاثة شهود»، «سكان في الحي»).
			m.described = toks[first - 1]?.kind === 'number' || (toks[endTok]?.key === 'في' && toks[endTok + 1]?.kind === 'word');
			m.kind = m.described ? 'anonymous' : 'vague';
		}
		return m;
	}
	// «الأحد» is Sunday; «أحد المواقع»، «إحدى الدراسات» are things: «أحد» is a source only before people.
	if (group !== undefined && /^(احد|احدي)$/.test(head) && (definite || !isPeopleNoun(toks[h0 + 1]))) {
		m.kind = 'person';
		return m;
	}
	// A person entity on a qualifier («مصدر أمني رفيع» with رفيع misread as a name) does not name the source.
	const namedEntity = entity !== undefined && entity.type === 'PER' && !isQualifierSpan(doc, entity);
	if (group !== undefined && !isSpokesperson && !namedEntity && !namedRightAfter(doc, endTok, entityAt)) {
		m.kind = 'anonymous';
		m.group = group;
		m.plural = lx.plurals.has(head) || h0 > first;
		m.described = isDescribed(doc, h0, endTok);
		return m;
	}
	if (lx.outlets.has(t0.key) || lx.outlets.has(head)) {
		// «صحيفة أمريكية» with nothing but an adjective is vague; «صحيفة نيويورك تايمز» and «موقع "العربية نت"»
		// are named outlets.
		const rest = keys.slice(h0 - first + 1);
		const quotedName = toks[endTok]?.kind === 'quote';
		const adjectivesOnly = rest.length > 0 && rest.every((k) => /(ي|ية)$/.test(k)) && entity === undefined;
		// One outlet with the article and a nationality («التلفزيون الكاميروني»، «الوكالة الرسمية») is the country's
		// outlet; «الصحف التركية» are still several unnamed ones.
		const several = /^(ال)?صحف$/.test(head);
		m.kind = quotedName ? 'outlet' : rest.length === 0 && !definite ? 'vague' : adjectivesOnly && (!definite || several) ? 'vague' : 'outlet';
		return m;
	}
	if (entity !== undefined) {
		// «صحيفة نيويورك تايمز»: the outlet head before the name belongs to the source.
		const before = toks[first - 1];
		if (before !== undefined && before.kind === 'word' && (lx.outlets.has(before.key) || lx.outlets.has(headOf(before.key).head)) && entity.type !== 'PER') {
			m.kind = 'outlet';
			m.start = before.key.startsWith('و') ? before.start + 1 : before.start;
			m.first = first - 1;
			return m;
		}
		m.kind = entity.type === 'PER' ? 'person' : 'institution';
		return m;
	}
	if (lx.institutions.has(t0.key) || lx.institutions.has(head) || isSpokesperson) {
		m.kind = 'institution';
		return m;
	}
	if (!definite && lx.documents.has(head)) {
		// «قال بيان على الإنترنت»: a document nobody is named behind; «بيان للجيش» is the body's.
		m.kind = documentAuthored(doc, h0, entityAt) ? 'institution' : 'anonymous';
		return m;
	}
	m.kind = 'person';
	return m;
}

let issuing: RegExp | undefined;

/** Whether a word is a verb of issuing with an object pronoun («أصدرته»، «نشرها»، «وزعوه»; {@link DOCUMENT_ISSUING_VERBS}). */
function isIssuedBy(key: string): boolean {
	issuing ??= new RegExp(`^(?:${DOCUMENT_ISSUING_VERBS.map(matchKey).join('|')})(?:ت|وا|و)?(?:ه|ها|هم|هما)$`, 'u');
	return issuing.test(key);
}

/** Whether a document is tied to its author in its clause: a name, a body, «صادر عن»، «مشترك»، «للجيش». */
function documentAuthored(doc: Doc, h0: number, entityAt: (s: Span) => Entity | undefined): boolean {
	const lx = lexicon();
	const toks = doc.tokens;
	for (let k = h0 + 1; k < toks.length && k < h0 + 6; k++) {
		const t = toks[k]!;
		if (t.sentence !== toks[h0]!.sentence || t.kind === 'quote' || (t.kind === 'punct' && !isComma(t)) || isComplementizer(t)) {
			return false;
		}
		if (t.kind !== 'word') {
			continue;
		}
		const bare = t.key.replace(/^لل/, 'ال').replace(/^[لب]/, '').replace(/^ال/, '');
		if (entityAt(t) !== undefined || lx.documentAuthors.has(t.key) || lx.institutions.has(bare) || lx.institutions.has('ال' + bare) || lx.outlets.has(bare)) {
			return true;
		}
		// «بيان أصدرته»: issued by someone named before it (the pronoun points back to them); «بيان للقوات الجوية»:
		// the body in the genitive with لـ is its author, whatever its name.
		if (k === h0 + 1 && (isIssuedBy(t.key) || (/^ل/.test(t.key) && t.key.length >= 5))) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a noun names people: a source head or a vague group («المسؤولين»، «السكان»), or a sound masculine plural
 * («الدلالين»، «المقاتلين»).
 */
function isPeopleNoun(t: Token | undefined): boolean {
	if (t === undefined || t.kind !== 'word') {
		return false;
	}
	const lx = lexicon();
	const { head } = headOf(t.key);
	// Vague groups that are media or places, not people («أحد المواقع»).
	if (/^(مواقع|وسائل|منصات|حسابات|اوساط|دوائر)$/.test(head)) {
		return false;
	}
	return lx.groupOf.has(head) || lx.vague.has(head) || lx.vague.has(t.key) || (/(ون|ين|يي|يو)$/.test(head) && head.length > 4);
}

/** Whether an entity covers only qualifier words (type, rank, access words): a misread, not a name. */
function isQualifierSpan(doc: Doc, e: Entity): boolean {
	const lx = lexicon();
	for (let i = tokenIndexAt(doc, e.start); i < doc.tokens.length; i++) {
		const t = doc.tokens[i]!;
		if (t.start >= e.end) {
			break;
		}
		const k = t.key.replace(/^ال/, '');
		// The source noun itself («موظفو» read as a name).
		if (lx.groupOf.has(headOf(t.key).head)) {
			continue;
		}
		// Qualifier words, and nationality or other nisba adjectives («باكستاني»).
		if (!lx.types.has(k) && !lx.weak.has(k) && !/^(رفيع|رفيعة|المستوي|كبير|كبار|بارز|بارزة|سابق|سابقة)$/.test(k) && !/(ي|ية|يون|يين)$/.test(k)) {
			return false;
		}
	}
	return true;
}

/**
 * Whether a person's name follows the source noun in its clause («عضو في رئاسة الاتحاد، أبو بكر علي،»): the source
 * is then named.
 */
function namedRightAfter(doc: Doc, endTok: number, entityAt: (s: Span) => Entity | undefined): boolean {
	const toks = doc.tokens;
	const sentence = toks[endTok - 1]?.sentence;
	for (let k = endTok; k < toks.length && k < endTok + 8; k++) {
		const t = toks[k]!;
		if (t.sentence !== sentence || (t.kind === 'punct' && !isComma(t))) {
			return false;
		}
		// «أحد المقاتلين، يدعى محمد عبد القوي،»: named right after.
		if (t.kind === 'word' && (/^و?يدعي$/.test(t.key) || t.key === 'واسمه')) {
			return true;
		}
		// The reported clause or a quote starts: a name after it is not the source's.
		if (t.kind === 'quote' || (t.kind === 'word' && /^(ان|انه|انها|بان|الذي|التي|الذين)$/.test(t.key))) {
			return false;
		}
		// «أفادت مصادر أمنية لفرانس برس»: a name glued to ل is the addressee, and what follows is not the source's.
		if (t.kind === 'word' && /^[وف]?ل/.test(t.key) && !t.key.startsWith('ال') && entityAt(t) !== undefined) {
			return false;
		}
		// The name must stand right after the phrase or after a comma (apposition); a name after a preposition is
		// someone else («مصادر مقربة من اللاعب حمد الحمد»).
		const e = entityAt(t);
		if (e !== undefined && e.type === 'PER' && (k === endTok || isComma(toks[k - 1]))) {
			return true;
		}
		// «القيادي في ائتلاف القوى العراقية ظافر العاني»: after an affiliation with «في» (not access, «مقرب من»), the
		// name is the source's own.
		if (e !== undefined && e.type === 'PER' && toks[endTok]?.key === 'في' && k > endTok + 1) {
			return true;
		}
	}
	return false;
}

/**
 * Whether an anonymous head is described enough for S2: a type qualifier or a nationality (أمني، عسكري، أمريكي)
 * in the phrase, or an affiliation right after it (في/داخل/لدى/بـ + a body).
 */
function isDescribed(doc: Doc, first: number, endTok: number): boolean {
	const lx = lexicon();
	const toks = doc.tokens;
	for (let k = first + 1; k < endTok; k++) {
		const key = toks[k]!.key.replace(/^و/, '');
		const stem = key.startsWith('ال') ? key.slice(2) : key;
		if (lx.types.has(stem)) {
			return true;
		}
		if (lx.weak.has(stem)) {
			continue;
		}
		// A nationality or another nisba adjective: أمريكي، إسرائيلية، غربيون.
		if (/(ي|ية|يون|يين|يه)$/.test(stem) && stem.length >= 4) {
			return true;
		}
	}
	const after = toks[endTok];
	if (after !== undefined && after.kind === 'word' && after.sentence === toks[first]!.sentence) {
		// «مقرّب من …» is access, not affiliation (L2b), so من does not count.
		if (['في', 'داخل', 'لدي', 'ب', 'بـ'].includes(after.key) || (/^(ب|ل)(ال)?/.test(after.key) && lexicon().institutions.has(after.key.replace(/^(ب|ل)/, '').replace(/^ال/, '')))) {
			return true;
		}
		// «مسؤول بوزارة الخارجية»، «مصدر بالحركة»; and any definite body glued to بـ right after the source: «مسؤول
		// بالمخابرات الأمريكية»، «مصدر بالشركة» (the institutions list cannot name them all).
		if (after.key.startsWith('ب') && (lx.institutions.has(after.key.slice(1)) || lx.institutions.has(after.key.slice(1).replace(/^ال/, '')))) {
			return true;
		}
		if (after.key.startsWith('بال') && after.key.length >= 6) {
			return true;
		}
	}
	return false;
}

/** How many earlier mentions a repeat («هؤلاء»، a bare «المصدر») looks back over: bounded, so the cost stays linear. */
const LOOKBACK = 40;

/** Links definite repeats («المسؤول»، «المصادر»، «المصدر نفسه») to the first mention of the same source. */
function linkChains(mentions: Mention[]): void {
	const lastByGroup = new Map<number, number>();
	const byKey = new Map<string, number>();
	mentions.forEach((m, i) => {
		m.chain = i;
		if (m.backRef) {
			// «هؤلاء» stands for the last group of sources: anonymous or vague if it was, else named people.
			for (let j = i - 1; j >= 0 && j >= i - LOOKBACK; j--) {
				const p = mentions[j]!;
				if (p.plural && (p.kind === 'anonymous' || p.kind === 'vague')) {
					m.kind = p.kind;
					m.group = p.group;
					m.described = p.described;
					m.chain = p.chain;
					break;
				}
			}
			return;
		}
		if (m.kind === 'anonymous' && m.group >= 0) {
			// «المصادر» goes back to the last plural mention of the group, «المصدر» to the last singular one.
			const slot = m.group * 2 + (m.plural ? 1 : 0);
			const prev = lastByGroup.get(slot);
			if (prev !== undefined && m.definite) {
				m.chain = mentions[prev]!.chain;
				// A repeat inherits how the first mention was described.
				m.described = m.described || mentions[m.chain]!.described;
			} else if (m.definite && !m.described && i > 0 && lastByGroup.get(m.group * 2 + (m.plural ? 0 : 1)) === undefined && isBareSourceWord(m)) {
				// «وبين المصدر» with no source of its kind before: the anonymous source cited before («أحد أقارب
				// المعتقلين»), or else the source the story cited last, named or not («بحسب مكتب المحافظ … وفق المصدر»).
				let j = i - 1;
				while (j > 0 && j > i - LOOKBACK && mentions[j]!.kind !== 'anonymous') {
					j--;
				}
				const p = mentions[mentions[j]!.kind === 'anonymous' ? j : i - 1]!;
				m.chain = p.chain;
				m.kind = p.kind;
				m.group = p.group;
				m.described = p.described;
				if (m.kind !== 'anonymous') {
					return;
				}
			}
			lastByGroup.set(slot, i);
			return;
		}
		if (m.kind !== 'anonymous' && m.kind !== 'vague') {
			const key = m.key.replace(/^[وف]/, '');
			const prev = byKey.get(key);
			if (prev !== undefined) {
				m.chain = mentions[prev]!.chain;
			} else {
				byKey.set(key, i);
			}
		}
	});
}

/** «المصدر»، «المصدر نفسه»، «المصادر ذاتها»: the word «source» itself with nothing that describes it. */
function isBareSourceWord(m: Mention): boolean {
	const lx = lexicon();
	const [first, ...rest] = m.key.split(' ');
	return first !== undefined && lx.selfEvident.has(headOf(first).head) && rest.every((k) => /^(نفس|ذات)/.test(k));
}

interface PhraseHit {
	readonly first: number;
	readonly end: number;
}

/** Identity words: a request is about anonymity only when it names the name or the identity (اسمه، هويته). */
function isIdentityWord(key: string): boolean {
	return /^(و|ب|ل)?(ال)?(اسم|اسماء|هوي|هويات)/.test(key);
}

/**
 * Finds the reasons for anonymity and gives each one to the nearest anonymous source chain: a mention in the same
 * sentence (before the reason, else after it), or else a mention in the sentence before.
 */
function attachReasons(doc: Doc, mentions: Mention[]): void {
	const lx = lexicon();
	const toks = doc.tokens;
	const anonymous = mentions.filter((m) => m.kind === 'anonymous');
	if (anonymous.length === 0) {
		return;
	}
	// Indices so that each reason costs a look at its own and the previous sentence, not at the whole article.
	const bySentence = new Map<number, Mention[]>();
	for (const m of anonymous) {
		const s = toks[m.first]!.sentence;
		const list = bySentence.get(s) ?? [];
		list.push(m);
		bySentence.set(s, list);
	}
	const byChain = new Map<number, Mention[]>();
	for (const m of mentions) {
		const list = byChain.get(m.chain) ?? [];
		list.push(m);
		byChain.set(m.chain, list);
	}
	for (let i = 0; i < toks.length; i++) {
		if (toks[i]!.kind !== 'word') {
			continue;
		}
		const hitAt = lx.reasons.matchAt(toks, i);
		// «وليس لأسباب أمنية»: a negated cause is no reason.
		if (hitAt !== undefined && hitAt.phrase.data === 'why' && i > 0 && /^[وف]?(ليس|لا|غير|دون)$/.test(toks[i - 1]!.key)) {
			i = hitAt.end - 1;
			continue;
		}
		if (hitAt !== undefined) {
			const r = { kind: hitAt.phrase.data };
			const end = hitAt.end;
			// The reason runs to the end of its clause (at most eight more words): «بشرط عدم الكشف عن هويته».
			let stop = end;
			while (stop < toks.length && stop < end + 8 && toks[stop]!.kind === 'word' && toks[stop]!.sentence === toks[i]!.sentence) {
				stop++;
			}
			if (r.kind === 'request') {
				let identity = false;
				for (let k = i; k < stop; k++) {
					if (isIdentityWord(toks[k]!.key)) {
						identity = true;
						// The request ends with the name or identity word.
						stop = k + 1;
						break;
					}
				}
				if (!identity) {
					continue;
				}
			}
			const hit: PhraseHit = { first: i, end: stop };
			const target = nearestMention(doc, bySentence, hit, r.kind);
			if (target !== undefined) {
				const span = { start: toks[hit.first]!.start, end: toks[hit.end - 1]!.end };
				for (const m of byChain.get(target.chain) ?? []) {
					if (m.reasonKind === null || (m.reasonKind === 'request' && r.kind === 'why')) {
						m.reason = span;
						m.reasonKind = r.kind;
					}
				}
			}
			i = stop - 1;
		}
	}
}

function nearestMention(doc: Doc, bySentence: ReadonlyMap<number, readonly Mention[]>, hit: PhraseHit, kind: 'why' | 'request'): Mention | undefined {
	const toks = doc.tokens;
	const s = toks[hit.first]!.sentence;
	let before: Mention | undefined;
	let after: Mention | undefined;
	for (const m of bySentence.get(s) ?? []) {
		if (m.first < hit.first) {
			before = m;
		} else if (after === undefined) {
			after = m;
		}
	}
	const prevList = bySentence.get(s - 1);
	const previous = prevList === undefined ? undefined : prevList[prevList.length - 1];
	// A generic causal phrase («خوفاً من»، «لأسباب أمنية») is a reason for anonymity only next to its source.
	return before ?? after ?? (kind === 'request' || isSpecificWhy(doc, hit) ? previous : undefined);
}

function isSpecificWhy(doc: Doc, hit: PhraseHit): boolean {
	for (let k = hit.first; k < hit.end; k++) {
		const key = doc.tokens[k]!.key;
		if (key.startsWith('مخول') || key.startsWith('مصرح') || key.startsWith('تخويل')) {
			return true;
		}
	}
	return false;
}

interface Agentless {
	readonly first: number;
	readonly end: number;
}

/** Agentless attributions (L2h). «علمت X» counts only when no source follows («علمت الصحيفة من مصادر …» has one). */
function findAgentless(ctx: Context): Agentless[] {
	const { doc } = ctx;
	const lx = lexicon();
	const toks = doc.tokens;
	const out: Agentless[] = [];
	const spoken = spokenTokens(ctx);
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		if (t.kind !== 'word') {
			continue;
		}
		const hitAt = lx.agentless.matchAt(toks, i);
		if (hitAt !== undefined && spoken(i)) {
			// «قال الوزير: «من المتوقع أن …»»، «وأوضح الوزير أن من المتوقع أن …»: the speaker's own words, attributed.
			i = hitAt.end - 1;
			continue;
		}
		if (hitAt !== undefined) {
			const p = hitAt.phrase;
			const end = hitAt.end;
			const verbInitial = p.words.length <= 2 && /^(يتوقع|يرجح|يبدو|يزعم|يعتقد)$/.test(p.words[0]!);
			if (verbInitial && !opensClause(doc, i)) {
				continue;
			}
			// «نُقل عن مصدر أمني»، «نُسب إلى مسؤولين»: the passive names its source right after the preposition.
			const last = p.words[p.words.length - 1]!;
			const next = toks[end];
			if ((last === 'عن' || last === 'الي') && next !== undefined && next.kind === 'word' && next.sentence === t.sentence && !isComplementizer(next)) {
				i = end - 1;
				continue;
			}
			if (p.words[0] === matchKey('علمت') && p.words.length === 1) {
				if (!agentlessAlimat(doc, i)) {
					continue;
				}
				out.push({ first: i, end: Math.min(i + 2, nounEnd(doc, i + 1)) });
			} else {
				out.push({ first: i, end });
			}
			i = end - 1;
		}
	}
	return out;
}

/**
 * Whether token i stands in what a named speaker says: inside a quotation, or right after the complementizer of a cue
 * with a speaker earlier in its sentence («وأوضح الوزير أن …»، «مشيراً إلى أنه …»). Built once per analysis; linear.
 */
function spokenTokens(ctx: Context): (i: number) => boolean {
	const { doc } = ctx;
	const toks = doc.tokens;
	const inQuote = quotedTokens(ctx);
	// The first token after the earliest cue with a speaker, per sentence.
	const cueEnd = new Map<number, number>();
	for (const c of ctx.cues) {
		if (c.speaker === null) {
			continue;
		}
		const k = tokenIndexAt(doc, c.end - 1);
		const t = toks[k];
		if (t !== undefined && (cueEnd.get(t.sentence) ?? Infinity) > k) {
			cueEnd.set(t.sentence, k);
		}
	}
	return (i) => {
		if (inQuote[i] === 1) {
			return true;
		}
		const prev = toks[i - 1];
		const after = cueEnd.get(toks[i]!.sentence);
		return prev !== undefined && after !== undefined && after < i - 1 && isComplementizer(prev);
	};
}

function nounEnd(doc: Doc, i: number): number {
	const t = doc.tokens[i];
	return t !== undefined && (t.kind === 'word' || t.kind === 'quote') ? i + 1 : i;
}

/** «علمت «الرياض» أن …» with no «من مصادر» after it: the outlet presents what it learned with no source. */
function agentlessAlimat(doc: Doc, i: number): boolean {
	const toks = doc.tokens;
	if (!opensClause(doc, i)) {
		return false;
	}
	for (let k = i + 1; k < toks.length && k < i + 8; k++) {
		const t = toks[k]!;
		if (t.sentence !== toks[i]!.sentence) {
			return false;
		}
		if (t.key === 'من' || t.key === 'عن') {
			return false;
		}
		if (t.kind === 'word' && /^(ان|انه|انها|بان)$/.test(t.key)) {
			return true;
		}
	}
	return false;
}

function opensClause(doc: Doc, i: number): boolean {
	const prev = doc.tokens[i - 1];
	if (prev === undefined || prev.paragraph !== doc.tokens[i]!.paragraph || prev.sentence !== doc.tokens[i]!.sentence) {
		return true;
	}
	return isClauseBreak(prev) || prev.kind === 'quote' || words().particles.has(prev.key);
}

function publish(ctx: Context, mentions: readonly Mention[], agentless: readonly Agentless[]): void {
	const toks = ctx.doc.tokens;
	const all: Array<{ start: number; end: number; make: (index: number) => Source }> = [];
	const indexOfMention = new Map<Mention, number>();
	for (const m of mentions) {
		all.push({
			start: m.start,
			end: m.end,
			make: () => ({
				start: m.start,
				end: m.end,
				kind: m.kind,
				anonymous: m.kind === 'anonymous' || m.kind === 'vague',
				reason: m.reason,
				reasonKind: m.reasonKind,
				first: 0,
				cues: m.cues,
			}),
		});
	}
	for (const a of agentless) {
		const start = toks[a.first]!.start;
		const end = toks[a.end - 1]!.end;
		all.push({ start, end, make: () => ({ start, end, kind: 'agentless', anonymous: true, reason: null, reasonKind: null, first: 0, cues: [] }) });
	}
	all.sort((a, b) => a.start - b.start || a.end - b.end);
	const out = all.map((x, i) => x.make(i));
	// Resolve `first` to indices in the published, sorted list.
	const indexBySpan = new Map<string, number>();
	out.forEach((s, i) => indexBySpan.set(`${s.start}:${s.end}`, i));
	mentions.forEach((m) => indexOfMention.set(m, indexBySpan.get(`${m.start}:${m.end}`)!));
	for (const m of mentions) {
		const i = indexOfMention.get(m)!;
		const firstIdx = indexOfMention.get(mentions[m.chain]!)!;
		out[i] = { ...out[i]!, first: firstIdx };
	}
	out.forEach((s, i) => {
		if (s.kind === 'agentless') {
			out[i] = { ...s, first: i };
		}
	});
	ctx.sources.push(...out);
}

/** The reason template a quick fix inserts after an anonymous source, in the source's gender and number. */
export function reasonTemplate(headKey: string): string {
	const h = headOf(headKey).head;
	const lx = lexicon();
	if (/ون$|ين$|و$/.test(h) && lx.plurals.has(h)) {
		return '، الذين طلبوا عدم الكشف عن هوياتهم لأنهم [اذكر السبب]،';
	}
	if (h.endsWith('ة') || lx.plurals.has(h)) {
		return '، التي طلبت عدم الكشف عن هويتها لأنها [اذكر السبب]،';
	}
	return '، الذي طلب عدم الكشف عن هويته لأنه [اذكر السبب]،';
}

/** Words that date a sentence: days, months (both naming systems), yesterday and tomorrow. */
const DATE_WORDS = new Set(
	[
		'أمس', 'البارحة', 'غدا', 'غداً', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'يناير', 'فبراير',
		'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان',
		'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعدة', 'الحجة',
	].map(matchKey),
);

function hasDate(doc: Doc, sentence: number): boolean {
	const seg = doc.sentences[sentence];
	if (seg === undefined) {
		return false;
	}
	for (let k = seg.firstToken; k < seg.endToken; k++) {
		const t = doc.tokens[k]!;
		if (t.kind === 'number' || (t.kind === 'word' && (DATE_WORDS.has(t.key) || DATE_WORDS.has(t.key.replace(/^[وب]/, ''))))) {
			return true;
		}
	}
	return false;
}

function report(ctx: Context, mentions: readonly Mention[], agentless: readonly Agentless[]): void {
	const { doc } = ctx;
	const toks = doc.tokens;
	const lx = lexicon();
	// A corroboration phrase (L2f) lowers the anonymous-source findings of its own paragraph by one level.
	const corroborated = corroboratedParagraphs(toks, lx.corroboration);
	const lowerAt = (offset: number): number => (corroborated.has(toks[tokenIndexAt(doc, offset)]?.paragraph ?? -1) ? 1 : 0);
	const text = (m: Mention): string => doc.text.slice(m.start, m.end);
	const firsts = mentions.filter((m, i) => m.chain === i);
	for (const m of firsts) {
		const chainHasReason = m.reason !== null;
		if (m.kind === 'anonymous') {
			if (!chainHasReason || m.reasonKind === 'request') {
				const requested = m.reasonKind === 'request';
				const insertAt = anonymousPhraseEnd(doc, m);
				ctx.report({
					ruleId: 'sources.anonymous-no-reason',
					start: m.start,
					end: m.end,
					lower: lowerAt(m.start) + (requested ? 1 : 0),
					message: requested
						? `«${text(m)}»: the article says anonymity was requested, but not why (S3: say why anonymity was granted).`
						: `Anonymous source «${text(m)}» with no reason for anonymity: say why the source was not named (S3).`,
					messageAr: requested
						? `«${text(m)}»: يذكر الخبر أن المصدر طلب إخفاء هويته ولا يذكر السبب.`
						: `مصدر مجهول «${text(m)}» دون ذكر سبب إخفاء هويته: اذكر لماذا لم يُسمَّ المصدر.`,
					fixes: requested ? undefined : [{ title: 'Insert a reason for anonymity after the source', edits: [{ start: insertAt, end: insertAt, newText: reasonTemplate(toks[m.first]!.key) }] }],
				});
			}
			if (!m.described) {
				ctx.report({
					ruleId: 'sources.anonymous-bare',
					start: m.start,
					end: m.end,
					lower: lowerAt(m.start),
					message: `«${text(m)}» does not describe the source: give its type, affiliation or rank and institution (S2).`,
					messageAr: `«${text(m)}» لا يصف المصدر: اذكر نوعه أو جهته أو رتبته ومؤسسته.`,
				});
			}
			if (m.plural) {
				ctx.report({
					ruleId: 'sources.plural-unverified',
					start: m.start,
					end: m.end,
					message: `«${text(m)}» is plural: use the plural only when there really are several sources (S6).`,
					messageAr: `«${text(m)}» بصيغة الجمع: لا يُستخدم الجمع إلا إذا تعددت المصادر فعلاً.`,
				});
			}
		} else if (m.kind === 'vague') {
			ctx.report({
				ruleId: 'sources.vague-group',
				start: m.start,
				end: m.end,
				lower: lowerAt(m.start),
				message: `«${text(m)}» is a vague group: name the sources, or say who and how many they are (S13).`,
				messageAr: `«${text(m)}» جماعة مبهمة: سمِّ المصادر أو حدّد صفتهم وعددهم.`,
			});
		}
	}
	for (const m of mentions) {
		if (m.kind !== 'anonymous' && m.kind !== 'vague') {
			continue;
		}
		for (const c of m.cues) {
			const cue = ctx.cues[c]!;
			if (cue.cls === 'A' || cue.cls === 'E') {
				ctx.report({
					ruleId: 'sources.anonymous-attack',
					start: cue.start,
					end: cue.end,
					lower: lowerAt(cue.start),
					message: `An anonymous source («${text(m)}») accuses or attacks through «${doc.text.slice(cue.start, cue.end)}»: such a source must speak on the record (S5).`,
					messageAr: `مصدر مجهول («${text(m)}») يتّهم أو يهاجم: على من يتّهم أن يتحدث باسمه.`,
				});
			} else if (cue.cls === 'O') {
				ctx.report({
					ruleId: 'sources.anonymous-opinion',
					start: cue.start,
					end: cue.end,
					lower: lowerAt(cue.start),
					message: `An anonymous source («${text(m)}») gives an opinion or speculation: anonymous material should be information (S4).`,
					messageAr: `مصدر مجهول («${text(m)}») يبدي رأياً أو تكهناً: ما يُنقل عن مصدر مجهول ينبغي أن يكون معلومات.`,
				});
			}
		}
	}
	const anonymousSpans = new Set(mentions.filter((m) => m.kind === 'anonymous' || m.kind === 'vague').map((m) => `${m.start}:${m.end}`));
	for (const q of ctx.quotes) {
		if (q.speaker !== null && anonymousSpans.has(`${q.speaker.start}:${q.speaker.end}`)) {
			ctx.report({
				ruleId: 'sources.anonymous-direct-quote',
				start: q.open.start,
				end: q.open.end,
				lower: lowerAt(q.start),
				message: 'A direct quote from an anonymous source: anonymous direct quotes should be rare and approved by an editor (S10).',
				messageAr: 'اقتباس مباشر من مصدر مجهول: ينبغي أن يكون نادراً وبموافقة المحرر.',
			});
		}
	}
	// The first attributed statement of the story.
	const firstMention = mentions.filter((m) => m.cues.length > 0).sort((a, b) => Math.min(...a.cues) - Math.min(...b.cues))[0];
	if (firstMention !== undefined && (firstMention.kind === 'anonymous' || firstMention.kind === 'vague')) {
		ctx.report({
			ruleId: 'sources.anonymous-first',
			start: firstMention.start,
			end: firstMention.end,
			lower: lowerAt(firstMention.start),
			message: 'The story opens on an anonymous source: lead with an on-the-record source where one exists (S11).',
			messageAr: 'يبدأ الخبر بمصدر مجهول: ابدأ بمصدر معلن متى وُجد.',
		});
	}
	if (mentions.length > 0 && mentions.every((m) => m.kind === 'anonymous' || m.kind === 'vague')) {
		const m = mentions[0]!;
		ctx.report({
			ruleId: 'sources.anonymous-only',
			start: m.start,
			end: m.end,
			message: 'Every source of this article is anonymous: seek more than one source, and one on the record (S7).',
			messageAr: 'كل مصادر هذا الخبر مجهولة: ابحث عن أكثر من مصدر، وعن مصدر معلن.',
		});
	}
	for (const a of agentless) {
		const start = toks[a.first]!.start;
		const end = toks[a.end - 1]!.end;
		ctx.report({
			ruleId: 'sources.agentless',
			start,
			end,
			lower: lowerAt(start),
			message: `«${doc.text.slice(start, end)}» attributes the statement to no one: name or describe the source.`,
			messageAr: `«${doc.text.slice(start, end)}» لا ينسب الخبر إلى أحد: سمِّ المصدر أو صِفه.`,
		});
	}
	if (ctx.enabled('sources.vague-time')) {
		const datedSentences = new Map<number, boolean>();
		for (let i = 0; i < toks.length; i++) {
			if (toks[i]!.kind !== 'word') {
				continue;
			}
			const hitAt = lx.vagueTime.matchAt(toks, i);
			if (hitAt !== undefined) {
				const t = toks[i]!;
				let dated = datedSentences.get(t.sentence);
				if (dated === undefined) {
					dated = hasDate(doc, t.sentence);
					datedSentences.set(t.sentence, dated);
				}
				// «قريباً من المدينة» is near a place, not soon.
				const after = toks[hitAt.end];
				if (dated || (after !== undefined && after.kind === 'word' && after.key === 'من' && hitAt.end - i === 1 && /^قريب/u.test(t.key))) {
					continue;
				}
				const last = toks[hitAt.end - 1]!;
				ctx.report({
					ruleId: 'sources.vague-time',
					start: t.start,
					end: last.end,
					message: `«${doc.text.slice(t.start, last.end)}» is vague: give the date when it is known (S13).`,
					messageAr: `«${doc.text.slice(t.start, last.end)}» زمن مبهم: اذكر التاريخ متى كان معروفاً.`,
				});
				i = hitAt.end - 1;
			}
		}
	}
}

/** Where the anonymous source's description ends (its phrase and an affiliation after it): the reason goes there. */
function anonymousPhraseEnd(doc: Doc, m: Mention): number {
	const toks = doc.tokens;
	let k = m.endTok;
	// «مسؤول في وزارة الخارجية»: the affiliation belongs to the description.
	if (toks[k]?.kind === 'word' && ['في', 'داخل', 'لدى'].includes(toks[k]!.key)) {
		k = nounPhraseEnd(doc, k + 1);
	}
	while (k > m.first && (isComma(toks[k - 1]) || toks[k - 1]!.kind !== 'word')) {
		k--;
	}
	return toks[Math.max(m.first, k - 1)]!.end;
}

/** The paragraphs that hold a corroboration phrase. */
function corroboratedParagraphs(toks: readonly Token[], phrases: PhraseIndex<null>): ReadonlySet<number> {
	const out = new Set<number>();
	for (let i = 0; i < toks.length; i++) {
		if (phrases.matchAt(toks, i) !== undefined) {
			out.add(toks[i]!.paragraph);
		}
	}
	return out;
}
