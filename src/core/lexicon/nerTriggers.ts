/**
 * Trigger words for named-entity recognition: nouns that announce a name next to them. They are features of the
 * model (the model learns how much each class matters from the data), not rules. Written as usually spelled, in the
 * singular with and without the article as they occur; the code looks them up on the matching key after stripping
 * proclitics and the article (`ner/lexicon.ts`), so «والرئيس» and «لوزير» find «رئيس» and «وزير».
 */

/** Trigger classes. */
export type TriggerClass = 'title' | 'role' | 'org' | 'media' | 'loc' | 'region' | 'by';

/** Titles and honorifics written before a person's name (outside the PER span). */
export const PERSON_TITLES: readonly string[] = [
	'الرئيس', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الآنسة', 'الدكتور', 'الدكتورة', 'د',
	'المهندس', 'الأستاذ', 'الأستاذة', 'البروفيسور', 'الإمام', 'البابا', 'الحاخام', 'الكاردينال', 'المطران', 'الأب', 'القس',
	'السلطان', 'الإمبراطور', 'الجنرال', 'المشير', 'الفريق', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب',
	'الملازم', 'الرقيب', 'السيناتور', 'النائب', 'القاضي', 'المحامي', 'الحاج', 'سماحة', 'فخامة', 'معالي', 'سمو', 'جلالة',
	'آية', 'حجة', 'المرشد', 'الزعيم', 'المستشار', 'المستشارة', 'السفير', 'السفيرة', 'المبعوث', 'الممثل',
];

/** Roles and occupations that are usually followed by a person's name (وزير الدفاع … سيرجي شويجو). */
export const PERSON_ROLES: readonly string[] = [
	'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'نائب', 'نائبة', 'زعيم', 'قائد', 'مدير', 'مديرة', 'مدرب', 'لاعب', 'لاعبة', 'حارس',
	'مهاجم', 'مدافع', 'الكاتب', 'الكاتبة', 'الشاعر', 'الشاعرة', 'الروائي', 'الروائية', 'الأديب', 'المخرج', 'المخرجة',
	'الفنان', 'الفنانة', 'المطرب', 'المطربة', 'المغني', 'المغنية', 'الممثلة', 'الصحفي', 'الصحفية', 'الصحافي', 'الصحافية',
	'المراسل', 'المراسلة', 'الباحث', 'الباحثة', 'العالم', 'الخبير', 'المحلل', 'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة',
	'حاكم', 'عمدة', 'محافظ', 'أمين', 'الأمين', 'مفوض', 'المفوض', 'مساعد', 'مستشار', 'سكرتير', 'المنسق', 'منسق', 'رئيسا',
	'المرشح', 'المرشحة', 'مرشح', 'ولي', 'عاهل', 'العاهل', 'نجل', 'ابن', 'بن', 'بنت', 'شقيق', 'شقيقة', 'زوجة', 'زوج', 'أرملة',
	'الأسير', 'المعتقل', 'الشهيد', 'الراحل', 'الراحلة', 'الفقيد', 'الطبيب', 'الطبيبة', 'المدعو', 'المدعوة',
];

/** Head nouns of organisation names (وزارة الدفاع، شركة غوغل، جامعة الملك سعود). */
export const ORG_HEADS: readonly string[] = [
	'وزارة', 'شركة', 'جامعة', 'مجلس', 'حزب', 'حركة', 'جماعة', 'منظمة', 'هيئة', 'اتحاد', 'نادي', 'بنك', 'مصرف', 'مؤسسة',
	'جمعية', 'معهد', 'مركز', 'لجنة', 'مجموعة', 'جبهة', 'تنظيم', 'كتائب', 'ائتلاف', 'تحالف', 'مكتب', 'محكمة', 'برلمان',
	'سلطة', 'صندوق', 'بورصة', 'مستشفى', 'كلية', 'أكاديمية', 'فريق', 'منتخب', 'مديرية', 'إدارة', 'دائرة', 'الجيش', 'جيش',
	'قوات', 'شرطة', 'مصلحة', 'بلدية', 'غرفة', 'نقابة', 'رابطة', 'مفوضية', 'سفارة', 'قنصلية', 'البرلمان', 'الكونغرس',
	'الكونجرس', 'المجلس', 'الحكومة', 'حكومة', 'الأمم', 'الاتحاد', 'الجامعة',
];

