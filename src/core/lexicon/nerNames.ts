/**
 * Native Arabic given names and family names that share a transliteration skeleton with another name but are
 * different names (حسن/حسين، محمد/محمود/أحمد، سعد/سعيد/سعود): the spelling-variant check never links them.
 * Written as usually spelled; looked up on the matching key.
 */
export const DISTINCT_NATIVE_NAMES: readonly string[] = [
	'محمد', 'محمود', 'أحمد', 'حامد', 'حمد', 'حميد', 'حمود', 'حمدي', 'حمدان', 'حسن', 'حسين', 'حسان', 'حسني', 'حسنين', 'سعد',
	'سعيد', 'سعود', 'سعدي', 'سعدون', 'علي', 'عليان', 'علوان', 'خالد', 'خليل', 'خلف', 'خليفة', 'جمال', 'جميل', 'جميلة',
	'كمال', 'كامل', 'كميل', 'نبيل', 'نبيلة', 'نايف', 'نواف', 'نوف', 'فهد', 'فهيد', 'فيصل', 'فاضل', 'فضل', 'فضيل',
	'مجيد', 'ماجد', 'مجدي', 'صالح', 'صلاح', 'مصلح', 'صلح', 'رشيد', 'راشد', 'رشاد', 'رشدي', 'سليم', 'سالم', 'سلمان',
	'سليمان', 'سلمى', 'سلامة', 'عادل', 'عدلي', 'عدنان', 'عماد', 'عمادة', 'عمر', 'عمرو', 'عامر', 'عمار', 'عمران', 'زيد',
	'زياد', 'زايد', 'يزيد', 'ناصر', 'نصر', 'نصير', 'منصور', 'نصار', 'طارق', 'طريف', 'جابر', 'جبر', 'جبير', 'جبران',
	'كريم', 'كريمة', 'كرم', 'أكرم', 'مكرم', 'رياض', 'رياضي', 'مراد', 'مريد', 'ريم', 'رامي', 'رام', 'ريما', 'مريم',
	'هند', 'هنادي', 'هاني', 'هناء', 'منى', 'منير', 'منيرة', 'أمين', 'أمينة', 'أمان', 'إيمان', 'يمان', 'نور', 'نوري',
	'نورة', 'نوار', 'بدر', 'بدري', 'بدير', 'شريف', 'شرف', 'أشرف', 'مشرف', 'وليد', 'ولد', 'خلود', 'فارس', 'فريس', 'ياسر',
	'يسري', 'يسرى', 'ياسين', 'بشار', 'بشير', 'بشرى', 'بشر', 'مبارك', 'بركات',
];

/**
 * Names whose type follows the labelling guide rather than the training data: ANERcorp tags «البيت الأبيض» as MISC,
 * the guide calls a government body an organisation. Looked up on the matching key of the whole name.
 */
export const ENTITY_TYPE_OVERRIDES: ReadonlyArray<readonly [string, 'PER' | 'LOC' | 'ORG' | 'MISC']> = [
	['البيت الأبيض', 'ORG'],
	['الكرملين', 'ORG'],
	['البنتاغون', 'ORG'],
	['البنتاجون', 'ORG'],
	['الإليزيه', 'ORG'],
	['داونينج ستريت', 'ORG'],
	['داونينغ ستريت', 'ORG'],
	// News agencies and outlets, which the model can take for a person after «لـ» («قال لفرانس برس»: ANERcorp itself
	// tags two of its ten «فرانس برس» as persons). Only names that are nothing else: not «الأناضول» (Anatolia),
	// «قنا» (an Egyptian city), «بترا» (Petra) or «بلومبرغ» (a person too).
	['فرانس برس', 'ORG'],
	['رويترز', 'ORG'],
	['أسوشيتد برس', 'ORG'],
	['أسوشيتدبرس', 'ORG'],
	['سبوتنيك', 'ORG'],
	['شينخوا', 'ORG'],
	['نوفوستي', 'ORG'],
	['إنترفاكس', 'ORG'],
	['يونهاب', 'ORG'],
	['بي بي سي', 'ORG'],
	['سي إن إن', 'ORG'],
	['سكاي نيوز', 'ORG'],
	['فرانس 24', 'ORG'],
	['نيويورك تايمز', 'ORG'],
	['واشنطن بوست', 'ORG'],
	['وول ستريت جورنال', 'ORG'],
	['الغارديان', 'ORG'],
	['الجارديان', 'ORG'],
	['لوموند', 'ORG'],
];

/**
 * Month and weekday names, which the model sometimes tags on their own («في أيار»، «يوليو»): a one-word span of one of
 * them is dropped. ANERcorp tags them O (its only exception, «نيسان» as a carmaker, keeps its ORG). The Arabic month
 * names of Unicode CLDR (Egypt and the Gulf; the Levant and Iraq; Morocco; Algeria and Tunisia) and its weekdays;
 * a unit test checks the list against the cldr-dates-full package.
 */
