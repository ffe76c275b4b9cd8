/**
 * Lexicons L2a–L2h of editorial-rules.md §3 (anonymous and vague sourcing), and the heads of named institutional
 * sources. Written as they are usually spelled; analyzers look them up on the matching key.
 */

/**
 * L2a: head nouns of anonymous sources, as groups of the forms of one noun (singular, dual, plural, construct), so
 * a later «المصادر» or «المسؤول» can be linked to the first mention of the same source.
 */
export const ANONYMOUS_HEAD_GROUPS: ReadonlyArray<readonly string[]> = [
	['مصدر', 'مصدران', 'مصدرين', 'مصادر', 'مصدرا'],
	['مسؤول', 'مسؤولة', 'مسؤولان', 'مسؤولين', 'مسؤولون', 'مسؤولو', 'مسؤولي', 'مسئول', 'مسئولون', 'مسئولين', 'مسئولة'],
	['دبلوماسي', 'دبلوماسيان', 'دبلوماسيون', 'دبلوماسيين', 'دبلوماسيو'],
	['ضابط', 'ضابطا', 'ضباط'],
	['عنصر', 'عنصرا', 'عناصر'],
	['ناشط', 'ناشطة'],
	['عسكري', 'عسكريون', 'عسكريين'],
	['قيادي', 'قياديون', 'قياديين', 'قيادية'],
	['عضو', 'أعضاء'],
	['موظف', 'موظفون', 'موظفين', 'موظفة'],
	['مستشار', 'مستشارون', 'مستشارين'],
	['شخص', 'شخصان', 'أشخاص'],
	['شخصية', 'شخصيات'],
	['مقرب', 'مقربون', 'مقربين'],
	['شاهد', 'شهود'],
	['مواطن', 'مواطنون', 'مواطنين', 'مواطنة'],
	['جهة', 'جهات'],
	['عاملون', 'عاملين'],
	['طبيب', 'أطباء'],
	['مسعف', 'مسعفون', 'مسعفين'],
	['محقق', 'محققون', 'محققين'],
	['أحد', 'إحدى', 'أحدهم', 'إحداهن', 'أحدهما'],
];

/**
 * Quantifiers before a source noun: the head is the noun after them («ثلاثة مصادر»، «عدد من المسؤولين»،
 * «بعض الدبلوماسيين»). A number before the head also makes a group of witnesses specific.
 */
export const QUANTIFIERS: readonly string[] = [
	'ثلاثة', 'ثلاث', 'أربعة', 'أربع', 'خمسة', 'خمس', 'ستة', 'سبعة', 'عشرة', 'اثنان', 'اثنين', 'عدة', 'عدد', 'بعض', 'كبار',
	'معظم', 'غالبية', 'أغلب', 'جميع', 'كل', 'كافة', 'عشرات', 'مئات', 'كثير', 'الكثير', 'العديد', 'عديد',
];

/**
 * Source heads that may carry a possessive pronoun and still be a source (مصادره، مصادرها، مصادرنا: the sources of
 * the speaker or of the outlet); the suffixed forms are generated in code and join the head's group.
 */
export const POSSESSIVE_SOURCE_HEADS: readonly string[] = ['مصدر', 'مصادر'];
export const POSSESSIVE_SUFFIXES: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'نا'];

/**
 * Heads that mean a source of information by themselves: followed by a qualifier of L2b/L2c («مصادر مطلعة»، «مصدر
 * أمني»، «مصدر مسؤول») they are a cited source wherever they stand, whatever verb or frame goes with them.
 */
export const SELF_EVIDENT_HEADS: readonly string[] = ['مصدر', 'مصادر'];

/** A demonstrative that stands for a group of sources mentioned before: «وقال هؤلاء إن …». */
export const DEMONSTRATIVE_PRONOUNS: readonly string[] = ['هؤلاء', 'أولئك'];

/** A demonstrative before a source head («هذه المصادر»، «هذا المصدر»): a repeat mention of a source named before. */
export const DEMONSTRATIVE_DETERMINERS: readonly string[] = ['هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هاتان', 'هذين', 'هاتين'];

