/**
 * Property tests: for generated inputs (Arabic, Latin, every quote mark, punctuation, control characters, lone
 * surrogates, long single lines) `analyze` never throws, every span lies within the text and is ordered, and the
 * findings come sorted. Cost: the analysis of a 1 MB line and of a 100 KB line are timed in the same process and
 * their ratio must stay near 10 (linear), whatever the machine's speed.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis, type Span } from '../../src/core/index';

const PIECES = [
	'قال', 'وقال', 'مصدر', 'مصادر مطلعة', 'إن', 'أن', ':', '،', '.', '؟', ' ', ' ', ' ', '\n', '\r\n', '«', '»', '"', "'", '“', '”', '„', '‹', '›', '{', '}',
	'ـ', 'ً', 'ّ', 'ک', 'ی', '٣', '۴', '5', 'Reuters', 'O\'Brien', '\u200F', '\u200B', '\uFEFF', '\uD800', '\uDC00', '😀', '\u0000', '\t', 'بحسب', 'وفقاً لـ',
	'الذي طلب عدم ذكر اسمه', 'لأنه غير مخول', 'كلمات دلالية:', 'مؤكداً', 'يُقال', 'المتحدث باسم', 'ﻻ', 'ا\u0654',
	'﴾', '﴿', '\uFDFD', '\uFDD0', '\uFB50', '\uFEFC', '\uFEFF',
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.fullUnicodeString({ maxLength: 4 })), { maxLength: 80 }).map((a) => a.join(''));

function spans(a: Analysis): Span[] {
	const out: Span[] = [...a.quotes, ...a.terms, ...a.cues, ...a.entities, ...a.sources, ...a.findings];
	for (const q of a.quotes) {
		out.push(q.open);
		for (const s of [q.close, q.cue, q.speaker]) {
			if (s !== null) {
				out.push(s);
			}
		}
	}
	for (const c of a.cues) {
		if (c.speaker !== null) {
			out.push(c.speaker);
		}
	}
	for (const s of a.sources) {
		if (s.reason !== null) {
			out.push(s.reason);
		}
	}
	for (const f of a.findings) {
		for (const fix of f.fixes ?? []) {
			out.push(...fix.edits);
		}
	}
	return out;
}

function checkInvariants(t: string, a: Analysis): void {
	for (const s of spans(a)) {
		assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
		assert.ok(0 <= s.start && s.start <= s.end && s.end <= t.length, `span ${s.start}-${s.end} outside 0-${t.length}`);
	}
	for (let i = 1; i < a.findings.length; i++) {
		assert.ok(a.findings[i - 1]!.start <= a.findings[i]!.start, 'findings sorted');
	}
	for (const list of [a.quotes, a.cues, a.entities]) {
		for (let i = 1; i < list.length; i++) {
			assert.ok(list[i - 1]!.start <= list[i]!.start, 'spans ordered');
		}
	}
	assert.equal(a.findings.filter((f) => f.ruleId === 'internal.error').length, 0, 'no analyzer failed');
}

suite('properties', () => {
	test('analyze never throws and keeps every span inside the text', () => {
		fc.assert(
			fc.property(text, (t) => {
				checkInvariants(t, analyze(t, { tags: true }));
			}),
			{ numRuns: 400, seed: 20261129 },
		);
	});

	test('every code point of the Arabic presentation-form blocks, alone and in words', () => {
		for (let c = 0xfb50; c <= 0xfeff; c++) {
			const ch = String.fromCharCode(c);
			checkInvariants(ch, analyze(ch));
			const t = `قال ${ch}الوزير${ch} «${ch}»`;
			checkInvariants(t, analyze(t));
		}
	});

	test('empty, whitespace-only and control-only documents', () => {
		for (const t of ['', ' ', '\n\n\n', '\u0000\u0001\u0002', '\uFEFF', '"', '«', '»»»', "'''"]) {
			checkInvariants(t, analyze(t, { tags: true }));
		}
	});

	test('a 1 MB single line costs about ten times a 100 KB one (linear)', function () {
		this.timeout(120000);
		const unit = 'وقال مصدر مطلع، الذي طلب عدم ذكر اسمه، إن «الحكومة "ستعمل" على ذلك» وأضاف: \'نعم\' ';
		const make = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
		const small = make(100_000);
		const big = make(1_000_000);
		const time = (t: string): number => {
			const t0 = process.hrtime.bigint();
			checkInvariants(t, analyze(t));
			return Number(process.hrtime.bigint() - t0);
		};
		time(small);
		const ts = Math.min(time(small), time(small));
		const tb = time(big);
		// Linear is 10; a quadratic step would make it 100. The margin absorbs a noisy, shared machine.
		assert.ok(tb / ts < 30, `1 MB took ${(tb / ts).toFixed(1)}× the 100 KB time`);
	});

	test('unbalanced quote marks everywhere stay linear and never throw', function () {
		this.timeout(60000);
		const t = '«'.repeat(50_000) + '"'.repeat(50_000) + '»'.repeat(3) + "'".repeat(50_000);
		checkInvariants(t, analyze(t));
	});
});
