import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { check, checkExcludes, checkIncludes, joinLines } from '../helpers';

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