/**
 * Nouns of speech and verbal nouns of saying whose genitive is a source: «تصريحات المسؤول»، «رواية المصدر»، «رغم
 * تأكيد الكثير من الأطراف»، «لم يحدد هوية مصادره»; and the frames whose object is one («بحسب»، «وفق»).
 */
export const SPEECH_NOUNS: readonly string[] = [
	'تصريحات', 'تصريح', 'حديث', 'كلام', 'رواية', 'بيان', 'قول', 'وجاءت', 'إفادة', 'شهادة', 'شهادات', 'معلومات', 'تقديرات',
	'وفق', 'بحسب', 'حسب', 'تأكيد', 'تأكيدات', 'إشارة', 'توقعات', 'تحذير', 'تحذيرات', 'اعتراف', 'اعترافات', 'رأي', 'آراء',
	'نفي', 'ادعاءات', 'اتهامات', 'انتقادات', 'تسريبات', 'روايات', 'أقوال', 'إفادات', 'هوية', 'هويات',
];
export const ANONYMOUS_HEADS: readonly string[] = ANONYMOUS_HEAD_GROUPS.flat();

/**
 * L2e: vague collective attributions (S13/S15): the group itself is the problem, whatever its description.
 */
export const VAGUE_GROUPS: readonly string[] = [
	'مراقبون', 'مراقبين', 'محللون', 'محللين', 'خبراء', 'متابعون', 'متابعين', 'منتقدون', 'منتقدين', 'معارضون', 'معارضين',
	'كثيرون', 'البعض', 'بعضهم', 'ناشطون', 'ناشطين', 'نشطاء', 'مغردون', 'مغردين', 'مدونون', 'مدونين', 'رواد', 'سكان', 'إعلاميون',
	'إعلاميين', 'صحفيون', 'صحفيين', 'متخصصون', 'متخصصين', 'اقتصاديون', 'اقتصاديين', 'مختصون', 'مختصين', 'نقاد',
	'النقاد', 'الكثيرون', 'كثيرين',
	// Plural groups of unnamed people (S15: «قال الطلبة»، «بحسب الطلبة» are anonymous).
	'طلاب', 'طلبة', 'أولياء', 'ذوو', 'ذوي', 'عائلات', 'أقارب', 'جيران', 'جماهير', 'علماء', 'باحثون', 'باحثين', 'نواب',
	'قادة', 'زوار', 'حقوقيون', 'حقوقيين', 'أكاديميون', 'أكاديميين',
	'أهال', 'أهالي', 'أصحاب', 'شهود', 'أوساط', 'دوائر', 'أطراف', 'وسائل', 'مواقع', 'منصات', 'حسابات', 'مصادر إعلامية',
];

/**
 * Vague groups whose role is to hold views (L2e): as the subject right after a present-tense verb at the start of
 * a clause they voice a stance, whatever the verb («ويعترض كثيرون …»، «ويخشى مراقبون …»). Groups that also act in
 * the story (ناشطون، سكان، أهالي) are left out.
 */
export const OPINION_GROUPS: readonly string[] = [
	'مراقبون', 'محللون', 'خبراء', 'منتقدون', 'معارضون', 'متابعون', 'كثيرون', 'الكثيرون', 'مغردون', 'مدونون', 'مختصون',
	'متخصصون', 'اقتصاديون', 'نقاد',
];

