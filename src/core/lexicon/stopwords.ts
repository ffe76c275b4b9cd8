/**
 * Stopwords for keyword tags: the Arabic list of `stopwords-iso` (the esbuild bundle keeps only its `ar` entry),
 * extended with the function words of `functionWords.ts` and with news boilerplate: words that occur in almost every
 * news article and are never a tag on their own (days, months, reporting frames, outlets' labels, vague quantities).
 *
 * Three classes, looked up on the matching key (see {@link stopwordClass}):
 * - `stop`: function words. They never begin, end or stand as a tag, and only the name connectors of
 *   {@link NAME_CONNECTORS} may sit inside one («مكتبة خالد بن الوليد»).
 * - `weak`: boilerplate and generic words. They never begin a tag or stand alone, but a definite one may follow a
 *   noun as its adjective («الحرب العالمية الثانية»، «بغداد الجديدة»).
 * - `title`: titles and roles before a name (الرئيس، الوزير، الزعيم). A tag never begins with one: the name after it
 *   is the tag.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { matchKey } from '../normalize/normalize';
import { COMPLEMENTIZERS, PARTICLES, PREPOSITIONS, TIME_WORDS, TITLE_WORDS } from './functionWords';

/** The Arabic list of stopwords-iso, as shipped (with diacritics on some entries). */
export const STOPWORDS_ISO_AR: readonly string[] = (stopwordsIso as { readonly ar: readonly string[] }).ar;

/**
 * Entries of the stopwords-iso list that are adjectives or nouns a tag may end with (ordinals, «الماضي»), and entries
 * that are content words in news (زيارة، قوة، برس): they are demoted from `stop` to `weak`.
 */
export const ISO_DEMOTED: readonly string[] = [
	'الأول', 'الاول', 'الأولى', 'الاولى', 'الثاني', 'الثانية', 'الأخيرة', 'الاخيرة', 'السابق', 'الماضي', 'المقبل',
	'الذاتي', 'زيارة', 'قوة', 'برس', 'عام', 'عامة', 'مليار', 'مليون', 'سنة', 'سنوات', 'مايو', 'ايار', 'اعادة', 'اطار',
	'الوقت', 'اليوم', 'نهاية', 'شخصا', 'عدد', 'عدة', 'عدم', 'واحد', 'ثلاثة', 'اربعة', 'عشرة', 'الف', 'صفر', 'شبه',
];

