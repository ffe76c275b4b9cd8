import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeDocument, DEFAULT_TAG_PARAMS, DEFAULT_TAG_WEIGHTS, generateTags, isStopword, matchKey, stopwordClass, TAG_FEATURES, tagCandidates, tokenize } from '../../../src/core/index';
import { joinLines } from '../helpers';

const SEED = readFileSync(join(__dirname, '..', '..', '..', '..', 'samples', 'seed-article.arnews'), 'utf8');

/** Tags as the command computes them: with the NER's entities. */
function tagsOf(text: string, count = 6): string[] {
	const a = analyzeDocument(text);
	return generateTags(a.doc, { count, entities: a.entities }).map((t) => t.text);
}

/** The words of a tag on the matching key, without the article. */
function words(tag: string): string[] {
	return matchKey(tag)
		.split(/\s+/u)
		.map((w) => w.replace(/^ال/u, ''));
}

suite('tags: suggestions', () => {
	test('the seed sample: the first six are names and topics an editor would keep, in the article spelling', () => {
		const top = tagsOf(SEED, 6);
		assert.equal(top.length, 6);
		const keep = new Set(['كيم جونغ أون', 'كيم جونج أون', 'بوتين', 'فلاديمير بوتين', 'كوريا الشمالية', 'روسيا', 'أوكرانيا', 'قناة بنما', 'الولايات المتحدة', 'ترمب']);
		for (const t of top) {
			assert.ok(keep.has(t), `«${t}» in the top six: ${top.join('، ')}`);
			assert.ok(SEED.includes(t), `«${t}» is written so in the article`);
			assert.equal(isStopword(matchKey(t)), false);
		}
		for (const must of ['كوريا الشمالية', 'روسيا', 'أوكرانيا']) {
			assert.ok(top.includes(must), `${must} in ${top.join('، ')}`);
		}
		assert.ok(top.some((t) => t.endsWith('بوتين')), top.join('، '));
		assert.ok(top.some((t) => t.startsWith('كيم ج')), top.join('، '));
	});

	test('the seed sample without entities still suggests the same kind of tags', () => {
		const top = generateTags(SEED, { count: 6 }).map((t) => t.text);
		for (const must of ['كوريا الشمالية', 'روسيا', 'أوكرانيا']) {
			assert.ok(top.includes(must), `${must} in ${top.join('، ')}`);
		}
	});

	test('no suggestion is a clitic form, a stopword, boilerplate or a verb of saying', () => {
		const all = tagsOf(SEED, 15);
		for (const bad of ['لروسيا', 'لأوكرانيا', 'لبوتين', 'وكيم', 'لقناة بنما', 'بالرحلة', 'قال', 'وأضاف', 'أمس', 'الإثنين', 'المسؤول', 'كلمات دلالية', 'الزعيم']) {
			assert.ok(!all.includes(bad), `«${bad}» in ${all.join('، ')}`);
		}
		for (const t of all) {
			assert.notEqual(stopwordClass(matchKey(t)), 'stop', t);
		}
	});

	test('no tag is contained in a higher one', () => {
		for (const text of [SEED]) {
			const all = tagsOf(text, 15).map(words);
			for (let i = 0; i < all.length; i++) {
				for (let j = 0; j < all.length; j++) {
					if (i !== j) {
						assert.ok(!all[j]!.every((w) => all[i]!.includes(w)), `${all[j]!.join(' ')} inside ${all[i]!.join(' ')}`);
					}
				}
			}
		}
	});

	test('clitics are merged and left out of the display: بوتين = لبوتين = وبوتين', () => {
		const text = joinLines(
			'التقى الرئيس الروسي بوتين أمس نظيره في موسكو.',
			'وقال مسؤول إن الرسالة وصلت لبوتين قبل اللقاء.',
			'وبوتين يعتزم زيارة العاصمة الصينية قريبا.',
			'ولم يعلق بوتين على الخبر.',
		);
		const tags = generateTags(text, { count: 6 });
		const putin = tags.filter((t) => t.key === 'بوتين');
		assert.equal(putin.length, 1, tags.map((t) => t.text).join('، '));
		assert.equal(putin[0]!.text, 'بوتين');
		assert.equal(tags[0]!.text, 'بوتين');
		assert.ok(!tags.some((t) => /^[وبل]بوتين/u.test(t.text)));
	});

	test('the article keeps its article: بالعراق → العراق, للحكومة → الحكومة', () => {
		const text = joinLines('وصل الوفد إلى العراق أمس.', 'ويقيم الوفد بالعراق أسبوعا.', 'وفي العراق تجري الانتخابات.');
		assert.equal(generateTags(text, { count: 3 })[0]!.text, 'العراق');
	});

	test('a name the article spells two ways is one tag, shown in a spelling the article uses', () => {
		const text = joinLines(
			'قال الزعيم كيم جونج أون إنه سيزور موسكو.',
			'وأكد كيم جونغ أون أن الزيارة مهمة.',
			'ويتوقع أن يلتقي كيم جونغ أون نظيره.',
		);
		const tags = generateTags(text, { count: 5 }).map((t) => t.text);
		const kim = tags.filter((t) => t.startsWith('كيم'));
		assert.deepEqual(kim, ['كيم جونغ أون'], tags.join('، '));
	});

	test('noun + adjective is one tag, not the noun alone', () => {
		const text = joinLines('أطلقت كوريا الشمالية صاروخا جديدا.', 'وقالت كوريا الشمالية إن التجربة نجحت.', 'وتخضع كوريا الشمالية لعقوبات.');
		const tags = generateTags(text, { count: 4 }).map((t) => t.text);
		assert.equal(tags[0], 'كوريا الشمالية', tags.join('، '));
		assert.ok(!tags.includes('كوريا'));
		assert.ok(!tags.includes('الشمالية'));
	});

	test('the words of the existing tag line do not become tags', () => {
		const text = joinLines('زار الوزير مدينة الرياض أمس.', 'والتقى الوزير في الرياض عددا من المسؤولين.', 'كلمات دلالية: البرتقال، الموز الأخضر، البرتقال');
		const tags = generateTags(text, { count: 6 }).map((t) => t.text);
		assert.ok(tags.some((t) => t.endsWith('الرياض')), tags.join('، '));
		assert.ok(!tags.some((t) => /البرتقال|الموز/u.test(t)), tags.join('، '));
	});

	test('diacritics and tatweel are not shown; the majority spelling is', () => {
		const text = joinLines('زار الوفد مِصْر أمس.', 'وتسعى مصر إلى التهدئة.', 'وأعلنت مصـر موقفها.', 'وقالت مصر إن الاتفاق قريب.');
		assert.equal(generateTags(text, { count: 1 })[0]!.text, 'مصر');
	});

	test('count, ordering and determinism', () => {
		const ten = tagsOf(SEED, 10);
		assert.equal(ten.length, 10);
		assert.deepEqual(tagsOf(SEED, 5), ten.slice(0, 5));
		assert.deepEqual(tagsOf(SEED, 10), ten);
		assert.deepEqual(generateTags(SEED, { count: 0 }), []);
		const scores = generateTags(SEED, { count: 10 }).map((t) => t.kind);
		assert.ok(scores.every((k) => k === 'entity' || k === 'phrase' || k === 'word'));
	});

	test('a text with no Arabic words, or no words at all, gets no tags; nothing throws', () => {
		assert.deepEqual(generateTags(''), []);
		assert.deepEqual(generateTags('   \n\n  '), []);
		assert.deepEqual(generateTags('في على من إلى أن'), []);
		for (const s of ['«»', '١٢٣ ٤٥٦', '\u0640\u0640', 'ال ال ال', 'و', 'كلمات دلالية:', '\ud800', 'x'.repeat(10000)]) {
			assert.ok(Array.isArray(generateTags(s)));
		}
	});

	test('analyze computes tags only when asked, with tagCount', () => {
		assert.deepEqual(analyze(SEED).tags, []);
		assert.equal(analyze(SEED, { tags: true }).tags.length, 6);
		assert.equal(analyze(SEED, { tags: true, tagCount: 3 }).tags.length, 3);
		assert.deepEqual(
			analyze(SEED, { tags: true }).tags.map((t) => t.text),
			tagsOf(SEED, 6),
		);
	});

	test('linear time: eight times the article costs about eight times as much', function () {
		this.timeout(60000);
		// Numbered copies, so that no paragraph repeats (a repeated paragraph is counted once).
		const copies = (n: number): string =>
			Array.from({ length: n }, (_, i) =>
				SEED.split('\n')
					.map((p) => (p.trim() === '' ? p : `${i + 1}. ${p}`))
					.join('\n'),
			).join('\n');
		const small = tokenize(copies(5));
		const large = tokenize(copies(40));
		const best = (doc: ReturnType<typeof tokenize>): number => {
			let t = Infinity;
			for (let r = 0; r < 5; r++) {
				const t0 = performance.now();
				generateTags(doc, { count: 10 });
				t = Math.min(t, performance.now() - t0);
			}
			return t;
		};
		best(small);
		const ratio = best(large) / best(small);
		// Linear is 8; quadratic would be 64. The margin absorbs a noisy, shared machine.
		assert.ok(ratio < 24, `ratio ${ratio.toFixed(1)}`);
	});
});