/** L2b type qualifiers: they describe an anonymous source enough for S2 (a nationality nisba counts too). */
export const TYPE_QUALIFIERS: readonly string[] = [
	'أمني', 'أمنية', 'أمنيون', 'أمنيين', 'عسكري', 'عسكرية', 'عسكريون', 'عسكريين', 'حكومي', 'حكومية', 'حكوميون',
	'حكوميين', 'رسمي', 'رسمية', 'رسميون', 'رسميين', 'دبلوماسي', 'دبلوماسية', 'دبلوماسيون', 'دبلوماسيين', 'سياسي',
	'سياسية', 'سياسيون', 'سياسيين', 'قضائي', 'قضائية', 'طبي', 'طبية', 'طبيون', 'طبيين', 'برلماني', 'برلمانية',
	'حزبي', 'حزبية', 'ميداني', 'ميدانية', 'محلي', 'محلية', 'محليون', 'محليين', 'إعلامي', 'إعلامية', 'صحفي', 'صحفية',
	'اقتصادي', 'اقتصادية', 'نفطي', 'نفطية', 'مصرفي', 'مصرفية', 'استخباراتي', 'استخباراتية', 'استخباري', 'استخبارية',
	'شرطي', 'شرطية', 'قبلي', 'قبلية', 'نيابي', 'نيابية', 'وزاري', 'وزارية', 'فلسطيني', 'فلسطينية', 'تعليمي',
	'تعليمية', 'صحي', 'صحية', 'قانوني', 'قانونية', 'تجاري', 'تجارية', 'فني', 'فنية', 'إداري', 'إدارية', 'أممي',
	'أممية', 'دولي', 'دولية', 'إقليمي', 'إقليمية', 'عربي', 'عربية', 'غربي', 'غربية', 'أوروبي', 'أوروبية', 'أجنبي',
	'أجنبية', 'خليجي', 'خليجية', 'كبير', 'كبار', 'بارز', 'بارزة', 'رفيع', 'رفيعة', 'سابق', 'سابقة', 'سابقون', 'حالي',
];

/** L2b rank words: they satisfy S2 only together with a type or an affiliation. */
export const RANK_QUALIFIERS: readonly string[] = ['رفيع', 'رفيعة', 'المستوى', 'كبير', 'كبار', 'بارز', 'بارزة', 'سابق', 'سابقة', 'حالي', 'مسؤول'];

/** L2b/L2c access and count words: they do not satisfy S2 on their own. */
export const WEAK_QUALIFIERS: readonly string[] = [
	'مطلع', 'مطلعة', 'مطلعون', 'مطلعين', 'مقرب', 'مقربة', 'مقربون', 'مقربين', 'قريب', 'قريبة', 'وثيق', 'وثيقة',
	'موثوق', 'موثوقة', 'متطابقة', 'متقاطعة', 'متعددة', 'عدة', 'مختلفة', 'خاصة', 'مجهول', 'مجهولة', 'عليم', 'عليمة',
	'مسؤولة', 'مسؤول',
];

/**
 * L2b access words (a subset of the weak qualifiers, without the count words): after a self-evident head they mark
 * a source of information («مصادر مطلعة»، «مصدر مقرب من»، «مصدر مسؤول»), where «مصادر متعددة» may be resources.
 */
export const ACCESS_QUALIFIERS: readonly string[] = [
	'مطلع', 'مطلعة', 'مطلعون', 'مطلعين', 'مقرب', 'مقربة', 'مقربون', 'مقربين', 'قريب', 'قريبة', 'وثيق', 'وثيقة', 'موثوق',
	'موثوقة', 'عليم', 'عليمة', 'مسؤول', 'مسؤولة', 'رفيع', 'رفيعة', 'مجهول', 'مجهولة',
];

/**
 * Documents that may speak for no one: an indefinite «قال بيان على الإنترنت» with no body named after it is an
 * unattributed (anonymous) source; «بيان للجيش»، «بيان صادر عن الوزارة» are the body's.
 */
export const DOCUMENT_HEADS: readonly string[] = ['بيان', 'تسجيل', 'رسالة', 'شريط', 'منشور', 'وثيقة', 'تغريدة'];

/** Words after a document that tie it to its author: «بيان صادر عن …»، «بيان مشترك». */
export const DOCUMENT_AUTHOR_WORDS: readonly string[] = ['صادر', 'صادرة', 'مشترك', 'مشتركة', 'منسوب', 'منسوبة', 'موقع', 'موقعة', 'باسم', 'عن', 'من'];