export const MONTHS_AND_DAYS: readonly string[] = [
	'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
	'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
	'ماي', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
	'جانفي', 'فيفري', 'أفريل', 'جوان', 'جويلية', 'أوت',
	'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
];

/**
 * Name connectors that open a name (src/core/lexicon/stopwords.ts has them all) and carry a glued و or ل when a second
 * name begins with them («عبدالله صالح لعبد الملك الحوثي»، «محمد وأبو بكر»): inside a person's span, such a word starts
 * another person. Looked up on the matching key without the glued letter.
 */
export const NAME_OPENERS: readonly string[] = ['عبد', 'أبو', 'أبي', 'ابن'];

/**
 * Times of day, which the model can take for a place after «في» («في الصباح»): a place span of one of these words alone
 * is dropped. ANERcorp never tags them as places (as persons or names of things sometimes: «صباح», the newspaper
 * «الصباح»), so only LOC spans are dropped. Looked up on the matching key, with one proclitic stripped.
 */
export const TIMES_OF_DAY: readonly string[] = [
	'الصباح', 'صباح', 'صباحا', 'المساء', 'مساء', 'مساءا', 'الظهر', 'ظهرا', 'الظهيرة', 'الليل', 'ليلا', 'الفجر', 'فجرا',
	'العصر', 'عصرا', 'الضحى', 'ضحى',
];

/**
 * Names that Unicode CLDR lists among its territories but that are not places: the European Union, the euro area and
 * the United Nations (CLDR codes EU, EZ, UN). The place rule of the recognizer (a span that is a multi-word CLDR
 * territory is a LOC) skips them, so the model's own type stands; ANERcorp tags «الأمم المتحدة» and «الاتحاد الأوروبي»
 * as organisations. Looked up on the matching keys of the whole name.
 */
export const CLDR_NOT_PLACES: readonly string[] = ['الاتحاد الأوروبي', 'منطقة اليورو', 'الأمم المتحدة'];

/**
 * Nouns for people that are no one's name, which the model can tag as a person when they stand where a name would
 * («وقال الناشط: …»، «وأضاف المتهم»). A person span that is one of these alone is dropped; with a name after it the
 * span stays as the model tagged it. The title and role words of nerTriggers.ts count too. Matching keys.
 */
export const COMMON_PERSON_NOUNS: readonly string[] = [
	'الناشط', 'الناشطة', 'المواطن', 'المواطنة', 'الشاب', 'الشابة', 'الفتاة', 'الطفل', 'الطفلة', 'الرجل', 'المرأة',
	'الطالب', 'الطالبة', 'المعلم', 'المعلمة', 'المتهم', 'المتهمة', 'الضحية', 'الجاني', 'الموظف', 'الموظفة', 'السائق',
	'المقيم', 'الوافد', 'المريض', 'المريضة', 'الشاهد', 'المصدر', 'المسؤول', 'المسؤولة', 'الزوج', 'الزوجة', 'الأب', 'الأم',
	'الابن', 'الابنة', 'الشقيق', 'الشقيقة', 'المشجع', 'المذيع', 'المذيعة', 'المدون', 'المغرد', 'الداعية', 'الخطيب',
];

/**
 * One-word CLDR place names that are also common words («العالم» the world, «ترك» left, «مالي» financial, «مسقط»
 * in «مسقط رأسه»): the rule that makes an untagged CLDR place after «إلى»، «في»، «من» a LOC skips them.
 */
export const CLDR_AMBIGUOUS_PLACES: readonly string[] = ['العالم', 'ترك', 'مالي', 'سول', 'مسقط', 'الجزيرة'];

/**
 * Names the newsroom needs recognised that ANERgazet (2000s newswire) and CLDR lack: the current foreign names of
 * editorial-rules.md §5 in each of their usual spellings. Compiled into the model's gazetteer by the trainer
 * (scripts/ner/gazetteers.ts) as membership features; the model still decides from the context.
 */
export const HOUSE_GAZETTEER: ReadonlyArray<readonly [string, 'PER' | 'LOC' | 'ORG']> = [
	['ترمب', 'PER'],
	['ترامب', 'PER'],
	['دونالد ترمب', 'PER'],
	['دونالد ترامب', 'PER'],
	['بايدن', 'PER'],
	['جو بايدن', 'PER'],
	['زيلينسكي', 'PER'],
	['زيلنسكي', 'PER'],
	['غوتيريش', 'PER'],
	['جوتيريش', 'PER'],
	['أردوغان', 'PER'],
	['أردوجان', 'PER'],
	['بريغوجين', 'PER'],
	['بريجوجين', 'PER'],
	['بوتين', 'PER'],
	['بوتن', 'PER'],
	['شويغو', 'PER'],
	['شويجو', 'PER'],
	['ميونخ', 'LOC'],
	['ميونيخ', 'LOC'],
	['فاغنر', 'ORG'],
	['فاجنر', 'ORG'],
];
