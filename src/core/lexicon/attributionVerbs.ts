/**
 * Lexicon L1 of editorial-rules.md §2: verbs of saying, with the base forms a writer would look up in a dictionary.
 * Only base forms are listed here; every other form (و/ف, feminine, dual, plural, present, the حال participle, object
 * pronouns) is generated in `attributionForms.ts`.
 *
 * Classes: N neutral · S stance or force · O opinion or speculation · F factive · D casts doubt · A accusation ·
 * E pejorative.
 */
import type { VerbClass } from '../types';

/**
 * When an ambiguous verb counts as attribution. A verb with conditions counts only when at least one holds; a
 * condition written `a+b` holds when both parts hold.
 * - `complement`: a complement clause follows in the same sentence (أن / إن / ان / بأن), or a colon, or a quote,
 *   before any other verb of saying;
 * - `next-complement`: the very next word is a complementizer (مضيفةً أن);
 * - `colon`: a colon or an opening quote mark follows within the clause;
 * - `next:<word>`: the next word is this one (or و + it), e.g. `next:عن` for عبّر عن; a one-letter word is a
 *   glued preposition within the next three words (`next:ب`: وصفه بأنه);
 * - `near:<word>`: this word follows within the clause, after the subject (حذّر الوزير، أمس، من …); a final `*`
 *   matches any ending;
 * - `subject`: a noun phrase follows the verb and then a complement (قالت مصادر … إن);
 * - `clause-start`: the verb opens its clause (after a stop, a comma, a particle, or nothing).
 */
export type CueCondition = 'complement' | 'next-complement' | 'colon' | 'subject' | 'clause-start' | `next:${string}` | `near:${string}` | `${string}+${string}`;

/** One verb of saying. */
export interface VerbEntry {
	/** Past, 3rd person masculine singular: the lemma. */
	readonly lemma: string;
	/** Past 3ms, 3fs, 3mp. */
	readonly past: readonly [string, string, string];
	/** Present 3ms, 3fs, 3mp (empty strings when the lexicon gives none). */
	readonly present: readonly [string, string, string];
	/** The masculine singular active participle used as حال, without tanween (قائل), or empty. */
	readonly hal: string;
	readonly cls: VerbClass;
	/** Conditions for ambiguous verbs; omitted when every form is attribution in news copy. */
	readonly when?: readonly CueCondition[];
	/** Conditions for the bare past 3ms form only, which collides with a noun (ذكر، طالب، كتب …). */
	readonly whenBare?: readonly CueCondition[];
	/** Words that, right after the verb, make it something else (أفاد من = benefited from). */
	readonly notBefore?: readonly string[];
	/** Words that, right before the verb, make it something else (ما دعا = which prompted). */
	readonly notAfter?: readonly string[];
	/**
	 * Letters that, opening the word right after the حال participle, make it the passive participle written the same
	 * way: «متهمين بالتورط» is "accused of", where «متهماً الحكومة بـ…» is "accusing".
	 */
	readonly passiveHalBefore?: readonly string[];
	/**
	 * Words (or, ending in '*', beginnings) one of which must follow the حال participle right away when the participle
	 * is also a common noun: «مُقِرّاً بأن» concedes, «تتخذ من طوكيو مقراً لها» is a headquarters.
	 */
	readonly halNext?: readonly string[];
	/** Whether the verb takes object pronouns in reporting use (أبلغه، أخبرهم). */
	readonly objects?: boolean;
	/** Passive forms that attribute with no agent (قيل، يُقال). */
	readonly passive?: readonly string[];
	/** A short English gloss for hovers. */
	readonly gloss: string;
}