/** More function words: pronoun-suffixed prepositions and particles, and forms the iso list lacks. */
export const EXTRA_FUNCTION_WORDS: readonly string[] = [
	'إنه', 'أنه', 'لأن', 'لأنه', 'لأنها', 'إلا', 'ألا', 'إنما', 'أيضا', 'أيضاً', 'فقط', 'جدا', 'جداً', 'حاليا', 'حالياً',
	'عليه', 'عليها', 'عليهم', 'إليه', 'إليها', 'إليهم', 'منه', 'منها', 'منهم', 'عنه', 'عنها', 'عنهم', 'معه', 'معها',
	'معهم', 'لديه', 'لديها', 'لديهم', 'بينهم', 'بينها', 'بينهما', 'فيهم', 'فيهما', 'له', 'لها', 'لهم', 'لهما', 'به',
	'بها', 'بهم', 'بهما', 'وهو', 'وهي', 'وهم', 'هؤلاء', 'أولئك', 'ذلك', 'لذلك', 'وذلك', 'كذلك', 'هذا', 'هذه', 'وهذا',
	'وهذه', 'بهذا', 'بهذه', 'لهذا', 'لهذه', 'فهذا', 'التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'ما', 'مما', 'عما',
	'كما', 'وكما', 'بما', 'لما', 'فيما', 'إنها', 'أنها', 'أنهم', 'إنهم', 'أن', 'إن', 'بأن', 'وأن', 'وإن', 'لكن', 'ولكن',
	'حتى', 'وحتى', 'كي', 'لكي', 'سوف', 'قد', 'وقد', 'لقد', 'فقد', 'ثم', 'بل', 'أو', 'أم', 'لا', 'ولا', 'لم', 'ولم', 'لن',
	'ولن', 'ليس', 'ليست', 'غير', 'سوى', 'دون', 'بدون', 'عبر', 'بعد', 'قبل', 'وبعد', 'وقبل', 'بين', 'وبين', 'ضمن',
	'إذ', 'إذا', 'وإذا', 'لو', 'ولو', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكونوا', 'وكان', 'وكانت', 'أصبح',
	'أصبحت', 'بات', 'باتت', 'ظل', 'ظلت', 'لايزال', 'مازال', 'ما زال', 'يزال', 'تزال', 'زال', 'زالت', 'صار', 'صارت',
	'يمكن', 'يجب', 'ينبغي', 'تم', 'يتم', 'تمت', 'وتم', 'ويتم', 'هناك', 'هنا', 'عندما', 'حين', 'حيث', 'بينما', 'كل',
	'لكل', 'بكل', 'وكل', 'جميع', 'كافة', 'بعض', 'أي', 'أية', 'أيا', 'نحو', 'حوالي', 'قرابة', 'نحو', 'وفق', 'وفقا',
	'وفقاً', 'طبقا', 'طبقاً', 'بحسب', 'حسب', 'وبحسب', 'نقلا', 'نقلاً', 'بشأن', 'حول', 'خلال', 'لدى', 'عند', 'منذ',
	'إزاء', 'تجاه', 'جراء', 'إثر', 'عقب', 'أثناء', 'طوال', 'بسبب', 'نتيجة', 'لأجل', 'أجل', 'مثل', 'مثلا', 'مثلاً',
	'أكثر', 'أقل', 'أكبر', 'أصغر', 'أبرز', 'أهم', 'أحد', 'إحدى', 'احد', 'نفس', 'نفسه', 'نفسها', 'ذات', 'ذاته', 'ذاتها',
	'هو', 'هي', 'هم', 'هما', 'نحن', 'أنا', 'أنت', 'أنتم', 'يا', 'إلى', 'على', 'في', 'من', 'عن', 'مع', 'فوق', 'تحت',
	'لدي', 'لديّ', 'لنا', 'لكم', 'علينا', 'عليكم', 'إلينا', 'إليكم', 'منا', 'منكم', 'عنا', 'عنكم', 'معنا', 'معكم',
	'ولذلك', 'وبذلك', 'بذلك', 'وعلى', 'وفي', 'ومن', 'وإلى', 'وعن', 'ومع', 'فإن', 'وأما', 'أما', 'إما', 'بأنه', 'بأنها',
];

/**
 * News boilerplate: words in almost every article that are not tags on their own (reporting, time, outlets' labels,
 * vague quantities and generic nouns). They may still follow a noun inside a phrase.
 */
