import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, tokenize, type Entity } from '../../../src/core/index';
import { procliticLength, recognize } from '../../../src/core/ner/recognize';

const SAMPLE = join(__dirname, '../../../../../shared/samples/seed-article.txt');

const show = (text: string, es: readonly Entity[]): string[] => es.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

/** Every occurrence of `name` as whole words (a proclitic may be glued to its first word). */
function occurrences(text: string, name: string): number[] {
	const out: number[] = [];
	let i = text.indexOf(name);
	while (i >= 0) {
		const after = text.charCodeAt(i + name.length);
		const endsWord = Number.isNaN(after) || !/[\p{L}\p{M}]/u.test(String.fromCharCode(after));
		if (endsWord) {
			out.push(i);
		}
		i = text.indexOf(name, i + 1);
	}
	return out;
}

suite('analyzers/entities: named entities', () => {
	const text = readFileSync(SAMPLE, 'utf8');
	const entities = analyze(text).entities;

	// The Done-when names of issue 4 on the seed sample: the first mention of each, with its type. An organisation's
	// generic head (وكالة) may stay outside the span, as the labelling guide says.
	// A name not met yet would be listed here with today's entities, so that a change shows (none today: «سيرجي شويجو»
	// no longer takes the verb «سافر» after it, see `trimPersonTails`).
	const today: ReadonlyMap<string, readonly string[]> = new Map();
	const expected: ReadonlyArray<readonly [string, Entity['type'], string?]> = [
		['كيم جونج أون', 'PER'],
		['فلاديمير بوتين', 'PER'],
		['أدريان واتسون', 'PER'],
		['سيرجي شويجو', 'PER'],
		['جون كيربي', 'PER'],
		['جيمي كارتر', 'PER'],
		['خوسيه راؤول مولينو', 'PER'],
		['ترمب', 'PER'],
		['روسيا', 'LOC'],
		['أوكرانيا', 'LOC'],
		['كوريا الشمالية', 'LOC'],
		['فلاديفوستوك', 'LOC'],
		['بيونغ يانغ', 'LOC'],
		['بنما', 'LOC'],
		['فينيكس', 'LOC'],
		['أريزونا', 'LOC'],
		['وكالة أسوشيتد برس', 'ORG', 'أسوشيتد برس'],
		['مجلس الأمن القومي', 'ORG'],
		['نيويورك تايمز', 'ORG'],
		['البيت الأبيض', 'ORG'],
	];
	for (const [name, type, alt] of expected) {
		const now = today.get(name);
		test(now === undefined ? `${name} is ${type}` : `FIXME ${name} is ${type}: today ${now.join(' + ')}`, () => {
			const at = occurrences(text, name)[0];
			assert.notEqual(at, undefined, `${name} is in the sample`);
			if (now !== undefined) {
				// The entities that overlap the name, as they are today.
				const over = entities.filter((e) => e.start < at! + name.length && e.end > at!);
				assert.deepEqual(show(text, over), now);
				return;
			}
			const hit = entities.find((e) => e.start <= at! + name.length && e.end >= at! && e.end <= at! + name.length);
			assert.ok(hit, `no entity on ${name}; entities: ${show(text, entities).join(' | ')}`);
			const got = text.slice(hit.start, hit.end);
			assert.ok(got === name || (alt !== undefined && got === alt), `${name}: got ${hit.type} «${got}»`);
			assert.equal(hit.type, type, `${name}: got ${hit.type} «${got}»`);
		});
	}

	test('«سيرجي شويجو» ends before the verb «سافر»; «الاتحاد الأوروبي» is an organisation, not a CLDR place', () => {
		const at = occurrences(text, 'سيرجي شويجو سافر')[0]!;
		assert.deepEqual(show(text, entities.filter((e) => e.start < at + 'سيرجي شويجو سافر'.length && e.end > at)), ['PER سيرجي شويجو']);
		const eu = occurrences(text, 'الاتحاد الأوروبي')[0]!;
		assert.deepEqual(show(text, entities.filter((e) => e.start < eu + 'الاتحاد الأوروبي'.length && e.end > eu)), ['ORG الاتحاد الأوروبي']);
	});

	test('every «ترمب» of the sample is a person (house list), and the second «بيونغ يانغ» is one place', () => {
		for (const at of occurrences(text, 'ترمب')) {
			const hit = entities.find((e) => e.start <= at && e.end >= at + 'ترمب'.length);
			assert.equal(hit?.type, 'PER', `ترمب at ${at}`);
		}
		for (const at of occurrences(text, 'بيونغ يانغ')) {
			const hit = entities.find((e) => e.start === at);
			assert.equal(hit === undefined ? undefined : `${hit.type} ${text.slice(hit.start, hit.end)}`, 'LOC بيونغ يانغ');
		}
	});

	test('entities are sorted, non-overlapping, and carry a cluster', () => {
		for (let i = 0; i < entities.length; i++) {
			const e = entities[i]!;
			assert.ok(e.start < e.end);
			assert.ok(typeof e.cluster === 'string' && e.cluster.length > 0);
			if (i > 0) {
				assert.ok(entities[i - 1]!.end <= e.start);
			}
		}
	});

	test('both spellings of a name share its cluster (جونج/جونغ، شويجو/شويغو)', () => {
		// The cluster of the mention written exactly as `name`.
		const clusterOf = (name: string): string | undefined => entities.find((e) => text.slice(e.start, e.end) === name)?.cluster;
		assert.equal(clusterOf('كيم جونغ أون'), clusterOf('كيم جونج أون'));
		assert.equal(clusterOf('شويغو'), clusterOf('شويجو'));
		assert.notEqual(clusterOf('شويجو'), undefined);
	});

	test('a glued proclitic is left out of the span when the bare name is attested (لروسيا، وبوتين)', () => {
		const t = 'زار بوتين روسيا. وقال لروسيا إن وبوتين سيزور بغداد ولبنان.';
		const es = analyze(t).entities.map((e) => t.slice(e.start, e.end));
		assert.ok(es.includes('روسيا'), es.join(' | '));
		assert.ok(!es.includes('لروسيا'), es.join(' | '));
		assert.ok(!es.includes('وبوتين'), es.join(' | '));
	});

	test('proclitic stripping needs evidence and never cuts a name that starts like a clitic', () => {
		const keys = new Set(['روسيا', 'بوتين']);
		assert.equal(procliticLength('لروسيا', keys, undefined), 1);
		assert.equal(procliticLength('وبوتين', keys, undefined), 1);
		assert.equal(procliticLength('لبنان', keys, undefined), 0);
		assert.equal(procliticLength('وليد', keys, undefined), 0);
		// The article stays: بالرياض → الرياض (only ب is left out).
		assert.equal(procliticLength('بالرياض', new Set(['الرياض']), undefined), 1);
		// لل: the article's alef is not written, so nothing is cut.
		assert.equal(procliticLength('للرياض', new Set(['الرياض']), undefined), 0);
	});

	test('options.entities === false skips recognition', () => {
		assert.deepEqual(analyze(text, { entities: false }).entities, []);
	});

	test('news agencies and outlets are organisations, also after a glued preposition', () => {
		const text = 'وقال مسؤول لفرانس برس إن الهجوم وقع، وذكرت رويترز أن القوات انسحبت.';
		const got = show(text, analyze(text).entities);
		assert.ok(got.includes('ORG لفرانس برس'), got.join(' | '));
		assert.ok(got.includes('ORG رويترز'), got.join(' | '));
	});


	test('«، طالب أوباما»: a verb of saying that opens the clause is not the first name of a person named elsewhere', () => {
		const text = 'وبخصوص أزمة جنوب السودان، طالب أوباما بإنهاء الحرب الأهلية. وقال أوباما للصحافيين إن الوضع رهيب.';
		const persons = show(text, analyze(text).entities).filter((e) => e.startsWith('PER '));
		assert.deepEqual(persons, ['PER أوباما', 'PER أوباما']);
		// Inside a clause the same word is a given name.
		const named = 'قال طالب الرفاعي إن الرواية جاهزة. وأضاف الرفاعي أن النشر قريب.';
		assert.ok(show(named, analyze(named).entities).includes('PER طالب الرفاعي'));
	});

	test('a title, a role or a noun for people alone is no person («وقال الناشط»، «وأضاف المتهم»)', () => {
		for (const text of ['وقال الناشط: «دفعت حقوق الإنسان ثمن عودة إيران».', 'وأضاف المتهم أمام المحكمة أنه بريء.']) {
			assert.deepEqual(show(text, analyze(text).entities).filter((e) => e.startsWith('PER ')), [], text);
		}
	});

	test('a one-word CLDR place after «إلى»، «في»، «من» is a place; a place name that is also a common word is not', () => {
		const places = (text: string): string[] => show(text, analyze(text).entities).filter((e) => e.startsWith('LOC '));
		assert.deepEqual(places('وصلت الطائرة الإغاثية إلى عدن أمس.'), ['LOC عدن']);
		assert.deepEqual(places('ودفن في مسقط رأسه.'), []);
		assert.deepEqual(places('وعاد إلى العالم بعد غياب.'), []);
	});

	test('a person never ends in «عبد» or «أبو», and a glued «لعبد» or «وأبو» begins another person', () => {
		const text = 'وجاء ذلك بعد تحالف علي عبدالله صالح لعبد الملك الحوثي في صنعاء.';
		const persons = show(text, analyze(text).entities).filter((e) => e.startsWith('PER '));
		assert.ok(persons.includes('PER عبدالله صالح'), persons.join(' | '));
		assert.ok(persons.some((p) => p.startsWith('PER عبد الملك')), persons.join(' | '));
		for (const p of persons) {
			assert.doesNotMatch(p, /(?:^PER |\s)(?:[ول]?عبد|[ول]?أبو|بن)$/u, `${p} ends in a connector: ${persons.join(' | ')}`);
		}
		const two = 'والتقى محمد وأبو بكر في الرياض.';
		const got = show(two, analyze(two).entities);
		assert.ok(!got.some((e) => e.includes('محمد وأبو')), got.join(' | '));
	});
	test('plain text without names has no entities; odd input never throws', () => {
		assert.deepEqual(show('', analyze('').entities), []);
		for (const t of ['', ' ', '\n\n', '...', '«»', 'a'.repeat(5000), 'ب'.repeat(3000), '١٢٣ 456', '\u200f\u200e']) {
			assert.doesNotThrow(() => recognize(tokenize(t)));
		}
		const plain = 'وقال إن الاجتماع سيعقد غدا في المساء.';
		assert.deepEqual(show(plain, analyze(plain).entities), []);
		// «الصباح» (the morning) after «في», which the model takes for a place, is a time of day (TIMES_OF_DAY).
		const morning = 'وقال إن الاجتماع سيعقد غدا في الصباح.';
		assert.deepEqual(show(morning, analyze(morning).entities), []);
		// A person named صباح is still a person: only places are dropped.
		const person = 'وقالت الشيخة صباح إن الاجتماع سيعقد غدا.';
		assert.ok(!show(person, analyze(person).entities).some((e) => e.startsWith('LOC')));
	});

	test('recognition is linear: a long text is tagged quickly', () => {
		const long = text.repeat(20);
		const t0 = Date.now();
		const es = recognize(tokenize(long)).entities;
		assert.ok(es.length > 20 * 40);
		assert.ok(Date.now() - t0 < 3000);
	});
});
