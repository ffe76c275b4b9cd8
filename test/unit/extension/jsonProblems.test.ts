import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { jsonSyntaxError, lineCol, parseJson } from '../../../src/extension/jsonProblems';

function parses(s: string): boolean {
	try {
		JSON.parse(s);
		return true;
	} catch {
		return false;
	}
}

suite('extension/jsonProblems: JSON errors that say where', () => {
	test('agrees with JSON.parse on valid and broken texts', () => {
		fc.assert(fc.property(fc.jsonValue(), (v) => jsonSyntaxError(JSON.stringify(v, null, 2)) === undefined));
		const mutated = fc.tuple(fc.jsonValue().map((v) => JSON.stringify(v, null, 1)), fc.nat(), fc.constantFrom('', '}', ']', ',', '"', ':', 'x', '\n', '\\')).map(([s, at, c]) => {
			const i = s.length === 0 ? 0 : at % s.length;
			return s.slice(0, i) + c + s.slice(i + 1);
		});
		fc.assert(fc.property(mutated, (s) => (jsonSyntaxError(s) === undefined) === parses(s)), { numRuns: 500 });
	});

	test('places the error', () => {
		assert.deepEqual(jsonSyntaxError('{"a": 1,}'), { offset: 8, message: "expected a property name in quotes but found '}'" });
		assert.deepEqual(jsonSyntaxError('[1 2]'), { offset: 3, message: "expected ',' or ']' but found '2'" });
		assert.deepEqual(jsonSyntaxError('{"a": "x'), { offset: 8, message: 'a string that is never closed' });
		assert.equal(jsonSyntaxError('')?.message, 'expected a value but found the end of the file');
		assert.equal(lineCol('ab\ncd', 4), 'line 2, column 2');
		const r = parseJson('{\n  "acknowledged": [\n}', 'f.json');
		assert.equal(r.problems[0]!.message, "f.json is not valid JSON: expected a value but found '}' (line 3, column 1).");
		assert.equal(r.problems[0]!.offset, 22);
	});
});