/** Outlets: a newspaper, agency or channel name follows (صحيفة نيويورك تايمز، وكالة أسوشيتد برس). */
export const MEDIA_HEADS: readonly string[] = [
	'صحيفة', 'جريدة', 'مجلة', 'وكالة', 'قناة', 'إذاعة', 'تلفزيون', 'شبكة', 'موقع', 'محطة', 'يومية', 'أسبوعية', 'نشرة',
];

/** Head nouns before a place name (مدينة فلاديفوستوك، ولاية أريزونا، جزيرة القرم). */
export const LOC_HEADS: readonly string[] = [
	'مدينة', 'منطقة', 'ولاية', 'محافظة', 'إقليم', 'جزيرة', 'جزر', 'بحر', 'نهر', 'جبل', 'جبال', 'عاصمة', 'العاصمة', 'بلدة',
	'قرية', 'مخيم', 'حي', 'شارع', 'ميناء', 'مطار', 'قاعدة', 'دولة', 'جمهورية', 'مملكة', 'إمارة', 'صحراء', 'خليج', 'مضيق',
	'شبه', 'بلاد', 'مقاطعة', 'قضاء', 'ناحية', 'بلدات', 'ضاحية', 'وادي', 'سهل', 'هضبة', 'بحيرة', 'محيط', 'ساحل', 'سواحل',
	'مدن', 'عواصم', 'مناطق', 'أراضي', 'حدود',
];

/** Words of direction and region that precede or follow a place (شمال سوريا، جنوب لبنان، كوريا الشمالية). */
export const REGION_WORDS: readonly string[] = [
	'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية',
	'الوسطى', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'أنحاء', 'ضواحي', 'أطراف',
];

/** Words before an organisation or a person that they speak for or stand beside (المتحدث باسم، نظيره). */
export const BY_WORDS: readonly string[] = ['باسم', 'نظيره', 'نظيرته', 'نظيريه', 'نظرائه'];

/**
 * Adjectives that belong to an institution's name after its head noun (الوكالة الدولية للطاقة الذرية، مجلس الأمن
 * القومي): an organisation span that starts with an organisation or outlet head takes the one right after it
 * (`ner/recognize.ts`). Nationality adjectives are not here: ANERcorp leaves them out of a name more often than not
 * («حزب الله اللبناني»، «جامعة السوربون الفرنسية»), and on its cross-validation adding them broke more spans than
 * it mended.
 */
export const INSTITUTION_ADJECTIVES: readonly string[] = [
	'الدولي', 'الدولية', 'القومي', 'القومية', 'الوطني', 'الوطنية', 'العالمي', 'العالمية', 'الاتحادي', 'الاتحادية',
	'المركزي', 'المركزية', 'الاقتصادي', 'الاقتصادية', 'الإقليمي', 'الإقليمية',
];

/**
 * Definite heads of the names of seas and oceans that are part of the name when an adjective follows («المحيط الهادئ»،
 * «البحر الأبيض المتوسط»): a place span that starts with a definite word takes such a head right before it
 * (`ner/recognize.ts`). Rivers, lakes and mountains stay outside, as ANERcorp writes them («نهر النيجر» → «النيجر»).
 */
export const WATER_HEADS: readonly string[] = ['المحيط', 'البحر', 'الخليج'];

/** Every list with its class, in a stable order (the order decides which class a word gets when it is in two lists). */
export const TRIGGER_LISTS: ReadonlyArray<readonly [TriggerClass, readonly string[]]> = [
	['title', PERSON_TITLES],
	['role', PERSON_ROLES],
	['media', MEDIA_HEADS],
	['org', ORG_HEADS],
	['loc', LOC_HEADS],
	['region', REGION_WORDS],
	['by', BY_WORDS],
];