export const ATTRIBUTION_VERBS: readonly VerbEntry[] = [
	{ lemma: 'قال', past: ['قال', 'قالت', 'قالوا'], present: ['يقول', 'تقول', 'يقولون'], hal: 'قائل', cls: 'N', passive: ['قيل', 'يقال'], gloss: 'said', objects: true },
	{ lemma: 'ذكر', past: ['ذكر', 'ذكرت', 'ذكروا'], present: ['يذكر', 'تذكر', 'يذكرون'], hal: '', cls: 'N', when: ['complement', 'subject', 'colon'], objects: true, gloss: 'mentioned' },
	{ lemma: 'أضاف', past: ['أضاف', 'أضافت', 'أضافوا'], present: ['يضيف', 'تضيف', 'يضيفون'], hal: 'مضيف', cls: 'N', gloss: 'added' },
	{ lemma: 'تابع', past: ['تابع', 'تابعت', 'تابعوا'], present: ['يتابع', 'تتابع', 'يتابعون'], hal: 'متابع', cls: 'N', when: ['colon', 'next:قائلا', 'next:أن', 'next:ان', 'next:إن', 'next:بأن', 'next:بالقول', 'subject'], gloss: 'went on' },
	{ lemma: 'أردف', past: ['أردف', 'أردفت', 'أردفوا'], present: ['يردف', 'تردف', 'يردفون'], hal: 'مردف', cls: 'N', gloss: 'went on' },
	{ lemma: 'استطرد', past: ['استطرد', 'استطردت', 'استطردوا'], present: ['يستطرد', 'تستطرد', 'يستطردون'], hal: 'مستطرد', cls: 'N', gloss: 'digressed' },
	{ lemma: 'استدرك', past: ['استدرك', 'استدركت', 'استدركوا'], present: ['يستدرك', 'تستدرك', ''], hal: 'مستدرك', cls: 'N', gloss: 'qualified' },
	{ lemma: 'أوضح', past: ['أوضح', 'أوضحت', 'أوضحوا'], present: ['يوضح', 'توضح', 'يوضحون'], hal: 'موضح', cls: 'F', gloss: 'explained' },
	{ lemma: 'بيّن', past: ['بيّن', 'بيّنت', 'بيّنوا'], present: ['يبيّن', 'تبيّن', 'يبيّنون'], hal: 'مبيّن', cls: 'F', when: ['complement'], whenBare: ['clause-start+complement', 'clause-start+subject', 'clause-start+colon'], gloss: 'made clear' },
	{ lemma: 'أشار', past: ['أشار', 'أشارت', 'أشاروا'], present: ['يشير', 'تشير', 'يشيرون'], hal: 'مشير', cls: 'N', gloss: 'pointed out' },
	{ lemma: 'لفت', past: ['لفت', 'لفتت', 'لفتوا'], present: ['يلفت', 'تلفت', 'يلفتون'], hal: 'لافت', cls: 'N', when: ['complement', 'near:إلى', 'near:الى', 'next:النظر'], gloss: 'drew attention' },
	{ lemma: 'نوّه', past: ['نوّه', 'نوّهت', 'نوّهوا'], present: ['ينوّه', 'تنوّه', 'ينوّهون'], hal: 'منوّه', cls: 'N', gloss: 'noted' },
	{ lemma: 'أفاد', past: ['أفاد', 'أفادت', 'أفادوا'], present: ['يفيد', 'تفيد', 'يفيدون'], hal: '', cls: 'N', notBefore: ['من', 'منه', 'منها', 'منهم', 'منا'], gloss: 'reported' },
	{ lemma: 'صرّح', past: ['صرّح', 'صرّحت', 'صرّحوا'], present: ['يصرّح', 'تصرّح', 'يصرّحون'], hal: 'مصرّح', cls: 'N', gloss: 'stated' },
	{ lemma: 'أعلن', past: ['أعلن', 'أعلنت', 'أعلنوا'], present: ['يعلن', 'تعلن', 'يعلنون'], hal: 'معلن', cls: 'N', objects: true, gloss: 'announced' },
	{ lemma: 'نقل', past: ['نقل', 'نقلت', 'نقلوا'], present: ['ينقل', 'تنقل', 'ينقلون'], hal: 'ناقل', cls: 'N', objects: true, when: ['near:عن', 'near:عنه', 'near:عنها', 'near:عنهم'], gloss: 'quoted' },
	{ lemma: 'أورد', past: ['أورد', 'أوردت', 'أوردوا'], present: ['يورد', 'تورد', 'يوردون'], hal: '', cls: 'N', gloss: 'reported' },
	{ lemma: 'روى', past: ['روى', 'روت', 'رووا'], present: ['يروي', 'تروي', 'يروون'], hal: 'راوي', cls: 'N', when: ['complement', 'subject'], gloss: 'recounted' },
	{ lemma: 'كتب', past: ['كتب', 'كتبت', 'كتبوا'], present: ['يكتب', 'تكتب', 'يكتبون'], hal: '', cls: 'N', when: ['colon', 'complement', 'near:على', 'near:في', 'subject'], whenBare: ['clause-start+colon', 'clause-start+complement', 'clause-start+near:على', 'clause-start+near:في', 'clause-start+subject'], gloss: 'wrote' },
	{ lemma: 'غرّد', past: ['غرّد', 'غرّدت', 'غرّدوا'], present: ['يغرّد', 'تغرّد', 'يغرّدون'], hal: 'مغرّد', cls: 'N', gloss: 'tweeted' },
	{ lemma: 'أبلغ', past: ['أبلغ', 'أبلغت', 'أبلغوا'], present: ['', '', ''], hal: '', cls: 'N', objects: true, when: ['complement', 'colon', 'subject'], gloss: 'told' },
	{ lemma: 'أخبر', past: ['أخبر', 'أخبرت', 'أخبروا'], present: ['يخبر', 'تخبر', 'يخبرون'], hal: '', cls: 'N', objects: true, gloss: 'told' },
	{ lemma: 'ردّ', past: ['ردّ', 'ردّت', 'ردّوا'], present: ['يردّ', 'تردّ', 'يردّون'], hal: '', cls: 'N', when: ['colon', 'next:على', 'next:بأن', 'next:بالقول', 'subject'], notBefore: ['في'], gloss: 'replied' },
	{ lemma: 'أجاب', past: ['أجاب', 'أجابت', 'أجابوا'], present: ['يجيب', 'تجيب', 'يجيبون'], hal: 'مجيب', cls: 'N', gloss: 'answered' },
	{ lemma: 'علّق', past: ['علّق', 'علّقت', 'علّقوا'], present: ['يعلّق', 'تعلّق', 'يعلّقون'], hal: 'معلّق', cls: 'N', when: ['colon', 'near:على', 'next:قائلا', 'next:بالقول'], gloss: 'commented' },
	{ lemma: 'تحدّث', past: ['تحدّث', 'تحدّثت', 'تحدّثوا'], present: ['يتحدّث', 'تتحدّث', 'يتحدّثون'], hal: 'متحدث', cls: 'N', when: ['colon', 'complement', 'near:إلى', 'near:الى'], gloss: 'spoke' },
	{ lemma: 'أعرب', past: ['أعرب', 'أعربت', 'أعربوا'], present: ['يعرب', 'تعرب', 'يعربون'], hal: 'معرب', cls: 'N', gloss: 'expressed' },
	{ lemma: 'عبّر', past: ['عبّر', 'عبّرت', 'عبّروا'], present: ['يعبّر', 'تعبّر', 'يعبّرون'], hal: 'معبّر', cls: 'N', when: ['near:عن'], notBefore: ['مواقع', 'وسائل', 'حسابه', 'حسابها', 'حساب', 'موقع', 'منصة', 'منصات', 'قناة', 'الإنترنت', 'الانترنت', 'الشبكة', 'تطبيق', 'البريد', 'الهاتف', 'رسالة', 'رسائل', 'الحدود', 'البحر', 'الجو', 'الأقمار', 'شاشة', 'شاشات', 'إذاعة', 'تلفزيون', 'التلفزيون', 'الفيديو', 'تقنية', 'طريق', 'الطريق', 'مكبرات', 'الموقع', 'المنصة', 'القناة', 'المواقع', 'الوسائل', 'الحساب'], gloss: 'expressed' },
	{ lemma: 'أبدى', past: ['أبدى', 'أبدت', 'أبدوا'], present: ['يبدي', 'تبدي', ''], hal: 'مبدي', cls: 'N', gloss: 'expressed' },
	{ lemma: 'أدلى', past: ['أدلى', 'أدلت', 'أدلوا'], present: ['يدلي', 'تدلي', 'يدلون'], hal: '', cls: 'N', gloss: 'gave (a statement)' },
	{ lemma: 'نسب', past: ['نسب', 'نسبت', 'نسبوا'], present: ['ينسب', 'تنسب', ''], hal: '', cls: 'N', when: ['next:إلى', 'next:الى', 'next:ل'], gloss: 'attributed' },
	{ lemma: 'كرّر', past: ['كرّر', 'كرّرت', 'كرّروا'], present: ['يكرّر', 'تكرّر', ''], hal: 'مكرّر', cls: 'N', when: ['complement', 'colon'], gloss: 'repeated' },
	{ lemma: 'ختم', past: ['ختم', 'ختمت', 'ختموا'], present: ['يختم', 'تختم', ''], hal: 'مختتم', cls: 'N', when: ['colon', 'next:حديثه', 'next:حديثها', 'next:كلمته', 'next:كلمتها', 'next:تصريحه', 'next:تصريحاته', 'near:بالقول', 'near:قائلا'], gloss: 'concluded' },
	{ lemma: 'اختتم', past: ['اختتم', 'اختتمت', 'اختتموا'], present: ['يختتم', 'تختتم', ''], hal: 'مختتم', cls: 'N', when: ['colon', 'next:حديثه', 'next:حديثها', 'next:كلمته', 'next:كلمتها', 'next:تصريحه', 'next:تصريحاته', 'near:بالقول', 'near:قائلا'], gloss: 'concluded' },
	{ lemma: 'واصل', past: ['واصل', 'واصلت', 'واصلوا'], present: ['يواصل', 'تواصل', ''], hal: '', cls: 'N', when: ['colon', 'next:حديثه', 'next:حديثها', 'next:كلمته', 'next:كلمتها', 'next:قائلا'], gloss: 'continued' },
	{ lemma: 'أكّد', past: ['أكّد', 'أكّدت', 'أكّدوا'], present: ['يؤكّد', 'تؤكّد', 'يؤكّدون'], hal: 'مؤكّد', cls: 'S', gloss: 'stressed' },
	{ lemma: 'شدّد', past: ['شدّد', 'شدّدت', 'شدّدوا'], present: ['يشدّد', 'تشدّد', 'يشدّدون'], hal: 'مشدّد', cls: 'S', when: ['near:على', 'complement', 'colon'], gloss: 'insisted' },
	{ lemma: 'حذّر', past: ['حذّر', 'حذّرت', 'حذّروا'], present: ['يحذّر', 'تحذّر', 'يحذّرون'], hal: 'محذّر', cls: 'S', when: ['near:من', 'complement', 'colon', 'subject'], gloss: 'warned' },
	{ lemma: 'دعا', past: ['دعا', 'دعت', 'دعوا'], present: ['يدعو', 'تدعو', 'يدعون'], hal: 'داعي', cls: 'S', notAfter: ['ما', 'مما', 'وما'], objects: true, gloss: 'called for' },
	{ lemma: 'طالب', past: ['طالب', 'طالبت', 'طالبوا'], present: ['يطالب', 'تطالب', 'يطالبون'], hal: 'مطالب', cls: 'S', whenBare: ['next:ب', 'complement'], notBefore: ['عدم'], gloss: 'demanded' },
	{ lemma: 'ناشد', past: ['ناشد', 'ناشدت', 'ناشدوا'], present: ['يناشد', 'تناشد', 'يناشدون'], hal: 'مناشد', cls: 'S', gloss: 'appealed' },
	{ lemma: 'تعهّد', past: ['تعهّد', 'تعهّدت', 'تعهّدوا'], present: ['يتعهّد', 'تتعهّد', 'يتعهّدون'], hal: 'متعهّد', cls: 'S', gloss: 'pledged' },
	{ lemma: 'وعد', past: ['وعد', 'وعدت', 'وعدوا'], present: ['', '', ''], hal: '', cls: 'S', when: ['complement', 'next:ب'], gloss: 'promised' },
	{ lemma: 'هدّد', past: ['هدّد', 'هدّدت', 'هدّدوا'], present: ['يهدّد', 'تهدّد', 'يهدّدون'], hal: 'مهدّد', cls: 'S', when: ['complement', 'next:ب', 'colon'], gloss: 'threatened' },
	{ lemma: 'لوّح', past: ['لوّح', 'لوّحت', 'لوّحوا'], present: ['يلوّح', 'تلوّح', ''], hal: 'ملوّح', cls: 'S', when: ['next:ب', 'complement'], gloss: 'hinted at' },
	{ lemma: 'جزم', past: ['جزم', 'جزمت', 'جزموا'], present: ['يجزم', 'تجزم', ''], hal: 'جازم', cls: 'S', when: ['complement', 'next:ب'], gloss: 'asserted' },
	{ lemma: 'ألمح', past: ['ألمح', 'ألمحت', 'ألمحوا'], present: ['يلمح', 'تلمح', ''], hal: 'ملمح', cls: 'S', gloss: 'hinted' },
	{ lemma: 'لمّح', past: ['لمّح', 'لمّحت', 'لمّحوا'], present: ['يلمّح', 'تلمّح', ''], hal: 'ملمّح', cls: 'S', when: ['complement', 'next:إلى', 'next:الى'], gloss: 'hinted' },
	{ lemma: 'أسرّ', past: ['أسرّ', 'أسرّت', 'أسرّوا'], present: ['', '', ''], hal: '', cls: 'S', when: ['complement', 'colon'], gloss: 'confided' },
	{ lemma: 'نفى', past: ['نفى', 'نفت', 'نفوا'], present: ['ينفي', 'تنفي', 'ينفون'], hal: 'نافي', cls: 'N', gloss: 'denied' },
	{ lemma: 'أنكر', past: ['أنكر', 'أنكرت', 'أنكروا'], present: ['ينكر', 'تنكر', ''], hal: 'منكر', cls: 'S', gloss: 'denied' },
	{ lemma: 'برّر', past: ['برّر', 'برّرت', 'برّروا'], present: ['يبرّر', 'تبرّر', ''], hal: 'مبرّر', cls: 'S', when: ['complement', 'next:ذلك'], gloss: 'justified' },
	{ lemma: 'رأى', past: ['رأى', 'رأت', 'رأوا'], present: ['يرى', 'ترى', 'يرون'], hal: '', cls: 'O', when: ['complement', 'subject'], whenBare: ['clause-start+complement', 'clause-start+subject'], gloss: 'held (opinion)' },
	{ lemma: 'اعتبر', past: ['اعتبر', 'اعتبرت', 'اعتبروا'], present: ['يعتبر', 'تعتبر', 'يعتبرون'], hal: 'معتبر', cls: 'O', when: ['complement', 'subject'], gloss: 'considered' },
	{ lemma: 'اعتقد', past: ['اعتقد', 'اعتقدت', 'اعتقدوا'], present: ['يعتقد', 'تعتقد', 'يعتقدون'], hal: 'معتقد', cls: 'O', when: ['complement', 'subject'], gloss: 'believed' },
	{ lemma: 'توقّع', past: ['توقّع', 'توقّعت', 'توقّعوا'], present: ['يتوقّع', 'تتوقّع', 'يتوقّعون'], hal: 'متوقّع', cls: 'O', when: ['complement', 'subject'], gloss: 'expected' },
	{ lemma: 'رجّح', past: ['رجّح', 'رجّحت', 'رجّحوا'], present: ['يرجّح', 'ترجّح', 'يرجّحون'], hal: 'مرجّح', cls: 'O', when: ['complement', 'subject'], gloss: 'deemed likely' },
	{ lemma: 'قدّر', past: ['قدّر', 'قدّرت', 'قدّروا'], present: ['يقدّر', 'تقدّر', 'يقدّرون'], hal: 'مقدّر', cls: 'O', when: ['complement'], gloss: 'estimated' },
	{ lemma: 'وصف', past: ['وصف', 'وصفت', 'وصفوا'], present: ['يصف', 'تصف', 'يصفون'], hal: 'واصف', cls: 'O', objects: true, when: ['next:ب', 'near:بأن*', 'subject'], whenBare: ['subject'], gloss: 'described as' },
	{ lemma: 'كشف', past: ['كشف', 'كشفت', 'كشفوا'], present: ['يكشف', 'تكشف', 'يكشفون'], hal: 'كاشف', cls: 'F', when: ['complement', 'near:عن', 'subject'], gloss: 'revealed' },
	{ lemma: 'أقرّ', past: ['أقرّ', 'أقرّت', 'أقرّوا'], present: ['يقرّ', 'تقرّ', 'يقرّون'], hal: 'مقرّ', cls: 'F', when: ['complement', 'next:ب'], halNext: ['ب*', 'أن', 'أنه', 'أنها', 'إن', 'بأن'], gloss: 'conceded' },
	{ lemma: 'اعترف', past: ['اعترف', 'اعترفت', 'اعترفوا'], present: ['يعترف', 'تعترف', 'يعترفون'], hal: 'معترف', cls: 'F', when: ['complement', 'next:ب', 'colon'], gloss: 'admitted' },
	{ lemma: 'زعم', past: ['زعم', 'زعمت', 'زعموا'], present: ['يزعم', 'تزعم', 'يزعمون'], hal: 'زاعم', cls: 'D', gloss: 'claimed' },
	{ lemma: 'ادّعى', past: ['ادّعى', 'ادّعت', 'ادّعوا'], present: ['يدّعي', 'تدّعي', 'يدّعون'], hal: 'مدّعي', cls: 'D', when: ['complement', 'colon'], objects: true, gloss: 'alleged' },
	{ lemma: 'تذرّع', past: ['تذرّع', 'تذرّعت', 'تذرّعوا'], present: ['يتذرّع', 'تتذرّع', ''], hal: 'متذرّع', cls: 'D', gloss: 'used as pretext' },
	{ lemma: 'اتّهم', past: ['اتّهم', 'اتّهمت', 'اتّهموا'], present: ['يتّهم', 'تتّهم', 'يتّهمون'], hal: 'متّهم', cls: 'A', objects: true, passiveHalBefore: ['ب'], gloss: 'accused' },
	{ lemma: 'انتقد', past: ['انتقد', 'انتقدت', 'انتقدوا'], present: ['ينتقد', 'تنتقد', 'ينتقدون'], hal: 'منتقد', cls: 'A', objects: true, gloss: 'criticised' },
	{ lemma: 'هاجم', past: ['هاجم', 'هاجمت', 'هاجموا'], present: ['يهاجم', 'تهاجم', 'يهاجمون'], hal: 'مهاجم', cls: 'A', when: ['complement', 'colon'], gloss: 'attacked (verbally)' },
	{ lemma: 'ندّد', past: ['ندّد', 'ندّدت', 'ندّدوا'], present: ['يندّد', 'تندّد', ''], hal: 'مندّد', cls: 'A', gloss: 'denounced' },
	{ lemma: 'استنكر', past: ['استنكر', 'استنكرت', 'استنكروا'], present: ['يستنكر', 'تستنكر', ''], hal: 'مستنكر', cls: 'A', gloss: 'condemned' },
	{ lemma: 'أدان', past: ['أدان', 'أدانت', 'أدانوا'], present: ['يدين', 'تدين', 'يدينون'], hal: '', cls: 'A', gloss: 'condemned' },
	{ lemma: 'أشاد', past: ['أشاد', 'أشادت', 'أشادوا'], present: ['يشيد', 'تشيد', 'يشيدون'], hal: 'مشيد', cls: 'S', gloss: 'praised' },
	{ lemma: 'أثنى', past: ['أثنى', 'أثنت', 'أثنوا'], present: ['يثني', 'تثني', ''], hal: 'مثني', cls: 'S', when: ['next:على'], gloss: 'praised' },
	{ lemma: 'تبجّح', past: ['تبجّح', 'تبجّحت', 'تبجّحوا'], present: ['يتبجّح', 'تتبجّح', ''], hal: '', cls: 'E', gloss: 'bragged' },
	{ lemma: 'تفاخر', past: ['تفاخر', 'تفاخرت', 'تفاخروا'], present: ['يتفاخر', 'تتفاخر', ''], hal: '', cls: 'E', gloss: 'boasted' },
	{ lemma: 'تهرّب', past: ['تهرّب', 'تهرّبت', 'تهرّبوا'], present: ['يتهرّب', 'تتهرّب', ''], hal: '', cls: 'E', when: ['next:من'], gloss: 'evaded' },
	{ lemma: 'راوغ', past: ['راوغ', 'راوغت', 'راوغوا'], present: ['يراوغ', 'تراوغ', ''], hal: '', cls: 'E', gloss: 'dodged' },
	{ lemma: 'أكمل', past: ['أكمل', 'أكملت', 'أكملوا'], present: ['', '', ''], hal: '', cls: 'N', when: ['colon', 'next:قائلا'], gloss: 'went on' },
	{ lemma: 'اقترح', past: ['اقترح', 'اقترحت', 'اقترحوا'], present: ['يقترح', 'تقترح', 'يقترحون'], hal: 'مقترح', cls: 'N', when: ['complement'], gloss: 'proposed' },
	{ lemma: 'أبان', past: ['أبان', 'أبانت', 'أبانوا'], present: ['', '', ''], hal: '', cls: 'F', when: ['complement', 'colon'], gloss: 'made clear' },
	{ lemma: 'أوصى', past: ['أوصى', 'أوصت', 'أوصوا'], present: ['يوصي', 'توصي', ''], hal: '', cls: 'S', when: ['complement', 'next:ب'], gloss: 'recommended' },
	{ lemma: 'تساءل', past: ['تساءل', 'تساءلت', 'تساءلوا'], present: ['يتساءل', 'تتساءل', ''], hal: 'متسائل', cls: 'N', gloss: 'wondered' },
	{ lemma: 'سأل', past: ['سأل', 'سألت', 'سألوا'], present: ['', '', ''], hal: 'سائل', cls: 'N', objects: true, when: ['colon'], gloss: 'asked' },
	{ lemma: 'أفصح', past: ['أفصح', 'أفصحت', 'أفصحوا'], present: ['يفصح', 'تفصح', ''], hal: '', cls: 'N', when: ['next:عن', 'complement'], gloss: 'disclosed' },
	{ lemma: 'أعاد', past: ['أعاد', 'أعادت', 'أعادوا'], present: ['', '', ''], hal: '', cls: 'N', when: ['next:التأكيد', 'next:التذكير'], gloss: 'reiterated' },
	{ lemma: 'رحّب', past: ['رحّب', 'رحّبت', 'رحّبوا'], present: ['يرحّب', 'ترحّب', ''], hal: '', cls: 'S', when: ['next:ب'], gloss: 'welcomed' },
	{ lemma: 'اشترط', past: ['اشترط', 'اشترطت', 'اشترطوا'], present: ['يشترط', 'تشترط', ''], hal: '', cls: 'S', when: ['complement'], gloss: 'stipulated' },
	{ lemma: 'زاد', past: ['زاد', 'زادت', 'زادوا'], present: ['', '', ''], hal: '', cls: 'N', when: ['colon+clause-start', 'next:قائلا', 'next:قائلة', 'next:بالقول', 'next-complement+clause-start'], gloss: 'added' },
	{ lemma: 'مضى', past: ['مضى', 'مضت', 'مضوا'], present: ['يمضي', 'تمضي', ''], hal: '', cls: 'N', when: ['near:بالقول', 'near:قائلا', 'near:قائلة', 'colon'], gloss: 'went on' },
	{ lemma: 'استبعد', past: ['استبعد', 'استبعدت', 'استبعدوا'], present: ['يستبعد', 'تستبعد', 'يستبعدون'], hal: 'مستبعد', cls: 'O', when: ['complement'], gloss: 'ruled out' },
	{ lemma: 'أصرّ', past: ['أصرّ', 'أصرّت', 'أصرّوا'], present: ['يصرّ', 'تصرّ', 'يصرّون'], hal: 'مصرّ', cls: 'S', when: ['complement', 'near:على'], gloss: 'insisted' },
	{ lemma: 'أرجع', past: ['أرجع', 'أرجعت', 'أرجعوا'], present: ['يرجع', 'ترجع', ''], hal: 'مرجع', cls: 'N', when: ['complement', 'near:إلى', 'near:الى', 'near:ل'], whenBare: ['complement', 'near:إلى', 'near:الى'], gloss: 'attributed (a cause)' },
	{ lemma: 'شكّك', past: ['شكّك', 'شكّكت', 'شكّكوا'], present: ['يشكّك', 'تشكّك', ''], hal: 'مشكّك', cls: 'S', when: ['near:في', 'complement'], gloss: 'questioned' },
	{ lemma: 'تمنّى', past: ['تمنّى', 'تمنّت', 'تمنّوا'], present: ['يتمنّى', 'تتمنّى', ''], hal: 'متمنّي', cls: 'S', when: ['complement', 'subject'], gloss: 'wished' },
	{ lemma: 'جدّد', past: ['جدّد', 'جدّدت', 'جدّدوا'], present: ['يجدّد', 'تجدّد', ''], hal: '', cls: 'S', when: ['near:دعوت*', 'near:تأكيد*', 'near:رفض*', 'near:مطالبت*', 'near:موقف*', 'near:التأكيد', 'near:الدعوة', 'near:المطالبة'], gloss: 'renewed (a call)' },
	{ lemma: 'أثبت', past: ['أثبت', 'أثبتت', 'أثبتوا'], present: ['يثبت', 'تثبت', ''], hal: '', cls: 'F', when: ['next-complement', 'subject'], gloss: 'proved' },
	{ lemma: 'علم', past: ['', 'علمت', ''], present: ['', '', ''], hal: '', cls: 'N', when: ['complement', 'subject', 'near:من'], gloss: 'learned (the outlet)' },
	{ lemma: 'استهجن', past: ['استهجن', 'استهجنت', 'استهجنوا'], present: ['يستهجن', 'تستهجن', ''], hal: 'مستهجن', cls: 'A', gloss: 'denounced' },
	{ lemma: 'استغرب', past: ['استغرب', 'استغربت', 'استغربوا'], present: ['يستغرب', 'تستغرب', ''], hal: 'مستغرب', cls: 'S', when: ['complement', 'subject', 'near:من'], gloss: 'wondered at' },
	{ lemma: 'نادى', past: ['نادى', 'نادت', 'نادوا'], present: ['ينادي', 'تنادي', ''], hal: '', cls: 'S', when: ['near:ب', 'complement'], gloss: 'called for' },
	{ lemma: 'عرّج', past: ['عرّج', 'عرّجت', ''], present: ['', '', ''], hal: 'معرّج', cls: 'N', when: ['near:على'], gloss: 'touched on' },
];

