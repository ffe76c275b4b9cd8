import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { reasonTemplate } from '../../../src/core/analyzers/sources';
import { checkExcludes, checkIncludes, joinLines, lines } from '../helpers';

suite('sources', () => {
	test('named people, institutions, outlets and anonymous sources are told apart', () => {
		checkIncludes('وقال البيت الأبيض إن لديه معلومات.', ['source البيت الأبيض institution | reason -']);
		checkIncludes('وذكرت صحيفة نيويورك تايمز أن اللقاء قريب.', ['source صحيفة نيويورك تايمز outlet | reason -']);
		checkIncludes('وقالت مصادر مطلعة إن الاتفاق قريب.', ['source مصادر مطلعة anonymous | reason -']);
		checkIncludes('ويرى مراقبون أن القرار خاطئ.', ['source مراقبون vague | reason -']);
		checkIncludes('وقال المتحدث باسم الوزارة إن الخطة جاهزة.', ['source المتحدث باسم الوزارة institution | reason -']);
	});

	test('a reason in the next sentence belongs to the whole chain of mentions', () => {
		const text = joinLines(
			'قال مسؤول أمريكي إن الزعيم قد يسافر قريبا.',
			'وأضاف المسؤول، الذي لم يكن مخولا بالحديث عن الأمر علنا، وتحدث بشرط عدم الكشف عن هويته، إن الرحلة خلال الشهر.',
		);
		const a = analyze(text);
		const anon = a.sources.filter((s) => s.kind === 'anonymous');
		assert.equal(anon.length, 2);
		assert.deepEqual(anon.map((s) => [text.slice(s.start, s.end), s.reasonKind]), [['مسؤول أمريكي', 'why'], ['المسؤول', 'why']]);
		assert.equal(anon[1]!.first, a.sources.indexOf(anon[0]!));
		checkExcludes(text, ['finding sources.anonymous-no-reason']);
	});

	test('anonymous-no-reason: no reason is a warning; a bare request is one level lower; a why passes', () => {
		checkIncludes('وقال مسؤول أمريكي إن الرئيس سيزور المنطقة.', ['finding sources.anonymous-no-reason warning مسؤول أمريكي']);
		checkIncludes('وقال مسؤول أمريكي طلب عدم ذكر اسمه إن الرئيس سيزور المنطقة.', ['finding sources.anonymous-no-reason info مسؤول أمريكي']);
		checkExcludes('وقال مسؤول أمريكي، لأنه غير مخول بالحديث، إن الرئيس سيزور المنطقة.', ['finding sources.anonymous-no-reason']);
	});

	test('the reason quick fix inserts a template after the description, in the source’s gender and number', () => {
		const text = 'وقال مسؤول أمريكي إن الرئيس سيزور المنطقة.';
		const f = analyze(text).findings.find((x) => x.ruleId === 'sources.anonymous-no-reason')!;
		const e = f.fixes![0]!.edits[0]!;
		assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), 'وقال مسؤول أمريكي، الذي طلب عدم الكشف عن هويته لأنه [اذكر السبب]، إن الرئيس سيزور المنطقة.');
		assert.match(reasonTemplate('مصادر'), /التي طلبت/);
		assert.match(reasonTemplate('مسؤولون'), /الذين طلبوا/);
	});

	test('anonymous-bare: «مصادر مطلعة» is not described; «مسؤول في وزارة الخارجية» and «مصدر أمني» are', () => {
		checkIncludes('وأكدت مصادر مطلعة أن الاتفاق سيوقع.', ['finding sources.anonymous-bare warning مصادر مطلعة']);
		checkExcludes('وأكد مسؤول في وزارة الخارجية أن الاتفاق سيوقع.', ['finding sources.anonymous-bare']);
		checkExcludes('وأكد مصدر أمني أن الاتفاق سيوقع.', ['finding sources.anonymous-bare']);
	});

	test('agentless attributions are sources with no one behind them', () => {
		checkIncludes('وتردّدت أنباء عن استقالة الوزير.', ['finding sources.agentless warning وتردّدت أنباء']);
		checkIncludes('وأفادت تقارير بأن الاتفاق قريب.', ['finding sources.agentless warning وأفادت تقارير']);
		checkExcludes('وقالت الوزارة إن الاتفاق قريب.', ['finding sources.agentless']);
	});

	test('anonymous-attack and anonymous-opinion follow the verb class', () => {
		checkIncludes('واتهم مصدر مقرب من الحكومة المعارضة بتلقي أموال.', ['finding sources.anonymous-attack warning واتهم']);
		checkIncludes('ورأى مصدر دبلوماسي أن المفاوضات ستفشل.', ['finding sources.anonymous-opinion info ورأى']);
		checkExcludes('واتهم الوزير المعارضة بتلقي أموال.', ['finding sources.anonymous-attack']);
	});

	test('anonymous-direct-quote, anonymous-first and anonymous-only', () => {
		const text = 'وقال مصدر أمني: «لن نسمح بتكرار ما حدث».';
		checkIncludes(text, ['finding sources.anonymous-direct-quote info «', 'finding sources.anonymous-first info مصدر أمني', 'finding sources.anonymous-only info مصدر أمني']);
		const named = joinLines('وقال الوزير إن الخطة جاهزة.', 'وقال مصدر أمني: «لن نسمح بتكرار ما حدث».');
		checkExcludes(named, ['finding sources.anonymous-first', 'finding sources.anonymous-only']);
	});

	test('vague time is flagged only where the sentence gives no date', () => {
		checkIncludes('وقال الوزير إن الحكومة أقرت القانون مؤخراً.', ['finding sources.vague-time info مؤخراً']);
		checkExcludes('وقال الوزير إن الحكومة أقرت القانون مؤخراً في 5 مايو.', ['finding sources.vague-time']);
	});

	test('plural anonymous sources get a hint', () => {
		checkIncludes('وقالت مصادر أمنية إن الهجوم أسفر عن قتيلين.', ['finding sources.plural-unverified hint مصادر أمنية']);
		checkExcludes('وقال مصدر أمني إن الهجوم أسفر عن قتيلين.', ['finding sources.plural-unverified']);
	});

	test('a corroboration phrase lowers anonymous-source warnings by one level', () => {
		const text = 'وقال مسؤول أمريكي إن الرئيس سيزور المنطقة. ولم يتسن التحقق من ذلك بشكل مستقل.';
		checkIncludes(text, ['finding sources.anonymous-no-reason info مسؤول أمريكي']);
	});

	test('every rule can be turned off and acknowledged findings are silent', () => {
		const text = 'وقال مسؤول أمريكي إن الرئيس سيزور المنطقة.';
		assert.deepEqual(lines(text, 'finding sources.anonymous-no-reason', { rules: { 'sources.anonymous-no-reason': 'off' } }), []);
		const f = analyze(text).findings.find((x) => x.ruleId === 'sources.anonymous-no-reason')!;
		assert.equal(analyze(text, { acknowledged: [f.fingerprint] }).findings.some((x) => x.ruleId === 'sources.anonymous-no-reason'), false);
		// The acknowledgement lapses when the sentence changes.
		const edited = text.replace('سيزور', 'سيزور قريباً');
		assert.equal(analyze(edited, { acknowledged: [f.fingerprint] }).findings.some((x) => x.ruleId === 'sources.anonymous-no-reason'), true);
	});
});

