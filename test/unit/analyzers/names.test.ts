import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions, type Finding } from '../../../src/core/index';

const SAMPLE = join(__dirname, '../../../../../shared/samples/seed-article.txt');
const RULE = 'names.spelling-variant';

function variants(text: string, options: AnalyzeOptions = {}): string[] {
	return analyze(text, options)
		.findings.filter((f: Finding) => f.ruleId === RULE)
		.map((f) => `${text.slice(f.start, f.end)} → ${f.fixes?.[0]?.edits[0]?.newText ?? '?'}`);
}

suite('analyzers/names: one name, two spellings', () => {
	const sample = readFileSync(SAMPLE, 'utf8');

	test('the seed sample flags جونغ (minority of جونج) and شويغو (minority of شويجو)', () => {
		const found = variants(sample);
		assert.ok(found.includes('جونغ → جونج'), found.join(' | '));
		assert.ok(found.includes('شويغو → شويجو'), found.join(' | '));
		// Words that only look alike are not names of one person.
		assert.ok(!found.some((f) => f.startsWith('بينما') || f.startsWith('جيمي') || f.startsWith('البيت')), found.join(' | '));
	});

	test('the fix replaces the name, not its proclitic, and is the preferred fix', () => {
		const text = 'التقى الرئيس فلاديمير بوتين نظيره. وقال بوتين إن روسيا مستعدة. ورد الكرملين على لبوتن.';
		const f = analyze(text).findings.find((x) => x.ruleId === RULE);
		assert.ok(f, 'a finding');
		assert.equal(text.slice(f.start, f.end), 'بوتن');
		assert.deepEqual(f.fixes?.[0]?.edits, [{ start: f.start, end: f.end, newText: 'بوتين' }]);
		assert.equal(f.fixes?.[0]?.preferred, true);
		assert.equal(f.severity, 'warning');
	});

	test('house style overrides the majority', () => {
		const found = variants(sample, { houseStyle: { جونج: 'جونغ' } });
		assert.ok(found.includes('جونج → جونغ'), found.join(' | '));
		assert.ok(!found.includes('جونغ → جونج'), found.join(' | '));
	});

	test('a house-style variant is reported even when the article has no other spelling', () => {
		const text = 'قال الرئيس الأمريكي دونالد ترامب إن بلاده ستفاوض.';
		assert.deepEqual(variants(text, { houseStyle: { ترامب: 'ترمب' } }), ['ترامب → ترمب']);
		assert.deepEqual(variants(text), []);
	});

	test('one spelling throughout: nothing to report', () => {
		const text = 'قال فلاديمير بوتين إن روسيا مستعدة. وأضاف بوتين أن موسكو لن تتراجع.';
		assert.deepEqual(variants(text), []);
	});

	test('words that only look alike are not one name spelled two ways (SaudiNewsNet false alarms)', () => {
		const texts = [
			// Two native names (their skeletons were one edit apart through the native-name marker).
			'قال محمد العتيبي إن الفريق جاهز. وأضاف أحمد الزهراني أن المباراة صعبة. وختم محمد حديثه.',
			// A city and a common word with the same skeleton; a currency and its accusative.
			'وصل الوفد إلى جدة أمس. وأشادت قيادة المنطقة بجودة الخدمات في جدة. وبلغت الكلفة مليون دولار، أي نحو ثلاثين دولارا للفرد.',
			// A person and a country, one edit apart.
			'وقال الرئيس الفرنسي فرنسوا هولاند إن فرنسا لن تتراجع. وأضاف هولاند أن فرنسا ملتزمة.',
			// Theophoric native names; a common word one letter from a company's name.
			'قال عبدالله الغامدي إن الموسم بدأ. وأضاف عبدالإله الشهري أن عبدالله محق. وقال الرئيس السابق لشركة سابك إن سابك تتوسع.',
			// A person the model once took for a place, and the country.
			'وقال مكتب الرئيس فرانسوا أولاند إن فرنسا لن تدفع. وأكد الرئيس (فرانسوا أولاند) أن فرنسا لا تتخلى عن مواطنيها.',
			// A broken plural and its singular, with the article.
			'وافتتح الأمير المسجد الكبير في المدينة المنورة، وزار المساجد التاريخية في المدينة.',
		];
		for (const text of texts) {
			assert.deepEqual(variants(text), [], text);
		}
	});

	test('a foreign name written with and without a long vowel is flagged (كابل/كابول)', () => {
		const text = 'وصل المبعوث إلى كابول أمس. وقال مسؤولون في كابول إن المحادثات بدأت، وإن وفد كابل سيزور الدوحة.';
		assert.deepEqual(variants(text), ['كابل → كابول']);
	});

	test('the rule can be turned off, and is skipped without entities', () => {
		assert.deepEqual(variants(sample, { rules: { [RULE]: 'off' } }), []);
		assert.deepEqual(variants(sample, { entities: false }), []);
	});
});