/**
 * Lexicon L1b: nominal and prepositional attribution frames. Each is a sequence of words on the matching key; a
 * final «ل» is the preposition glued to the next word (وفقاً لـ«رويترز»، وفقا للوزارة).
 */
export interface PhraseEntry {
	readonly words: readonly string[];
	/** Whether the last word is a preposition written glued to the following noun (لـ). */
	readonly gluedPreposition?: boolean;
	/** Whether the source follows the frame (بحسب X) rather than preceding it (قالت X في بيان). */
	readonly sourceFollows: boolean;
	/** Whether speech must follow right after (a quote, a colon or أن): «بالقول» also means "in word" (بالقول أو بالفعل). */
	readonly speechFollows?: boolean;
	readonly gloss: string;
}

export const ATTRIBUTION_PHRASES: readonly PhraseEntry[] = [
	{ words: ['وفقاً', 'ل'], gluedPreposition: true, sourceFollows: true, gloss: 'according to' },
	{ words: ['وفقاً', 'لما'], sourceFollows: true, gloss: 'according to what' },
	{ words: ['طبقاً', 'ل'], gluedPreposition: true, sourceFollows: true, gloss: 'according to' },
	{ words: ['بحسب'], sourceFollows: true, gloss: 'according to' },
	{ words: ['حسب'], sourceFollows: true, gloss: 'according to' },
	{ words: ['حسبما'], sourceFollows: true, gloss: 'according to what' },
	{ words: ['وفق'], sourceFollows: true, gloss: 'according to' },
	{ words: ['نقلاً', 'عن'], sourceFollows: true, gloss: 'quoting' },
	{ words: ['على', 'لسان'], sourceFollows: true, gloss: 'in the words of' },
	{ words: ['عن', 'لسان'], sourceFollows: true, gloss: 'in the words of' },
	{ words: ['استناداً', 'إلى'], sourceFollows: true, gloss: 'based on' },
	{ words: ['في', 'تصريح'], sourceFollows: false, gloss: 'in a statement' },
	{ words: ['في', 'تصريحات'], sourceFollows: false, gloss: 'in statements' },
	{ words: ['في', 'تصريحه'], sourceFollows: false, gloss: 'in his statement' },
	{ words: ['في', 'تصريحها'], sourceFollows: false, gloss: 'in her statement' },
	{ words: ['في', 'تصريحاته'], sourceFollows: false, gloss: 'in his statements' },
	{ words: ['في', 'حديث'], sourceFollows: false, gloss: 'speaking to' },
	{ words: ['في', 'حديثه'], sourceFollows: false, gloss: 'speaking to' },
	{ words: ['في', 'حديثها'], sourceFollows: false, gloss: 'speaking to' },
	{ words: ['في', 'مقابلة'], sourceFollows: false, gloss: 'in an interview' },
	{ words: ['في', 'مداخلة'], sourceFollows: false, gloss: 'in a call-in' },
	{ words: ['خلال', 'مداخلة'], sourceFollows: false, gloss: 'in a call-in' },
	{ words: ['في', 'اتصال', 'هاتفي'], sourceFollows: false, gloss: 'by telephone' },
	{ words: ['في', 'بيان'], sourceFollows: false, gloss: 'in a statement' },
	{ words: ['في', 'بيانه'], sourceFollows: false, gloss: 'in its statement' },
	{ words: ['في', 'بيانها'], sourceFollows: false, gloss: 'in its statement' },
	{ words: ['في', 'تقرير'], sourceFollows: false, gloss: 'in a report' },
	{ words: ['في', 'تقريره'], sourceFollows: false, gloss: 'in its report' },
	{ words: ['في', 'تقريرها'], sourceFollows: false, gloss: 'in its report' },
	{ words: ['على', 'حسابه'], sourceFollows: false, gloss: 'on his account' },
	{ words: ['على', 'حسابها'], sourceFollows: false, gloss: 'on her account' },
	{ words: ['بالقول'], sourceFollows: false, speechFollows: true, gloss: 'saying' },
	{ words: ['بقوله'], sourceFollows: false, speechFollows: true, gloss: 'saying' },
	{ words: ['بقولها'], sourceFollows: false, speechFollows: true, gloss: 'saying' },
	{ words: ['على', 'حد', 'قوله'], sourceFollows: false, gloss: 'as he put it' },
	{ words: ['على', 'حد', 'قولها'], sourceFollows: false, gloss: 'as she put it' },
	{ words: ['على', 'حد', 'قول'], sourceFollows: true, gloss: 'in the words of' },
	{ words: ['على', 'حد', 'تعبير'], sourceFollows: true, gloss: 'in the words of' },
	{ words: ['على', 'حد', 'تعبيره'], sourceFollows: false, gloss: 'as he put it' },
	{ words: ['على', 'حد', 'تعبيرها'], sourceFollows: false, gloss: 'as she put it' },
	{ words: ['خلال', 'المؤتمر', 'الصحفي'], sourceFollows: false, gloss: 'at the news conference' },
	{ words: ['خلال', 'المؤتمر', 'الصحافي'], sourceFollows: false, gloss: 'at the news conference' },
	{ words: ['في', 'مؤتمر', 'صحافي'], sourceFollows: false, gloss: 'at a news conference' },
	{ words: ['خلال', 'مؤتمر', 'صحافي'], sourceFollows: false, gloss: 'at a news conference' },
	{ words: ['بناءً', 'على'], sourceFollows: true, gloss: 'based on' },
	{ words: ['وجاء', 'في', 'البيان'], sourceFollows: false, gloss: 'the statement said' },
	{ words: ['جاء', 'في', 'بيان'], sourceFollows: true, gloss: 'a statement said' },
	{ words: ['في', 'كلمة'], sourceFollows: false, gloss: 'in a speech' },
	{ words: ['خلال', 'مؤتمر', 'صحفي'], sourceFollows: false, gloss: 'at a news conference' },
	{ words: ['في', 'مؤتمر', 'صحفي'], sourceFollows: false, gloss: 'at a news conference' },
	{ words: ['في', 'رسالة'], sourceFollows: false, gloss: 'in a message' },
	{ words: ['في', 'تغريدة'], sourceFollows: false, gloss: 'in a tweet' },
	{ words: ['في', 'منشور'], sourceFollows: false, gloss: 'in a post' },
	{ words: ['عبر', 'حسابه'], sourceFollows: false, gloss: 'on his account' },
	{ words: ['عبر', 'حسابها'], sourceFollows: false, gloss: 'on her account' },
	{ words: ['كما', 'جاء', 'في'], sourceFollows: true, gloss: 'as stated in' },
];