export const NEWS_BOILERPLATE: readonly string[] = [
	// Reporting and statements.
	'أضاف', 'أكد', 'أوضح', 'أشار', 'ذكر', 'أعلن', 'صرح', 'تابع', 'لفت', 'نوه', 'بين', 'شدد', 'كشف', 'أفاد', 'قال',
	'قالت', 'يقول', 'تقول', 'وقال', 'وقالت', 'وأضاف', 'وأضافت', 'وأكد', 'وأوضح', 'وأشار', 'وذكر', 'مضيفا', 'مؤكدا',
	'مشيرا', 'موضحا', 'قائلا', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحاته', 'بيان', 'البيان', 'بيانا', 'مؤتمر',
	'صحفي', 'الصحفي', 'مصدر', 'مصادر', 'المصدر', 'المصادر', 'وكالة', 'الوكالة', 'الأنباء', 'أنباء', 'تقرير', 'التقرير',
	'تقارير', 'التقارير', 'حديث', 'حديثه', 'كلمة', 'كلمته', 'رسالة', 'خبر', 'الخبر', 'أخبار', 'الأخبار', 'معلومات',
	'المعلومات', 'إعلان', 'الإعلان', 'قول', 'قوله', 'بالقول', 'لقاء', 'مقابلة', 'اتصال', 'هاتفي', 'تعليق', 'ردا', 'رد',
	// Time.
	'أمس', 'الأمس', 'غدا', 'اليوم', 'يوم', 'أيام', 'الأيام', 'يومين', 'اليومين', 'الإثنين', 'الاثنين', 'الثلاثاء',
	'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'صباح', 'مساء', 'ظهر', 'فجر', 'ليلة', 'الليلة', 'ليل', 'الليل',
	'صباحا', 'مساء', 'ساعة', 'ساعات', 'الساعة', 'دقيقة', 'دقائق', 'أسبوع', 'الأسبوع', 'أسابيع', 'شهر', 'الشهر', 'أشهر',
	'شهور', 'الشهور', 'عام', 'العام', 'أعوام', 'الأعوام', 'سنة', 'السنة', 'سنوات', 'السنوات', 'الماضي', 'الماضية',
	'المقبل', 'المقبلة', 'الحالي', 'الحالية', 'الجاري', 'الجارية', 'القادم', 'القادمة', 'المنصرم', 'المنصرمة', 'الفترة',
	'فترة', 'الوقت', 'وقت', 'حاليا', 'مؤخرا', 'لاحقا', 'سابقا', 'قريبا', 'مجددا', 'آنذاك', 'الآن', 'حتى الآن',
	'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر',
	'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'هـ', 'م', 'ه',
	'هجري', 'هجرية', 'ميلادي', 'ميلادية', 'محرم', 'صفر', 'شوال', 'القعدة', 'الحجة',
	// Outlets' and sites' labels.
	'اقرأ', 'إقرأ', 'أيضا', 'أيضاً', 'مقالات', 'مشابهة', 'ذات', 'صلة', 'كلمات', 'دلالية', 'الكلمات', 'الدلالية',
	'المزيد', 'شارك', 'تابعونا', 'تابع', 'طالع', 'فيديو', 'صور', 'شاهد', 'التفاصيل', 'تفاصيل', 'رابط', 'الرابط',
	'المحرر',
	// Vague quantities, generic nouns and adjectives.
	'عدد', 'العدد', 'العديد', 'عديد', 'عديدة', 'المزيد', 'مزيد', 'كثير', 'كثيرة', 'كثيرا', 'الكثير', 'قليل', 'قليلة',
	'معظم', 'أغلب', 'غالبية', 'مجموعة', 'جانب', 'الجانب', 'جهة', 'جهته', 'جهتها', 'صعيد', 'إطار', 'الإطار', 'شأن',
	'الشأن', 'ضوء', 'ظل', 'أمر', 'الأمر', 'أمور', 'الأمور', 'شيء', 'أشياء', 'حال', 'الحال', 'حالة', 'طريق', 'طريقة',
	'شكل', 'بشكل', 'نوع', 'مدى', 'حد', 'الحد', 'مستوى', 'المستوى', 'نسبة', 'النسبة', 'بالنسبة', 'مرة', 'مرات', 'المرة',
	'أول', 'الأول', 'الأولى', 'ثاني', 'الثاني', 'الثانية', 'ثالث', 'الثالث', 'الثالثة', 'آخر', 'الآخر', 'أخرى', 'الأخرى',
	'آخرين', 'الآخرين', 'أخيرا', 'الأخير', 'الأخيرة', 'كبير', 'كبيرة', 'الكبير', 'الكبيرة', 'صغير', 'صغيرة', 'جديد',
	'جديدة', 'الجديد', 'الجديدة', 'مختلف', 'مختلفة', 'المختلفة', 'عدة', 'كامل', 'كاملة', 'الكامل', 'جميع', 'عامة',
	'خاصة', 'الخاصة', 'بعض', 'نفس', 'ضرورة', 'أهمية', 'إمكانية', 'محاولة', 'عملية', 'إجراء', 'تم', 'جرى', 'يجري',
	'تجري', 'سبب', 'أسباب', 'نتيجة', 'بداية', 'نهاية', 'منتصف', 'أثناء', 'وسط', 'أمام', 'داخل', 'خارج', 'بدء', 'البداية',
	'النهاية', 'واحد', 'واحدة', 'اثنين', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة',
	'مئة', 'مائة', 'ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'نحو', 'أكثر', 'أقل', 'حوالي', 'فقط', 'أكد',
	'هام', 'مهم', 'مهمة', 'الهام', 'المهم', 'بالغ', 'كافة', 'سيتم', 'يتم', 'تتم', 'شخص', 'أشخاص', 'الشخص', 'الأشخاص',
	'الناس', 'ناس', 'قضية', 'مسألة', 'موضوع', 'الموضوع', 'مجال', 'المجال', 'مجالات', 'الذي', 'قام', 'يقوم', 'تقوم',
	'قامت', 'وقام', 'لدى', 'وصول', 'عودة', 'مكان', 'المكان', 'موعد', 'الموعد',
];