suite('sources: harder mentions', () => {
	test('a quantifier before the head, a name misread on a qualifier, the addressee after the source', () => {
		checkIncludes('وذكرت ثلاثة مصادر في الشرطة طلبت عدم كشف هوياتها أن الحصيلة بلغت 10.', ['source ثلاثة مصادر anonymous | reason طلبت عدم كشف هوياتها (request)']);
		checkIncludes('فيما أكّد مسؤول أمني باكستاني رفض الكشف عن اسمه أن الوضع هادئ.', ['source مسؤول أمني باكستاني anonymous | reason رفض الكشف عن اسمه (request)']);
		checkIncludes('وأبلغت (عكاظ) مصادر مطلعة أن بعض المسارات ستغلق.', ['source مصادر مطلعة anonymous | reason -']);
	});

	test('a plural of people named by what they are is a vague group; a spokesperson speaks for a named body', () => {
		checkIncludes('وأفادت مصادر أمنية نقلاً عن الموقوفين بأن الخلية كبيرة.', ['source الموقوفين vague | reason -']);
		checkExcludes('وقال المتحدث باسم الشرطة إن الخلية كبيرة.', ['source المتحدث باسم الشرطة anonymous']);
	});

	test('a source behind a frame’s glued preposition, and the group after a quantifier', () => {
		checkIncludes('وفقاً لمصادر مطلعة، فإن الاتفاق سيوقع غداً.', ['source لمصادر مطلعة anonymous | reason -']);
		checkIncludes('من جهة أخرى، صرح عدد من الجمهوريين بأن قلقهم لم يتبدد.', ['source عدد من الجمهوريين vague | reason -']);
		checkIncludes('وطالب متناقلو المقطع بالقبض على الشباب بينما نادى البعض بسن قانون.', ['source متناقلو المقطع vague | reason -', 'source البعض vague | reason -']);
		checkIncludes('وقال موظفو الشركة إنهم لم يتقاضوا رواتبهم.', ['source موظفو anonymous | reason -']);
		// «وفقاً للقانون» has no source at all.
		assert.deepEqual(lines('وفقاً للقانون فإن الاتفاق سيوقع غداً.', 'source'), []);
	});

	test('a qualified source noun is a source wherever it stands; an unqualified «مصدر» is not', () => {
		checkIncludes('من جهتها؛ توقعت مصادر مطلعة صدور توضيح من الجهات الأمنية.', ['source مصادر مطلعة anonymous | reason -']);
		checkIncludes('وهو القرار الذي ربطه مصدر مطلع في حديثه إلى الصحيفة بظهور المدير.', ['source مصدر مطلع anonymous | reason -']);
		checkIncludes('وكشفت الصحيفة أن مصادر في وزارة الداخلية تتابع القضية.', ['source مصادر anonymous | reason -']);
		assert.deepEqual(lines('ويعد النفط مصدر دخل رئيسي للبلاد، وتتنوع مصادر الطاقة المتجددة.', 'source'), []);
	});

	test('the subject of a verb of saying that is not a cue, and the genitive of a verbal noun of saying', () => {
		checkIncludes('ونادرا ما تطبق إسرائيل الإجراء الذي يراه منتقدون أجانب ضربة للقانون.', ['source منتقدون أجانب vague | reason -']);
		checkIncludes('رغم تأكيد الكثير من الأطراف السياسية على أن القوات انسحبت.', ['source الكثير من الأطراف السياسية vague | reason -']);
		checkIncludes('وتجمع كافة الأطراف اليمنية على أن الحوار هو الحل.', ['source كافة الأطراف اليمنية vague | reason -']);
		// A plural verb stands before its object, not its subject; «بينهم» is a preposition, not «بيّن».
		const unnamed = (text: string): string[] => lines(text, 'source').filter((l) => / (anonymous|vague) \|/.test(l));
		assert.deepEqual(unnamed('ويتهمون عناصر الميليشيات بالفرار من الجبهات.'), []);
		assert.deepEqual(unnamed('وحضر الاجتماع عشرون شخصا بينهم مسؤولون في الوزارة.'), []);
		assert.deepEqual(unnamed('واتهمت الشرطة مسؤولين سابقين بالفساد.'), []);
	});

	test('repeat mentions: «هؤلاء», «لم يستبعد المصدر», and a bare «المصدر» after a named body', () => {
		checkIncludes(joinLines('وقال ناشطون إن القوات انسحبت.', 'وقال هؤلاء إن الحصار مستمر.'), ['source ناشطون vague | reason -', 'source هؤلاء vague | reason -']);
		checkIncludes(joinLines('وقال الوزير إن القوات انسحبت.', 'وقال هؤلاء إن الحصار مستمر.'), ['source هؤلاء person | reason -']);
		checkIncludes(joinLines('وقالت مصادر مطلعة إن المفاوضات جارية.', 'ولم يستبعد المصدر أن تنتهي قريبا.'), ['source المصدر anonymous | reason -']);
		checkIncludes('وقتل شرطي في المواجهات، بحسب مكتب المحافظ. وتوفي آخر في المستشفى، وفق المصدر.', ['source المصدر institution | reason -']);
	});

	test('an unattributed document is anonymous; a document of a named body is not', () => {
		checkIncludes('وقال بيان على الإنترنت إن التنظيم نفذ الهجوم.', ['source بيان anonymous | reason -']);
		checkIncludes('وقال بيان للجيش إن القوات تقدمت.', ['source بيان institution | reason -']);
		checkIncludes('وقال بيان صادر عن الوزارة إن القرار نهائي.', ['source بيان institution | reason -']);
	});

	test('a negated cause is no reason for anonymity; the addressee after a source does not name it', () => {
		checkIncludes('وبين المصدر أن الأسر لا تعرف مصير أبنائها وليس لأسباب أمنية.', ['source المصدر anonymous | reason -']);
		checkIncludes('وقتل 33 شخصاً بحسب ما أفادت مصادر أمنية وطبية لفرانس برس.', ['source مصادر أمنية وطبية anonymous | reason -']);
	});

	test('a group that holds views voices a stance after any clause-initial verb; actors and things do not', () => {
		checkIncludes('ويعترض كثيرون منهم بقوة على الاتفاق.', ['source كثيرون vague | reason -']);
		const unnamed = (text: string): string[] => lines(text, 'source').filter((l) => / (anonymous|vague) \|/.test(l));
		assert.deepEqual(unnamed('وتدرب بعضهم في معسكرات الحرس.'), []);
		assert.deepEqual(unnamed('وذكرت صحيفة الحياة اليوم الأحد أن الاجتماع تأجل.'), []);
		assert.deepEqual(unnamed('وتعتبر الطاقة الشمسية أحد المواقع الواعدة، ويعتبر الموقع عامل جذب للاستثمار.'), []);
		assert.deepEqual(unnamed('وقد تداولت مواقع التواصل الاجتماعي أن الفتاة توفيت.'), []);
		assert.deepEqual(unnamed('وأكد الوزير أن المبادرة تشمل 20 طالبا من طلاب المدارس.'), []);
		assert.deepEqual(unnamed('وأمر الوالي السكان بأن يحمل كل منهم فانوسا.'), []);
		checkIncludes('وبحسب أحد الدلالين في السوق فإن الأسعار ارتفعت.', ['source أحد الدلالين anonymous | reason -']);
	});

	test('a passive that names its source after the preposition is not agentless', () => {
		checkIncludes('ونُقل عن مصدر أمني قوله إن الهجوم فشل.', ['source مصدر أمني anonymous | reason -']);
		checkExcludes('ونُقل عن مصدر أمني قوله إن الهجوم فشل.', ['finding sources.agentless']);
		checkIncludes('ونسب إلى مسؤولين أمريكيين قولهم إن الاتفاق قريب.', ['source مسؤولين أمريكيين anonymous | reason -']);
		checkIncludes('ويقال إن الاتفاق قريب.', ['finding sources.agentless warning ويقال إن']);
	});

	test('a plural group right before a plural حال participle of saying is its speaker', () => {
		checkIncludes('ونشر وسم عن الفيديو شارك فيه الكثيرون، معبرين عن استيائهم.', ['source الكثيرون vague | reason -']);
		const unnamed = (text: string): string[] => lines(text, 'source').filter((l) => / (anonymous|vague) \|/.test(l));
		assert.deepEqual(unnamed('وشارك في الحفل الكثير من الطلاب والمعلمين.'), []);
	});

	test('people who are talked about, asked or accused are no sources (seen on SaudiNewsNet articles)', () => {
		const unnamed = (text: string): string[] => lines(text, 'source').filter((l) => / (anonymous|vague) \|/.test(l));
		// «متهمين بالتورط» is "accused of", the passive participle, not «متهمين» "accusing".
		assert.deepEqual(unnamed('وكانت شرطة منطقة مكة المكرمة قد أعلنت، أمس، عن ضبط عدد من الأشخاص متهمين بالتورط في حادثة التحرش.'), []);
		assert.ok(lines('وخرج المتظاهرون متهمين الحكومة بالفساد.', 'cue').some((l) => l.startsWith('cue متهمين اتّهم participle')));
		assert.deepEqual(lines('ضبط عدد من الأشخاص متهمين بالتورط في الحادثة.', 'cue'), []);
		// «طالب من» names who is asked.
		assert.deepEqual(unnamed('وطالبت اللجنة التنفيذية من المواطنين الذين يحق لهم التصويت المراجعة.'), []);
		checkIncludes('وعلمت الصحيفة من مصادر مطلعة أن الوزير سيستقيل.', ['source مصادر مطلعة anonymous | reason -']);
		// A statement «أصدرته» was issued by the company named before it.
		assert.deepEqual(unnamed('كما تعتزم نوكيا تسريح نحو 70 شخصا بالوحدة بحسب بيان أصدرته في مايو.'), []);
		assert.equal(unnamed('وقال بيان على الإنترنت إن الهجوم نفذ.').length, 1);
	});

	test('«من المتوقع»، «يبدو أن» in a named speaker\'s words are attributed to the speaker, not agentless', () => {
		checkExcludes('وأوضح الوزير أن من المتوقع أن تستقطب هذه التجمعات الاستثمارات.', ['finding sources.agentless']);
		checkExcludes('وقال الوزير: «من المتوقع أن تستقطب هذه التجمعات الاستثمارات».', ['finding sources.agentless']);
		// In the writer's own voice they stay agentless, also in a sentence that quotes someone before.
		checkIncludes('ومن المتوقع أن تستقطب هذه التجمعات الاستثمارات.', ['finding sources.agentless warning ومن المتوقع أن']);
		checkIncludes('وقال الوزير إن الخطة جاهزة، ومن المتوقع أن تبدأ غدا.', ['finding sources.agentless warning ومن المتوقع أن']);
	});

	test('«التلفزيون الكاميروني» is the country\'s outlet (not a plural like «جمهوريون»); «الصحف التركية» and «صحيفة أمريكية» stay vague', () => {
		checkIncludes('وأوضح التلفزيون الكاميروني أن الهجوم وقع مساء السبت.', ['source التلفزيون الكاميروني outlet | reason -']);
		checkIncludes('وأضاف التلفزيون أن قوات الأمن أغلقت المنطقة.', ['source التلفزيون outlet | reason -']);
		checkIncludes('وأوردت الصحف التركية أن الشاب قتل.', ['source الصحف التركية vague | reason -']);
		checkIncludes('وذكرت صحيفة أمريكية أن الهجوم وقع.', ['source صحيفة أمريكية vague | reason -']);
	});

	test('a name after an affiliation with «في» is the source\'s; «بيان لـ…» is its body\'s; «مقرب من» stays access', () => {
		checkIncludes('وقال القيادي في ائتلاف القوى العراقية ظافر العاني إن الاتفاق قريب.', ['source القيادي person | reason -']);
		checkExcludes('وقال القيادي في ائتلاف القوى العراقية ظافر العاني إن الاتفاق قريب.', ['finding sources.anonymous']);
		checkIncludes('ذكر بيان للقوات الجوية الكولومبية إن 11 عسكريا قتلوا.', ['source بيان institution | reason -']);
		checkIncludes('وقال مصدر مقرب من اللاعب حمد الحمد إن العقد جاهز.', ['source مصدر مقرب anonymous | reason -']);
	});

	test('«قريباً من» is near a place, not a vague time', () => {
		checkExcludes('وليس قريباً من المدينة.', ['finding sources.vague-time']);
		checkIncludes('وسيصل الوفد قريبا.', ['finding sources.vague-time info قريبا']);
	});

	test('a source with a body glued to بـ after it is described (S2)', () => {
		checkExcludes('ونقلت الشبكة عن مسؤول بالمخابرات الأمريكية أن القرار اتخذ.', ['finding sources.anonymous-bare']);
		checkIncludes('ونقلت الشبكة عن مسؤول أن القرار اتخذ.', ['finding sources.anonymous-bare warning مسؤول']);
	});
});