suite('tags: stopwords', () => {
	test('stopwords-iso Arabic, function words, boilerplate and titles', () => {
		assert.equal(isStopword(matchKey('في')), true);
		assert.equal(isStopword(matchKey('الذي')), true);
		assert.notEqual(stopwordClass(matchKey('أمس')), undefined);
		assert.equal(stopwordClass(matchKey('الإثنين')), 'weak');
		assert.equal(stopwordClass(matchKey('وكالة')), 'weak');
		assert.equal(stopwordClass(matchKey('مصادر')), 'weak');
		assert.equal(stopwordClass(matchKey('الرئيس')), 'title');
		assert.equal(stopwordClass(matchKey('روسيا')), undefined);
	});

	test('a function word with an attached pronoun ends no tag; a name that starts like a short one is kept', () => {
		const text = 'قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في السودان، وأكد أن الرؤية طموحة لكنها واقعية.';
		const tags = tagsOf(text, 10);
		assert.ok(tags.includes('فيصل بن فرحان'), tags.join('، '));
		assert.ok(tags.includes('الحل السياسي'), tags.join('، '));
		assert.deepEqual(tags.filter((t) => /لكنها|كلها/u.test(t)), []);
		// «أبها» is أب + ها in form only: the city stays a tag.
		const abha = 'افتتح أمير منطقة عسير المعرض في أبها. وقال إن المعرض في أبها يستمر أسبوعا، وإن أبها تستقبل الزوار كلها.';
		assert.ok(tagsOf(abha, 6).includes('أبها'), tagsOf(abha, 6).join('، '));
	});

	test('a quotation that opens with the speaker\'s verb gives no tag that starts with the verb; one that opens with a noun keeps it', () => {
		const text = [
			'قال مدير المستشفى خالد العمري: «سنفتتح المستشفى الجديد في الربيع».',
			'وأضاف العمري: "وننتظر موافقة الوزارة على الميزانية".',
			'وقال شاهد: «قتلى وجرحى في الحادث».',
		].join('\n');
		const tags = tagsOf(text, 10);
		assert.deepEqual(tags.filter((t) => /^(?:سنفتتح|وننتظر)/u.test(t)), [], tags.join('، '));
		assert.ok(tags.some((t) => t.startsWith('المستشفى')), tags.join('، '));
		assert.ok(tags.includes('قتلى وجرحى'), tags.join('، '));
	});
});

