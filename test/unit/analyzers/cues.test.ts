import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { buildVerbForms } from '../../../src/core/morphology/verbForms';
import { check, checkExcludes, checkIncludes } from '../helpers';

const cueTexts = (text: string): string[] => analyze(text).cues.map((c) => text.slice(c.start, c.end));

suite('cues', () => {
	test('every generated form of a verb of saying is a cue', () => {
		for (const form of ['قال', 'وقال', 'فقال', 'قالت', 'قالوا', 'قالا', 'قالتا', 'يقول', 'تقول', 'يقولون', 'يقولان', 'وتقول']) {
			assert.deepEqual(cueTexts(`${form} الوزير إن الحكومة ستعمل.`), [form], form);
		}
	});

	test('the حال participle in the accusative is a cue; the bare adjective is not', () => {
		assert.deepEqual(cueTexts('وقال الوزير إن الحكومة ستعمل، مؤكداً أن الخطة جاهزة.'), ['وقال', 'مؤكداً']);
		assert.deepEqual(cueTexts('وهذا أمر مؤكد لا شك فيه.'), []);
	});

	test('a participle or dual form after a number is a counted noun («20 طالباً»); the dual verb is still a cue', () => {
		assert.deepEqual(cueTexts('وتشمل المبادرة 20 طالبا من المدارس.'), []);
		assert.deepEqual(cueTexts('وطالبا الحكومة بالتدخل.'), ['وطالبا']);
	});

	test('forms are matched on the key: a missing hamza or a shadda still counts', () => {
		assert.deepEqual(cueTexts('واكد المسؤول أن الاتفاق قريب.'), ['واكد']);
		assert.deepEqual(cueTexts('وأكّدَ المسؤولُ أنّ الاتفاق قريب.'), ['وأكّدَ']);
	});

	test('the generated table has duals, object pronouns and no collision with إقرأ', () => {
		const t = buildVerbForms();
		assert.ok(t.has('قالا') && t.has('يقولان') && t.has('ابلغه') && t.has('واخبرتهم'));
		assert.equal(t.has('اقرا'), false);
	});

	test('attribution frames are cues, with their adjectives and companion preposition', () => {
		check('وقال الوزير في تصريحات صحفية إن الخطة جاهزة.', 'cue', ['cue وقال قال verb | speaker الوزير', 'cue في تصريحات صحفية في تصريحات phrase | speaker الوزير']);
		assert.deepEqual(cueTexts('وأضاف في مقابلة مع الصحيفة أن الخطة جاهزة.'), ['وأضاف', 'في مقابلة مع']);
		assert.deepEqual(cueTexts('وفقاً لـ«رويترز» فإن الخطة جاهزة.'), ['وفقاً لـ']);
		assert.deepEqual(cueTexts('وذلك بحسب مصادر أمنية.'), ['بحسب']);
	});

	test('a frame with no source after it is not attribution', () => {
		assert.deepEqual(cueTexts('وتم التنفيذ بحسب الخطة المعتمدة وفقاً للقانون.'), []);
	});

	test('«بحسب ما» counts only before a verb of saying', () => {
		assert.deepEqual(cueTexts('بحسب ما ذكرت الوكالة أمس.'), ['بحسب ما', 'ذكرت']);
		assert.deepEqual(cueTexts('وفق ما تنص عليه الأنظمة.'), []);
	});

	test('ambiguous verbs count only in their reporting use', () => {
		// تابع "went on" needs speech after it; تابع "followed" does not count.
		assert.deepEqual(cueTexts('وتابع: «لن نتراجع».'), ['وتابع']);
		assert.deepEqual(cueTexts('وتابع الفريق المباراة من المدرجات.'), []);
		// أفاد من = benefited from.
		assert.deepEqual(cueTexts('وأفاد من الدعم عدد كبير من الأسر.'), []);
		// تبيّن أن = it turned out that.
		assert.deepEqual(cueTexts('وتبين أن السائق كان مسرعاً.'), []);
		// ذكر as a noun and in the background formula يذكر أن.
		assert.deepEqual(cueTexts('يذكر أن المهرجان يقام سنوياً.'), []);
		// عبر "via" is not عبّر "expressed".
		assert.deepEqual(cueTexts('ورد الرئيس عبر وسائل التواصل بأن السيادة غير قابلة للتفاوض.'), ['ورد']);
		// المتحدث باسم is a noun; the participle متحدثاً is not generated for it and «المتحدث» is not a cue.
		assert.deepEqual(cueTexts('المتحدث باسم الوزارة حضر الاجتماع.'), []);
	});

	test('a verb after a preposition is a verbal noun; a negated verb reports nothing', () => {
		assert.deepEqual(cueTexts('إضافة إلى وصفها القرار بالخاطئ.'), []);
		assert.deepEqual(cueTexts('لكنه لم يعلن موقفه من الاتفاق.'), []);
		assert.deepEqual(cueTexts('فضل عدم ذكر اسمه.'), []);
	});

	test('قال with أن is flagged with a fix to إن; إن and بأن are not', () => {
		const text = 'وقال الوزير أن الحكومة ستعمل.';
		const f = analyze(text).findings.find((x) => x.ruleId === 'attribution.qala-anna');
		assert.ok(f);
		assert.equal(text.slice(f.start, f.end), 'أن');
		const fix = f.fixes![0]!.edits[0]!;
		assert.equal(text.slice(0, fix.start) + fix.newText + text.slice(fix.end), 'وقال الوزير إن الحكومة ستعمل.');
		checkExcludes('وقال الوزير إن الحكومة ستعمل.', ['finding attribution.qala-anna']);
		checkExcludes('وأكد الوزير أن الحكومة ستعمل.', ['finding attribution.qala-anna']);
	});

	test('the أن of a conjunction after قال (بعد أن، من أن، دون أن) and «كما قال» are no «قال أن»', () => {
		const qalaAnna = (text: string): string[] => analyze(text).findings.filter((x) => x.ruleId === 'attribution.qala-anna').map((f) => text.slice(f.start, f.end));
		assert.deepEqual(qalaAnna('وكان خامنئي قال بعد أن أم صلاة العيد في طهران إن البلاد بخير.'), []);
		assert.deepEqual(qalaAnna('أؤمن بما قاله العالم يونغ من أن للبشر لاوعيا واحدا.'), []);
		assert.deepEqual(qalaAnna('يقول الأب إنه يضربه دون أن يسأل عن السبب.'), []);
		assert.deepEqual(qalaAnna('التي تسربت كما قال، لتشعر المواطنين أن ثمة من يخطط.'), []);
		// The statement's own أن after the conjunction is still flagged.
		assert.deepEqual(qalaAnna('وقال الوزير بعد أن انتهى الاجتماع أن الاتفاق قريب.'), ['أن']);
	});

	test('a حال participle that is also a noun needs its own complement right after it («مقراً» headquarters)', () => {
		checkExcludes('وتقدم الشركة، التي تتخذ من طوكيو مقرا لها، خدمات التأمين.', ['cue مقرا', 'finding attribution.loaded-verb']);
		checkIncludes('وتحدث الوزير مقرا بأن الخطة تأخرت.', ['finding attribution.loaded-verb hint مقرا']);
	});

	test('«"…"، هذا ما أضافه فلان»: a verb of saying with the pronoun of the statement after «هذا ما» is a cue', () => {
		checkIncludes('"الرئيس يشبه من يلوم الجميع باستثناء نفسه"، هذا ما أضافه المرشح للرئاسة.', ['cue أضافه أضاف verb | speaker المرشح للرئاسة']);
		checkExcludes('وأضافه المنظمون إلى القائمة.', ['cue وأضافه']);
	});

	test('loaded verbs get a hint with their class; neutral verbs do not', () => {
		checkIncludes('وزعم المتحدث أن القوات انسحبت.', ['finding attribution.loaded-verb hint وزعم']);
		checkIncludes('واعترف الوزير بأن الخطة فشلت.', ['finding attribution.loaded-verb hint واعترف']);
		checkExcludes('وقال المتحدث إن القوات انسحبت.', ['finding attribution.loaded-verb']);
	});

	test('«بين» after a quoted term inside the clause is the preposition; «وزاد:» and «على حد قول» are cues', () => {
		checkExcludes('وتحدث المصدر عن «تعاون» بين مقاتليهما على المستوى المحلي، مؤكداً أن الوضع هادئ.', ['cue بين']);
		checkIncludes('وزاد: «العمل يسير وفق الجدول».', ['cue وزاد زاد verb | speaker -']);
		// Negative: «زاد» as "increased" is no cue.
		checkExcludes('وزاد عدد الزوار هذا العام.', ['cue وزاد']);
	});
});