/**
 * Verbs of issuing that, with an object pronoun right after a document, tie it to an author named before it: «بحسب
 * بيان أصدرته» (the company's), «في رسالة نشرها». Looked up as the verb, a ت or وا of the subject, and the pronoun.
 */
export const DOCUMENT_ISSUING_VERBS: readonly string[] = ['أصدر', 'نشر', 'وزع', 'بث', 'أذاع', 'وجه', 'أرسل', 'كتب', 'وقع', 'نقل'];

/** Verbs of asking whose «من» names who is asked, not the origin of information: «طالبت اللجنة من المواطنين …». */
export const ADDRESSEE_VERBS: readonly string[] = ['طالب', 'طلب', 'التمس', 'رجا'];

/**
 * Words that continue a source's noun phrase though they are neither qualifiers nor nisba adjectives: broken-plural
 * adjectives («منتقدون أجانب»)، «عيان»، «المستوى»، and «نفسه/ذاته» of a repeat.
 */
export const PHRASE_CONTINUERS: readonly string[] = [
	'أجانب', 'عرب', 'أكراد', 'آخرون', 'آخرين', 'آخر', 'أخرى', 'كثر', 'عيان', 'المستوى', 'نفسه', 'نفسها', 'نفسهم', 'أنفسهم',
	'ذاته', 'ذاتها', 'ذاتهم',
];

/** Named-institution heads: a source headed by one of these and followed by a name is a named institution. */
export const INSTITUTION_HEADS: readonly string[] = [
	'وزارة', 'الوزارة', 'هيئة', 'الهيئة', 'مجلس', 'المجلس', 'رئاسة', 'الرئاسة', 'إدارة', 'الإدارة', 'مديرية', 'المديرية',
	'شرطة', 'الشرطة', 'الجيش', 'جيش', 'الحكومة', 'حكومة', 'البيت', 'الكرملين', 'الخارجية', 'الداخلية', 'الدفاع',
	'البنتاغون', 'البنتاجون', 'الأمم', 'منظمة', 'المنظمة', 'مكتب', 'المكتب', 'لجنة', 'اللجنة', 'محكمة', 'المحكمة',
	'النيابة', 'نيابة', 'مصرف', 'المصرف', 'بنك', 'البنك', 'شركة', 'الشركة', 'جامعة', 'الجامعة', 'مركز', 'المركز',
	'الاتحاد', 'اتحاد', 'جمعية', 'الجمعية', 'حزب', 'الحزب', 'حركة', 'الحركة', 'تحالف', 'التحالف', 'السفارة', 'سفارة',
	'القنصلية', 'المرصد', 'مرصد', 'الديوان', 'ديوان', 'أمانة', 'الأمانة', 'بلدية', 'البلدية', 'إمارة', 'الإمارة',
	'قيادة', 'القيادة', 'الدفاع', 'المديرية', 'صندوق', 'الصندوق', 'مؤسسة', 'المؤسسة', 'البرلمان', 'الكونغرس', 'الكونجرس',
];

/** Outlet heads: a source headed by one of these and followed by a name is a named outlet. */
export const OUTLET_HEADS: readonly string[] = [
	'صحف', 'الصحف', 'صحيفة', 'الصحيفة', 'جريدة', 'الجريدة', 'وكالة', 'الوكالة', 'قناة', 'القناة', 'موقع', 'الموقع', 'مجلة', 'المجلة',
	'إذاعة', 'الإذاعة', 'تلفزيون', 'التلفزيون', 'شبكة', 'الشبكة', 'محطة',
];

/**
 * L2d: phrases that give or request a reason for anonymity. `why` phrases explain why (a causal link); `request`
 * phrases only state that anonymity was requested or granted. Each is a sequence of words; a word ending in `*`
 * matches any word starting with it (هويته، هويتها، هوياتهم).
 */