suite('tags: the scorer', () => {
	test('one hand-set weight per feature, in round steps (AKEC and SaudiNewsNet evaluate them, never fit them)', () => {
		assert.deepEqual(Object.keys(DEFAULT_TAG_WEIGHTS).sort(), Object.keys(TAG_FEATURES).sort());
		assert.ok(Object.keys(TAG_FEATURES).length <= 16, 'a small set');
		for (const [name, w] of Object.entries(DEFAULT_TAG_WEIGHTS)) {
			assert.ok(Number.isInteger(w * 2), `${name} = ${w}: hand-set weights are multiples of 0.5`);
		}
		assert.equal(DEFAULT_TAG_PARAMS.weights, DEFAULT_TAG_WEIGHTS);
	});

	test('a score is exp(Σ weight × feature); a weight given alone overrides only itself', () => {
		for (const c of tagCandidates(SEED).slice(0, 200)) {
			if (c.score === 0) {
				continue;
			}
			const z = Object.entries(DEFAULT_TAG_WEIGHTS).reduce((a, [f, w]) => a + w * c.features[f as keyof typeof TAG_FEATURES], 0);
			assert.ok(Math.abs(Math.log(c.score) - z) < 1e-9, c.text);
		}
		const base = generateTags(SEED, { count: 10 });
		assert.deepEqual(generateTags(SEED, { count: 10, params: { weights: { title: DEFAULT_TAG_WEIGHTS.title } } }), base);
		const harsherLatin = generateTags(SEED, { count: 10, params: { weights: { latin: -3 } } });
		assert.deepEqual(harsherLatin.map((t) => t.text), base.map((t) => t.text));
	});
});
