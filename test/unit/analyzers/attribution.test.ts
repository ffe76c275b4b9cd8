import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { check, checkExcludes, checkIncludes, joinLines, lines } from '../helpers';

suite('attribution', () => {
	test('VSO: the subject after the verb, past commas and time adverbs', () => {
		check('قال مسؤول أمريكي، الإثنين، إن الرئيس سيسافر.', 'cue', ['cue قال قال verb | speaker مسؤول أمريكي']);
		check('وقالت مصادر مطلعة إن الاتفاق قريب.', 'cue', ['cue وقالت قال verb | speaker مصادر مطلعة']);
	});

	test('SVO: the subject before the verb', () => {
		check('وكانت وزارة الداخلية قد أعلنت أن الحادث وقع ليلاً.', 'cue', ['cue أعلنت أعلن verb | speaker وزارة الداخلية']);
	});

	test('a cue with no subject goes back to the last explicit speaker', () => {
		const text = joinLines('وقالت المتحدثة باسم الوزارة إن الخطة جاهزة.', 'وأضافت: «سنبدأ غداً».');
		checkIncludes(text, ['quote «سنبدأ غداً» | cue وأضافت | speaker المتحدثة باسم الوزارة']);
	});

	test('a participle takes the speaker of the verb before it in the sentence', () => {
		checkIncludes('وقال الوزير إن الخطة جاهزة، مؤكداً أن التنفيذ يبدأ غداً.', ['cue مؤكداً أكّد participle | speaker الوزير']);
	});

	test('a frame whose source follows it takes that source', () => {
		checkIncludes('وذلك بحسب مصادر أمنية.', ['cue بحسب بحسب phrase | speaker مصادر أمنية']);
	});

	test('the object of a verb is not its subject', () => {
		// «يؤكد استعداد روسيا»: استعداد is the object; the speaker is the headline's subject, implied.
		const a = analyze('ويؤكد استعداد روسيا للتحاور.');
		assert.equal(a.cues[0]!.explicitSpeaker, false);
	});

	test('a cue inside the reported clause does not change who is talking', () => {
		const text = joinLines('ذكر ترمب أن بوتين أعرب عن رغبته في لقائه.', 'كما لمح إلى احتمال استمرار الدعم.');
		checkIncludes(text, ['cue لمح لمّح verb | speaker ترمب']);
	});

	test('a quote takes the nearest cue before it, else the cue right after it', () => {
		checkIncludes('وقالت واتسون: «لدينا معلومات جديدة».', ['quote «لدينا معلومات جديدة» | cue وقالت | speaker واتسون']);
		checkIncludes('«لن نتراجع عن القرار»، قال الوزير.', ['quote «لن نتراجع عن القرار» | cue قال | speaker الوزير']);
	});

	test('a long quote with no attribution is flagged; an attributed one is not', () => {
		checkIncludes('وفي سياق متصل، «لن نتراجع عن هذا القرار مهما كانت الضغوط».', ['finding quotes.unattributed warning «لن نتراجع عن هذا القرار مهما كانت الضغوط»']);
		checkExcludes('وقال الوزير: «لن نتراجع عن هذا القرار مهما كانت الضغوط».', ['finding quotes.unattributed']);
	});

	test('a passive verb of saying has no speaker', () => {
		check('ويقال إن الوزير سيستقيل.', 'cue', ['cue ويقال قال passive | speaker -']);
	});
});