export const REASON_PHRASES: ReadonlyArray<{ readonly words: string; readonly kind: 'why' | 'request' }> = [
	{ words: 'طلب* عدم', kind: 'request' },
	{ words: 'طالب* عدم', kind: 'request' },
	{ words: 'شريطة عدم', kind: 'request' },
	{ words: 'بشرط عدم', kind: 'request' },
	{ words: 'شرط عدم', kind: 'request' },
	{ words: 'مشترط* عدم', kind: 'request' },
	{ words: 'شريطة إغفال', kind: 'request' },
	{ words: 'شريطة عدم', kind: 'request' },
	{ words: 'مفضل* عدم', kind: 'request' },
	{ words: 'فضل* عدم', kind: 'request' },
	{ words: 'رفض* الكشف', kind: 'request' },
	{ words: 'رافض* الكشف', kind: 'request' },
	{ words: 'رفض* ذكر', kind: 'request' },
	{ words: 'رفض* الإشارة', kind: 'request' },
	{ words: 'رافض* الإشارة', kind: 'request' },
	{ words: 'طلب* عدم', kind: 'request' },
	{ words: 'مشترط* عدم', kind: 'request' },
	{ words: 'متحفظ* على', kind: 'request' },
	{ words: 'دون الكشف عن', kind: 'request' },
	{ words: 'دون ذكر', kind: 'request' },
	{ words: 'لم يكشف عن', kind: 'request' },
	{ words: 'لم تكشف عن', kind: 'request' },
	{ words: 'رفض* الإفصاح', kind: 'request' },
	{ words: 'تحفظ* على ذكر', kind: 'request' },
	{ words: 'تحفظ* على اسم*', kind: 'request' },
	{ words: 'لم يرغب في ذكر', kind: 'request' },
	{ words: 'لم ترغب في ذكر', kind: 'request' },
	{ words: 'لم يشأ ذكر', kind: 'request' },
	{ words: 'لم يشأ الكشف', kind: 'request' },
	{ words: 'فضل* عدم الكشف', kind: 'request' },
	{ words: 'تحدث* شريطة', kind: 'request' },
	{ words: 'اشترط* عدم', kind: 'request' },
	{ words: 'لأنه غير مخول*', kind: 'why' },
	{ words: 'لأنها غير مخول*', kind: 'why' },
	{ words: 'لأنهم غير مخول*', kind: 'why' },
	{ words: 'كونه غير مخول*', kind: 'why' },
	{ words: 'كونها غير مخول*', kind: 'why' },
	{ words: 'لم يكن مخول*', kind: 'why' },
	{ words: 'لم تكن مخول*', kind: 'why' },
	{ words: 'ليس مخول*', kind: 'why' },
	{ words: 'غير مخول*', kind: 'why' },
	{ words: 'غير مصرح له*', kind: 'why' },
	{ words: 'لأنه غير مصرح', kind: 'why' },
	{ words: 'لعدم تخويل*', kind: 'why' },
	{ words: 'لعدم السماح له*', kind: 'why' },
	{ words: 'غير مسموح له*', kind: 'why' },
	{ words: 'نظرا لحساسية', kind: 'why' },
	{ words: 'لحساسية الموضوع', kind: 'why' },
	{ words: 'لحساسية المسألة', kind: 'why' },
	{ words: 'لحساسية القضية', kind: 'why' },
	{ words: 'لحساسية الأمر', kind: 'why' },
	{ words: 'لحساسية منصب*', kind: 'why' },
	{ words: 'لأسباب أمنية', kind: 'why' },
	{ words: 'لدواع أمنية', kind: 'why' },
	{ words: 'لدواعي أمنية', kind: 'why' },
	{ words: 'لاعتبارات أمنية', kind: 'why' },
	{ words: 'خوفا من', kind: 'why' },
	{ words: 'خوفا على', kind: 'why' },
	{ words: 'خشية من', kind: 'why' },
	{ words: 'خشية الانتقام', kind: 'why' },
	{ words: 'خشية التعرض', kind: 'why' },
	{ words: 'خشية الملاحقة', kind: 'why' },
	{ words: 'خشية الاعتقال', kind: 'why' },
	{ words: 'حفاظا على سلامت*', kind: 'why' },
	{ words: 'حرصا على سلامت*', kind: 'why' },
	{ words: 'لأن المفاوضات', kind: 'why' },
	{ words: 'لأن المناقشات', kind: 'why' },
	{ words: 'لأن المحادثات', kind: 'why' },
	{ words: 'لأن القرار لم', kind: 'why' },
	{ words: 'لأن الأمر لم', kind: 'why' },
	{ words: 'لأنه يتحدث عن', kind: 'why' },
	{ words: 'لأنه يناقش', kind: 'why' },
	{ words: 'لأنه ليس مخول*', kind: 'why' },
	{ words: 'لكونه غير مخول*', kind: 'why' },
	{ words: 'لأن المسألة حساسة', kind: 'why' },
	{ words: 'لأن الموضوع حساس', kind: 'why' },
];