/**
 * Boilerplate adjectives a phrase may end with when they agree with a definite noun (ordinals, «الكبرى», «الجديدة»):
 * «الحرب العالمية الثانية»، «بغداد الجديدة»، «المناطق الصحراوية». Other boilerplate never ends a tag («تمويل العديد»).
 */
export const ENDING_ADJECTIVES: readonly string[] = [
	'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة', 'الأخير',
	'الأخيرة', 'الكبير', 'الكبيرة', 'الكبرى', 'الصغير', 'الصغيرة', 'الصغرى', 'الجديد', 'الجديدة', 'العام', 'العامة',
	'الخاص', 'الخاصة', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'المختلفة', 'الكامل', 'الكاملة', 'الهام', 'المهم',
];

/** Words that may stand inside a name between two other words: «خالد بن الوليد»، «عبدالله ولد أربيه». */
export const NAME_CONNECTORS: readonly string[] = ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا', 'ولد', 'عبد', 'آل', 'أم', 'ذي', 'ذو'];

/** The class of a word for tagging. */
export type StopClass = 'stop' | 'weak' | 'title' | undefined;

interface Tables {
	/** Every stopword's class (the three sets below are disjoint), for one lookup per word. */
	readonly classes: ReadonlyMap<string, Exclude<StopClass, undefined>>;
	readonly stop: ReadonlySet<string>;
	readonly weak: ReadonlySet<string>;
	readonly title: ReadonlySet<string>;
	readonly connectors: ReadonlySet<string>;
	readonly endingAdjectives: ReadonlySet<string>;
}

let tables: Tables | undefined;

function build(): Tables {
	const stop = new Set<string>();
	const weak = new Set<string>();
	const title = new Set<string>();
	const demoted = new Set(ISO_DEMOTED.map(matchKey));
	const connectors = new Set(NAME_CONNECTORS.map(matchKey));
	for (const w of [...STOPWORDS_ISO_AR, ...EXTRA_FUNCTION_WORDS, ...PREPOSITIONS, ...COMPLEMENTIZERS, ...PARTICLES]) {
		const k = matchKey(w);
		if (k !== '' && !demoted.has(k)) {
			stop.add(k);
		}
	}
	for (const w of [...NEWS_BOILERPLATE, ...TIME_WORDS, ...ISO_DEMOTED]) {
		const k = matchKey(w);
		if (k !== '' && !stop.has(k)) {
			weak.add(k);
		}
	}
	for (const w of TITLE_WORDS) {
		const k = matchKey(w);
		if (k !== '' && !stop.has(k) && !weak.has(k)) {
			title.add(k);
		}
	}
	// «بن» is in the iso list; inside a name it is a connector, so the connector test comes first in the callers.
	const classes = new Map<string, Exclude<StopClass, undefined>>();
	for (const [set, cls] of [[stop, 'stop'], [weak, 'weak'], [title, 'title']] as const) {
		for (const k of set) {
			classes.set(k, cls);
		}
	}
	return { classes, stop, weak, title, connectors, endingAdjectives: new Set(ENDING_ADJECTIVES.map(matchKey)) };
}

/**
 * The stopword class of a matching key as written (no clitic stripping: callers try the word and its stem).
 * @param key a matching key
 * @returns `stop`, `weak`, `title`, or undefined for a content word
 */
export function stopwordClass(key: string): StopClass {
	tables ??= build();
	return tables.classes.get(key);
}

/** Whether a matching key is one of the stopwords-iso Arabic words or a function word (class `stop`). */
export function isStopword(key: string): boolean {
	return stopwordClass(key) === 'stop';
}

/** Whether a matching key is a name connector (بن، ابن، أبو، ولد، عبد، آل …). */
export function isNameConnector(key: string): boolean {
	tables ??= build();
	return tables.connectors.has(key);
}

/** Whether a boilerplate word may end a phrase as an adjective (ordinals, «الكبرى», «الجديدة»). */
export function isEndingAdjective(key: string): boolean {
	tables ??= build();
	return tables.endingAdjectives.has(key) || tables.endingAdjectives.has(key.replace(/^[وفبل]/u, ''));
}