suite('attribution: harder subjects', () => {
	test('a name in apposition after the subject and its affiliation is the speaker', () => {
		checkIncludes('وقال عضو في رئاسة الاتحاد، ابوبكر علي، في تصريحات صحافية إن الاتفاق قريب.', ['cue وقال قال verb | speaker ابوبكر علي']);
	});

	test('the topic after أما is the subject of the verb with ف', () => {
		const text = 'أمّا تيد كروز، السناتور الجمهوري، فقال إن الاتفاق سيئ.';
		const cue = analyze(text).cues[0]!;
		assert.match(text.slice(cue.speaker!.start, cue.speaker!.end), /كروز/);
	});

	test('a quote in a reported clause belongs to its verb however long the apposition', () => {
		const text = 'وتقول إيميلي وينتر- بوثام، الباحثة في المعهد الملكي لدراسات الأمن والدفاع البريطاني والخبيرة في حركة طالبان، لـ«الشرق الأوسط» إن «خبر الوفاة ليس جديداً».';
		const a = analyze(text);
		assert.equal(text.slice(a.quotes[0]!.cue!.start, a.quotes[0]!.cue!.end), 'وتقول');
	});
});

suite('attribution: titles, reported sources and implied speakers', () => {
	test('«مدير عام …» keeps its title and the name after it is the speaker', () => {
		checkIncludes('وأوضح مدير عام الهيئة العامة للسياحة المهندس خالد العمري، أن «الحجوزات ارتفعت هذا العام».', ['quote «الحجوزات ارتفعت هذا العام» | cue وأوضح | speaker خالد العمري']);
		// Negative: «عام» as a year after a non-title still ends the subject.
		checkIncludes('وقالت الوزارة العام الماضي إن الخطة جاهزة.', ['cue وقالت قال verb | speaker الوزارة']);
	});

	test('«نقل عن فلان قوله»: the speaker of the quote is the one after «عن», not the outlet', () => {
		checkIncludes('ونقلت صحيفة الحياة عن الوزير سعد الحريري، القول: إن «الحكومة ستجتمع غداً».', ['quote «الحكومة ستجتمع غداً» | cue القول | speaker سعد الحريري']);
		checkExcludes('ونقلت صحيفة الحياة عن الوزير سعد الحريري، القول: إن «الحكومة ستجتمع غداً».', ['speaker صحيفة الحياة\n']);
		// «نقلت عنه قوله»: the pronoun goes back to the last explicit speaker, not the outlet.
		const text = joinLines('وقال الوزير سعد الحريري إن الحكومة مستعدة.', 'ونقلت الصحيفة عنه قوله: «سنجتمع غداً».');
		checkIncludes(text, ['quote «سنجتمع غداً» | cue قوله | speaker سعد الحريري']);
	});

	test('an honorific pronoun (سموه، معاليه) stands for the last mention of its title', () => {
		const text = 'سلّم أمير منطقة القصيم المفاتيح للمستفيدين. وعبّر سموه عن سعادته. وقال: «هذا يوم سعيد لنا جميعاً».';
		checkIncludes(text, ['quote «هذا يوم سعيد لنا جميعاً» | cue وقال | speaker أمير منطقة القصيم']);
		// Negative: معاليه does not go back to a prince.
		const other = 'سلّم أمير المنطقة المفاتيح. وأكد معاليه أن «الخطة جاهزة للتنفيذ».';
		checkExcludes(other, ['speaker أمير المنطقة']);
	});

	test('a plural source agrees with a masculine or a feminine verb', () => {
		const text = joinLines('ونقلت الإذاعة عن المصادر القول إن الجماعة صغيرة.', 'وأضاف المصادر أن "الجماعة تنشط منذ سنوات".', 'وأشارت إلى أن "الشرطة تراقبها عن كثب".');
		checkIncludes(text, ['quote "الشرطة تراقبها عن كثب" | cue وأشارت | speaker المصادر']);
	});

	test('an implied speaker is not the person the quote talks about', () => {
		const text = joinLines('وقال المتحدث أحمد فوزي إن المبعوث جدد دعوته.', 'ومضى ولد الشيخ بالقول إنه متفائل.', 'وتابع "ولد الشيخ كثف اتصالاته بكافة الأطراف".');
		checkIncludes(text, ['quote "ولد الشيخ كثف اتصالاته بكافة الأطراف" | cue وتابع | speaker أحمد فوزي']);
		// Negative: when the quote does not mention him, the last speaker stays.
		checkIncludes(joinLines('وقال المتحدث أحمد فوزي إن المبعوث جدد دعوته.', 'ومضى ولد الشيخ بالقول إنه متفائل.', 'وتابع "كثفنا اتصالاتنا بكافة الأطراف".'), ['quote "كثفنا اتصالاتنا بكافة الأطراف" | cue وتابع | speaker ولد الشيخ']);
	});

	test('a verb right after a quotation takes the name after it as its subject', () => {
		checkIncludes('«الأسعار ارتفعت بشكل غير مسبوق»، يقول التاجر فهد السبيعي.', ['quote «الأسعار ارتفعت بشكل غير مسبوق» | cue يقول | speaker التاجر فهد السبيعي']);
		checkIncludes('«لن نتراجع عن مواقفنا»، على حد قول الرئيس رجب أردوغان.', ['cue على حد قول على حد قول phrase | speaker رجب أردوغان']);
	});

	test('«ختم حديثه» and «المهندس علي»: the object is not the subject, the name is not a preposition', () => {
		checkIncludes('وختم الأمير تصريحه قائلاً: «نحمد الله على ما تحقق».', ['quote «نحمد الله على ما تحقق» | cue قائلاً | speaker الأمير']);
		checkIncludes('«نعمل ليلاً ونهاراً لإنجاز المشروع»، هكذا قال المهندس علي الزهراني.', ['quote «نعمل ليلاً ونهاراً لإنجاز المشروع» | cue قال | speaker علي الزهراني']);
		// Negative: «على» the preposition after a subject still ends it.
		checkIncludes('وأكد الوزير على أهمية المشروع.', ['cue وأكد أكّد verb | speaker الوزير']);
	});

	test('a frame between the verb and the quote is not the quote\'s cue', () => {
		checkIncludes('وأشار العميد أحمد عسيري، في مؤتمر صحفي، إلى أن «العمليات مستمرة حتى تحقيق أهدافها».', ['quote «العمليات مستمرة حتى تحقيق أهدافها» | cue وأشار | speaker أحمد عسيري']);
		// A frame whose source follows (بحسب) stays the cue.
		checkIncludes('«الوضع تحت السيطرة تماماً في المدينة»، بحسب مدير الشرطة.', ['quote «الوضع تحت السيطرة تماماً في المدينة» | cue بحسب | speaker مدير الشرطة']);
	});
	test('the agent of a verbal noun («بترحيب من عباس») may be the implied speaker; an addressee is not', () => {
		const text = joinLines('وحضر المؤتمر المدرب كلاوديو فييرا.', 'وبدأ المؤتمر بترحيب من عباس وشكر للحضور، وقال: "هذه المباراة مهمة لشباب المنطقة".');
		checkIncludes(text, ['quote "هذه المباراة مهمة لشباب المنطقة" | cue وقال | speaker عباس']);
		// Negative: someone met («التقى بعباس») is not the one who speaks next.
		const met = joinLines('وحضر المؤتمر المدرب كلاوديو فييرا.', 'والتقى المؤتمر مع عباس أمس، وقال: "هذه المباراة مهمة لشباب المنطقة".');
		checkExcludes(met, ['quote "هذه المباراة مهمة لشباب المنطقة" | cue وقال | speaker عباس']);
	});
	test('a eulogy between the subject and its verb is skipped', () => {
		checkIncludes('فقال عمر: أما إن نبيكم صلى الله عليه وسلم قد قال «إن الله يرفع بهذا الكتاب أقواماً».', ['quote «إن الله يرفع بهذا الكتاب أقواماً» | cue قال | speaker نبيكم']);
		checkIncludes('وكان الملك سلمان بن عبدالعزيز - حفظه الله - قد أكد أن «المملكة ماضية في الإصلاح».', ['quote «المملكة ماضية في الإصلاح» | cue أكد | speaker سلمان بن عبدالعزيز']);
		// Negative: a phrase in dashes that is not a eulogy is not skipped.
		checkIncludes('وكان الأمير - في كلمته - قد أكد أن «الخطة جاهزة للتنفيذ».', ['quote «الخطة جاهزة للتنفيذ» | cue أكد | speaker -']);
	});

	test('a title with its post before the name: the name is the speaker', () => {
		checkIncludes('ونقلت الصحيفة عن السفير الفلسطيني في عمان عطا الله خيري، القول: إن "الجانبين اتفقا على التنسيق".', ['quote "الجانبين اتفقا على التنسيق" | cue القول | speaker عطا الله خيري']);
		// Negative: a place with no name after it leaves the title phrase.
		checkIncludes('وقال السفير الفلسطيني في عمان إن "الجانبين اتفقا على التنسيق".', ['quote "الجانبين اتفقا على التنسيق" | cue وقال | speaker السفير الفلسطيني']);
	});
	test('a relative clause takes its antecedent as subject, and a quoted name before its verb is the subject', () => {
		checkIncludes('وأولها تعليق المتابع "فايز البلوي" الذي قال مؤكداً: "الواسطة في بيتك أيضاً يا صديقي".', ['quote "الواسطة في بيتك أيضاً يا صديقي" | cue مؤكداً | speaker فايز البلوي']);
		checkIncludes('لكن "العرفج" يقول متحسراً: "الواسطة هي التي ترقت في هذا الزمن".', ['quote "الواسطة هي التي ترقت في هذا الزمن" | cue يقول | speaker العرفج']);
		// Negative: the quoted name itself is not a quote.
		checkExcludes('وأولها تعليق المتابع "فايز البلوي" الذي قال مؤكداً: "الواسطة في بيتك أيضاً يا صديقي".', ['quote "فايز البلوي"']);
	});

	test('«وتابع، "…"»: a comma may stand between the verb and the quote; «في مداخلة عبر» is one frame', () => {
		checkIncludes(joinLines('وقال الطبيب عبد الخالق إن الحالة خطيرة.', 'وتابع، "لا أستطيع الجزم بمدى تعافيه حالياً".'), ['quote "لا أستطيع الجزم بمدى تعافيه حالياً" | cue وتابع | speaker الطبيب عبد الخالق']);
		checkIncludes('وقال المقدم في مداخلة عبر إذاعة محلية إنه أخطأ.', ['cue في مداخلة عبر في مداخلة phrase | speaker المقدم']);
		// Negative: «تابع» (followed) with no speech after it is no cue.
		checkExcludes('وتابع الحضور المباراة باهتمام.', ['cue وتابع']);
	});
	test('a conditioned verb whose subject and a phrase come before the quote, with no colon, is its cue («وذكر الاثنان في تعليقهما «…»»)', () => {
		checkIncludes('وذكر الاثنان في تعليقهما المشترك «يوجد الكثير من هؤلاء في كاليه».', ['quote «يوجد الكثير من هؤلاء في كاليه» | cue وذكر | speaker الاثنان']);
		checkExcludes('وذكر الاثنان في تعليقهما المشترك «يوجد الكثير من هؤلاء في كاليه».', ['finding quotes.unattributed']);
		// Negative: «ذكر» with no statement after it is no cue, and a quote in the next clause is not its.
		checkExcludes('وذكر الطالب اسم معلمه. ثم قرأ «قصيدة الوطن» في الحفل.', ['cue وذكر']);
		checkIncludes('وكتب الاثنان «لا يمكن النظر إلى هذا الموقف كقضية خاصة ببلدينا فحسب».', ['quote «لا يمكن النظر إلى هذا الموقف كقضية خاصة ببلدينا فحسب» | cue وكتب | speaker الاثنان']);
	});

	test('«ويرى أنه «…»» and «وتابع البيان أن … «…»» attribute their quotes (the first to the speaker of the sentence before)', () => {
		checkIncludes(joinLines('وقال الكاتب إن الشباب يعانون.', 'ويرى أنه «يجب ألا نتجاهل أن السلطة تلعب دورا كبيرا في إغلاق أي متنفس».'), ['quote «يجب ألا نتجاهل أن السلطة تلعب دورا كبيرا في إغلاق أي متنفس» | cue ويرى | speaker الكاتب']);
		checkIncludes('وتابع البيان أن الملا منصور «اعتبر أهلا لحمل المسؤوليات لسنين طويلة».', ['quote «اعتبر أهلا لحمل المسؤوليات لسنين طويلة» | cue وتابع | speaker البيان']);
		// «يتوقع أن» with nothing before it is still the agentless passive, and «تابع» (followed) with no statement no cue.
		checkExcludes('يتوقع أن ترتفع الأسعار.', ['cue يتوقع']);
		checkExcludes('وتابع الحضور المباراة باهتمام.', ['cue وتابع']);
	});

	test('a participle after a comma written without its tanween is a حال, not the speaker («قال، مستنتجا …»)', () => {
		const cues = (text: string): string[] => lines(text, 'cue');
		assert.deepEqual(cues('ثم قال، مستنتجا بعد تحليلاته السابقة: إنه «يجب البحث عن حل».').filter((l) => l.includes('مستنتجا')), []);
		checkIncludes('وقال، أمس، وزير الخارجية إن الاجتماع تأجل.', ['cue وقال قال verb | speaker وزير الخارجية']);
	});

	test('«أحد سكان المدينة» is the whole speaker; «طالباً عدم كشف هويته» asks for anonymity and is no cue', () => {
		checkIncludes('قال أحد سكان المدينة إنه سمع دوي انفجار.', ['cue قال قال verb | speaker أحد سكان المدينة']);
		checkIncludes('وقالت إحدى الطالبات إن الامتحان صعب.', ['cue وقالت قال verb | speaker إحدى الطالبات']);
		const text = 'وذكر مصدر أمني في المدينة طالبا عدم كشف هويته، أنه قام رجل «بإلقاء قنبلة» باتجاه الحانة.';
		checkIncludes(text, ['quote «بإلقاء قنبلة» | cue وذكر | speaker مصدر أمني']);
		checkExcludes(text, ['cue طالبا']);
	});

	test('«اكتفى فلان بالقول، إن «…»»: a comma may stand between «بالقول» and the speech, whose speaker is the subject before it', () => {
		checkIncludes('واكتفى المتحدث باسم الوزارة خالد العمري بالقول، إن «الحادث قيد التحقيق ولا تعليق لدينا الآن».', ['quote «الحادث قيد التحقيق ولا تعليق لدينا الآن» | cue بالقول | speaker خالد العمري']);
		// The subject of the verb that opens the clause speaks through «بالقول».
		checkIncludes('واكتفى الوزير بالقول إن «الحادث قيد التحقيق ولا تعليق لدينا الآن».', ['quote «الحادث قيد التحقيق ولا تعليق لدينا الآن» | cue بالقول | speaker الوزير']);
		checkExcludes('نحن ملتزمون بالقول، والفعل.', ['cue بالقول']);
	});

	test('a «!» inside a quotation does not end the sentence: the quote joined by «و» after it has the same cue', () => {
		const text = 'وقال المتظاهرون في المسيرة "ارفعوا أيديكم! لا تطلقوا النار على المتظاهرين!" و"نحن هنا من أجل مايك براون وعائلته".';
		checkIncludes(text, ['quote "نحن هنا من أجل مايك براون وعائلته" | cue وقال | speaker المتظاهرون']);
		// A full stop outside the quotation still ends it.
		checkIncludes('قال الوزير: «انتهى الأمر». وفي سياق آخر، «الوضع صعب جدا في المدينة والناس خائفون».', ['quote «الوضع صعب جدا في المدينة والناس خائفون» | cue - | speaker -']);
	});

	test('«وقال لنا الوزير» skips the addressee pronoun; «كما ذكرنا» is the writer, not a source', () => {
		checkIncludes('وقال لنا الوزير إن الخطة جاهزة.', ['cue وقال قال verb | speaker الوزير']);
		checkIncludes('وقال لي الوزير إن الخطة جاهزة.', ['cue وقال قال verb | speaker الوزير']);
		checkExcludes('وكما ذكرنا في مقال سابق، فإن الأمر معقد جدا.', ['cue ذكرنا']);
		checkIncludes('كما ذكر الوزير أن الخطة جاهزة.', ['cue ذكر ذكر verb | speaker الوزير']);
	});

	test('after «إنه» the verb\'s subject is the pronoun: the noun after it is its object', () => {
		checkIncludes('ولكن الوزير سواير قال إنه ما زال يعتبر الأمر "غير مقبول وغير قانوني".', ['quote "غير مقبول وغير قانوني" | cue يعتبر | speaker سواير']);
		// Negative: a plain «أن» leaves the subject after the verb («أن بوتين أعرب»).
		checkIncludes('وذكر ترمب أن بوتين أعرب عن رغبته في لقائه.', ['cue أعرب أعرب verb | speaker بوتين']);
	});

	test('a subject that is a name keeps it: the name in the apposition after it is someone else', () => {
		checkIncludes('حذر ماجد نواز، مستشار ديفيد كاميرون لمكافحة الإرهاب، من أن السجون باتت «حاضنات للتطرف والعنف».', ['quote «حاضنات للتطرف والعنف» | cue حذر | speaker ماجد نواز']);
	});
	test('after «نقل عنه قوله», later cues go back to the source, not to the outlet that relayed it', () => {
		const text = joinLines('وقال زنغنه "بدأنا التسويق بالفعل منذ يومين".', 'ونقل التلفزيون عنه قوله إن الإنتاج تراجع كثيراً.', 'وأضاف "سنعود إلى مستوى الإنتاج السابق قريباً".');
		checkIncludes(text, ['quote "سنعود إلى مستوى الإنتاج السابق قريباً" | cue وأضاف | speaker زنغنه']);
		// Negative: a feminine قولها does not become the antecedent of a masculine «وأضاف».
		const f = joinLines('وقال زنغنه "بدأنا التسويق بالفعل منذ يومين".', 'ونقلت الوكالة عن الوزيرة سارة قولها إن الإنتاج تراجع.', 'وأضاف "سنعود إلى مستوى الإنتاج السابق قريباً".');
		checkIncludes(f, ['quote "سنعود إلى مستوى الإنتاج السابق قريباً" | cue وأضاف | speaker زنغنه']);
	});
	test('a eulogy right after the verb stands for the one it was written after before', () => {
		const text = joinLines('وروى أبو هريرة عن رسول الله صلى الله عليه وسلم حديثاً في الصبر.', 'قال صلى الله عليه وسلم: «المؤمن القوي خير من المؤمن الضعيف».');
		checkIncludes(text, ['quote «المؤمن القوي خير من المؤمن الضعيف» | cue قال | speaker رسول الله']);
		// Negative: the eulogy is never the speaker itself.
		checkExcludes(text, ['quote «المؤمن القوي خير من المؤمن الضعيف» | cue قال | speaker صلى']);
	});
	test('a title in construct keeps its genitive', () => {
		checkIncludes('وقال رئيس مجلس الإدارة المهندس خالد الشمري إن «أرباحنا ارتفعت كثيراً».', ['quote «أرباحنا ارتفعت كثيراً» | cue وقال | speaker خالد الشمري']);
		// Negative: an anonymous head is not a title in construct («مسؤول أمني باكستاني رفض …»).
		checkIncludes('وقال مسؤول أمني رفض الكشف عن اسمه إن «الوضع هادئ».', ['quote «الوضع هادئ» | cue وقال | speaker مسؤول أمني']);
	});
});