/** L2f: corroboration and verification markers (S8): they lower anonymous-source warnings by one level. */
export const CORROBORATION_PHRASES: readonly string[] = [
	'لم يتسن التحقق', 'لم يتسن التأكد', 'لم يتسن ل', 'لم تتمكن من التحقق', 'لم يتمكن من التحقق', 'لم نتمكن من التحقق',
	'أكدت مصادر أخرى', 'أكده مصدر ثان', 'أكد مصدر ثان', 'بحسب مصدرين منفصلين', 'مصدرين منفصلين', 'اطلعت على وثيقة',
	'اطلعت على نسخة', 'اطلعت على', 'تحققت من', 'تأكدت من صحة', 'من مصادر مستقلة', 'بشكل مستقل',
];

/** L2g: vague time words (S13), when no date is given. */
export const VAGUE_TIME: readonly string[] = ['مؤخرا', 'مؤخراً', 'في الآونة الأخيرة', 'قبل فترة', 'منذ مدة', 'قريبا', 'قريباً', 'في وقت سابق', 'منذ فترة', 'في الفترة الأخيرة'];

/**
 * L2h: agentless and passive attributions (no source at all). Each is a word sequence; a word ending in `*` matches
 * any word starting with it.
 */
export const AGENTLESS_PHRASES: readonly string[] = [
	'قيل إن', 'قيل أن', 'يقال إن', 'يقال أن', 'ويقال إن', 'ذكر أن', 'أفيد بأن', 'أفيد أن', 'يفاد بأن', 'يفاد أن',
	'نقل عن', 'ينقل عن', 'روي أن', 'يروى أن', 'نسب إلى', 'تردد أن', 'يتردد أن', 'ترددت أنباء', 'تترد أنباء',
	'راجت أنباء', 'راجت شائعات', 'شاع أن', 'يشاع أن', 'تسرب* معلومات', 'تسربت أنباء', 'سرب* أن', 'يعتقد على نطاق واسع',
	'يرجح أن', 'يتوقع أن', 'من المتوقع أن', 'من المرجح أن', 'يبدو أن', 'على ما يبدو', 'يزعم أن', 'بات معروفا',
	'أفادت تقارير', 'ذكرت تقارير', 'تشير تقارير', 'تحدثت تقارير', 'بحسب تقارير', 'وفق تقارير', 'وفقا لتقارير',
	'تقارير إعلامية', 'أفادت أنباء', 'تفيد أنباء', 'أنباء غير مؤكدة', 'معلومات متداولة', 'بحسب ما يتم تداوله',
	'تداولت وسائل إعلام', 'تناقلت وسائل إعلام', 'تداولت مواقع', 'تناقلت مواقع', 'بحسب معلومات', 'وفق معلومات',
	'علمت', 'وعلمت', 'أفادت معلومات', 'تفيد معلومات', 'تشير معلومات', 'تشير المعلومات', 'وتشير المعلومات',
];

/** Words that, after a source noun, show the speaker is a named person following (مسؤول أمريكي يدعى …). */
export const NAMING_WORDS: readonly string[] = ['يدعى', 'يُدعى', 'واسمه', 'اسمه', 'ويدعى'];
