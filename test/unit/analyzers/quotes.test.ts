import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { check, checkExcludes, checkIncludes, joinLines } from '../helpers';

const quoteTexts = (text: string): string[] => analyze(text).quotes.map((q) => text.slice(q.start, q.end));

suite('quotes', () => {
	test('every pair of marks, in both directions, makes a quote', () => {
		for (const [o, c] of [['«', '»'], ['»', '«'], ['“', '”'], ['”', '“'], ['"', '"'], ["'", "'"], ['‹', '›'], ['„', '“'], ['{', '}']]) {
			const text = `وقال الوزير: ${o}سنعمل على ذلك${c}.`;
			assert.deepEqual(quoteTexts(text), [`${o}سنعمل على ذلك${c}`], `${o}…${c}`);
		}
	});

	test('marks are paired by order, and families nest', () => {
		check('وقال: «قلت لهم "اذهبوا الآن" ثم عدت».', 'quote', [
			'quote «قلت لهم "اذهبوا الآن" ثم عدت» | cue وقال | speaker -',
			'quote "اذهبوا الآن" | cue وقال | speaker -',
		]);
	});

	test('titles, organisations, outlets and single terms are not quotes', () => {
		for (const text of [
			'وأعلن تنظيم "داعش" مسؤوليته عن الهجوم.',
			'وقال الوزير لـ«الراي» إن الخطة جاهزة.',
			'وأطلقت الوزارة نظام «دعم» الجديد.',
			'واعتبر ترمب أن التنازل عن القناة كان "حماقة".',
			'ونشرت الدراسة في دورية "كرنت بيولوجي".',
			// A list of titles after a plural («مسلسلات»), however long.
			'ومن أبرز أعمالها: مسلسلات «محمود المصري، وبره الدنيا، وعابد كرمان، والإمام الغزالي، ونجمة الجماهير»، كما شاركت في أفلام.',
		]) {
			assert.deepEqual(quoteTexts(text), [], text);
		}
		check('وأعلن تنظيم "داعش" مسؤوليته.', 'term', ['term "داعش"']);
	});

	test('a short span needs a cue in its clause, a long one is speech by its length', () => {
		assert.deepEqual(quoteTexts('وأوضح كيربي أن الرسائل كانت "على المستوى السطحي أكثر" هذه المرة.'), ['"على المستوى السطحي أكثر"']);
		// A short span that is a name («فريق الأحلام»، «جبهة حزب التحرير»، initials) stays a term even near a cue.
		assert.deepEqual(quoteTexts('كاشفاً عن خطط للاعتماد على "فريق الأحلام" من وزرائه.'), []);
		assert.deepEqual(quoteTexts('وأعلنت «جبهة حزب التحرير الشعبي» مسؤوليتها، وقالت إن المنفذ «ش أ أ».'), []);
		assert.deepEqual(quoteTexts('وفي الختام، "لن نتراجع عن هذا القرار مهما كانت الضغوط".'), ['"لن نتراجع عن هذا القرار مهما كانت الضغوط"']);
	});

	test('a quote interrupted by its attribution is two quotes', () => {
		check('«سنعمل على ذلك»، وأضاف: «الخطة جاهزة».', 'quote', [
			'quote «سنعمل على ذلك» | cue وأضاف | speaker -',
			'quote «الخطة جاهزة» | cue وأضاف | speaker -',
		]);
	});

	test('a paragraph that re-opens the quote continues it (multi-paragraph quote)', () => {
		const text = joinLines('وقال الوزير: «الفقرة الأولى من الكلام', '«والفقرة الثانية منه».');
		assert.deepEqual(quoteTexts(text), ['«الفقرة الأولى من الكلام\n«والفقرة الثانية منه»']);
		checkExcludes(text, ['finding quotes.unbalanced']);
	});

	test('an unclosed quote runs to the end of the speech and is flagged', () => {
		const text = 'وقال الوزير: «سنعمل على ذلك. وأضاف أن الخطة جاهزة.';
		assert.deepEqual(quoteTexts(text), ['«سنعمل على ذلك']);
		checkIncludes(text, ['finding quotes.unbalanced warning «']);
	});

	test('a closing mark with no opening one is flagged, and the speech after the complementizer is recovered', () => {
		const text = 'وقالت الوزارة إن الدوريات نفذت خطة انتشار بحري"، وعادت.';
		assert.deepEqual(quoteTexts(text), ['الدوريات نفذت خطة انتشار بحري"']);
		checkIncludes(text, ['finding quotes.unbalanced warning "']);
	});

	test('a mark glued to a word and followed by punctuation closes; each closed passage is recovered from its complementizer', () => {
		const text = 'وقالت الوزارة، إن الدوريات نفذت خطة انتشار"، وأنه مساء الثلاثاء تم رصد قاربين خارج المياه".';
		assert.deepEqual(quoteTexts(text), ['الدوريات نفذت خطة انتشار"', 'مساء الثلاثاء تم رصد قاربين خارج المياه"']);
		// The outermost reported clause of the sentence: after the first أن, not the second.
		assert.deepEqual(quoteTexts('وأوضح البيان أن المتهمين اعترفا أنه تسلما الحقائب في البحر".'), ['المتهمين اعترفا أنه تسلما الحقائب في البحر"']);
		// Negative: a mark with a space before it still opens.
		assert.deepEqual(quoteTexts('وقال: "الدوريات نفذت خطة انتشار واسعة".'), ['"الدوريات نفذت خطة انتشار واسعة"']);
	});

	test('short spans of definite nouns, and a quoted name in subject position, are designations, not quotes', () => {
		checkExcludes('واستبعد الوزير العفو عن الراغبين في الانفصال عن «الجماعات المسلحة والمتطرفة» والعودة.', ['quote']);
		checkExcludes('علمت «الشرق الأوسط» من مصادر مقربة أن اللاعب سيرحل.', ['quote']);
		checkExcludes('وتعتبر «الحادي عشر القابضة» مجموعة تجارية متنوعة.', ['quote']);
		// Negative: a partial quote with an indefinite word, and speech after a colon, stay quotes.
		assert.deepEqual(quoteTexts('ووصفت الحكومة الهجوم بأنه "هجوم إرهابي من جميع النواحي".'), ['"هجوم إرهابي من جميع النواحي"']);
		assert.deepEqual(quoteTexts('وقال الوزير: «الأمن والاستقرار».'), ['«الأمن والاستقرار»']);
	});

	test('a quoted span that is exactly a known name, or definite nouns the clause goes on after, is not a quote', () => {
		checkExcludes('وأوضحت الشركة أنها ستتابع المبالغ المستحقة من «زين السعودية» خلال الربع المقبل.', ['quote']);
		checkExcludes('بل تقول إن «المناطق الآمنة» ستكون مناطق تحمي التطرف.', ['quote']);
		// Negative: a partial quote that ends the reported clause stays a quote.
		assert.deepEqual(quoteTexts('وأكد الوزير أنه «صانع ملوك».'), ['«صانع ملوك»']);
	});

	test('an unclosed quote ends before a new attribution joined by و, even mid-sentence', () => {
		const text = 'وقال علي إن «القوى الأربع وافقت على التمديد لعامين وأضاف علي أن «موافقة الأطراف جاءت مقابل تعديل القانون».';
		assert.deepEqual(quoteTexts(text), ['«القوى الأربع وافقت على التمديد لعامين', '«موافقة الأطراف جاءت مقابل تعديل القانون»']);
	});

	test('a stray apostrophe is not a quote mark and not unbalanced', () => {
		checkExcludes("وصل إلى 5' من الدقائق.", ['quote', 'finding quotes.unbalanced']);
	});

	test('a second « while one is open closes the first as unbalanced', () => {
		const text = 'وقال: «الجملة الأولى بلا إغلاق ثم «الجملة الثانية وهي أطول من الأولى».';
		assert.deepEqual(quoteTexts(text), ['«الجملة الأولى بلا إغلاق ثم', '«الجملة الثانية وهي أطول من الأولى»']);
	});

	test('mixed styles at the top level are flagged on the minority style', () => {
		const text = 'وقال: «سنعمل على ذلك». وأضاف: «الخطة جاهزة». وتابع: "الأمر محسوم".';
		checkIncludes(text, ['finding quotes.mixed-style info "']);
		checkExcludes('وقال: «سنعمل على ذلك». وأضاف: «قال لي "نعم" أمس».', ['finding quotes.mixed-style']);
	});

	test('the tag line and the read-also list are not quotes', () => {
		const text = joinLines('كلمات دلالية: الزعيم الكوري الشمالي کوریا الشمالیة', '', 'إقرأ أيضاً:', '', 'ترمب يثير الجدل بشأن استعادة قناة بنما');
		assert.deepEqual(analyze(text).quotes, []);
	});
});