/** Verbs that continue the last speaker's speech (وأضاف، وتابع، مضيفاً): they go back to that speaker. */
export const CONTINUATION_VERBS: readonly string[] = ['أضاف', 'تابع', 'أردف', 'استطرد', 'استدرك', 'مضى', 'زاد', 'واصل', 'أكمل', 'ختم', 'اختتم'];

/**
 * The formulas «X قوله / قولها / قولهم» (نقلت الوكالة عن الوزير قوله): the nominal قول with a pronoun reports a quote.
 */
export const QAWL_NOUNS: readonly string[] = ['قوله', 'قولها', 'قولهم', 'قولهما', 'القول', 'تأكيده', 'تأكيدها', 'إشارته', 'إشارتها'];

/**
 * Editorial background formulas that look like attribution but attribute nothing (labelling guide: not cues).
 */
export const NON_CUE_FORMULAS: ReadonlyArray<readonly string[]> = [
	['يذكر', 'أن*'],
	['ويذكر', 'أن*'],
	['يشار', 'إلى'],
	['ويشار', 'إلى'],
	['يشار', 'الى'],
	['ويشار', 'الى'],
	['الجدير', 'بالذكر'],
	['والجدير', 'بالذكر'],
	['جدير', 'بالذكر'],
	['تجدر', 'الإشارة'],
	['وتجدر', 'الإشارة'],
];
