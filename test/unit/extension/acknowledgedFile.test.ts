import * as assert from 'node:assert/strict';
import { addAcknowledgement, parseAcknowledged } from '../../../src/extension/acknowledgedFile';

const FP = 'sources.anonymous-no-reason:0f3a9c1d2e4b5a';

suite('extension/acknowledgedFile: .isnad/acknowledged.json', () => {
	test('a valid file: objects and bare strings', () => {
		const text = JSON.stringify({ version: 1, acknowledged: [{ fingerprint: FP, rule: 'sources.anonymous-no-reason', file: 'a.arnews' }, 'quotes.unbalanced:00000000000001'] });
		const r = parseAcknowledged(text);
		assert.deepEqual(r.problems, []);
		assert.deepEqual([...r.fingerprints], [FP, 'quotes.unbalanced:00000000000001']);
	});

	test('an empty file acknowledges nothing, quietly', () => {
		assert.deepEqual(parseAcknowledged('').problems, []);
		assert.deepEqual(parseAcknowledged('\n  ').problems, []);
	});

	test('a syntax error says where', () => {
		const r = parseAcknowledged('{\n  "version": 1,\n  "acknowledged": [\n}');
		assert.equal(r.problems.length, 1);
		assert.match(r.problems[0]!.message, /is not valid JSON: .*line 4, column 1/u);
		assert.equal(r.problems[0]!.offset, 38);
	});

	test('wrong shapes get clear messages; valid entries still count', () => {
		assert.match(parseAcknowledged('[]').problems[0]!.message, /must hold an object/u);
		assert.match(parseAcknowledged('{"version": 1}').problems[0]!.message, /"acknowledged" list is missing/u);
		assert.match(parseAcknowledged('{"acknowledged": {}}').problems[0]!.message, /must be a list/u);
		const r = parseAcknowledged(JSON.stringify({ version: 2, extra: true, acknowledged: [FP, { fingerprint: 'nonsense' }, { note: 5 }, 42] }));
		assert.deepEqual([...r.fingerprints], [FP]);
		const messages = r.problems.map((p) => p.message).join('\n');
		assert.match(messages, /"version" must be 1/u);
		assert.match(messages, /unknown key "extra"/u);
		assert.match(messages, /acknowledged\[1\]\.fingerprint "nonsense" is not a fingerprint/u);
		assert.match(messages, /acknowledged\[2\]\.note must be a string/u);
		assert.match(messages, /acknowledged\[3\] needs a "fingerprint"/u);
	});

	test('adding: a new file, an existing one (kept as it is, entry appended), a duplicate', () => {
		const first = addAcknowledgement(undefined, { fingerprint: FP, rule: 'sources.anonymous-no-reason', file: 'a.arnews', excerpt: 'قال مسؤول', date: '2026-11-29' });
		assert.ok('text' in first && first.changed);
		assert.deepEqual(JSON.parse(first.text), { version: 1, acknowledged: [{ fingerprint: FP, rule: 'sources.anonymous-no-reason', file: 'a.arnews', excerpt: 'قال مسؤول', date: '2026-11-29' }] });
		assert.ok(first.text.endsWith('\n'));
		const existing = JSON.stringify({ $comment: 'reviewed by the desk', version: 1, acknowledged: ['quotes.unbalanced:00000000000001'] });
		const second = addAcknowledgement(existing, { fingerprint: FP });
		assert.ok('text' in second && second.changed);
		assert.deepEqual(JSON.parse(second.text), { $comment: 'reviewed by the desk', version: 1, acknowledged: ['quotes.unbalanced:00000000000001', { fingerprint: FP }] });
		const again = addAcknowledgement(second.text, { fingerprint: FP });
		assert.ok('text' in again && !again.changed && again.text === second.text);
	});

	test('a file with problems is never rewritten', () => {
		const r = addAcknowledgement('{ broken', { fingerprint: FP });
		assert.ok('problems' in r && r.problems.length === 1);
		const bad = addAcknowledgement('{"acknowledged": [1]}', { fingerprint: FP });
		assert.ok('problems' in bad);
		assert.ok('problems' in addAcknowledgement(undefined, { fingerprint: 'not a fingerprint' }));
	});
});
