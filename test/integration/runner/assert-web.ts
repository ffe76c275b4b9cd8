// A small stand-in for Node's `assert` in the web-worker test bundle (the worker has no Node
// built-ins). scripts/e2e/esbuild-e2e.mjs maps `assert`, `assert/strict`, `node:assert` and
// `node:assert/strict` to this file in the web bundle only; the Node bundle uses the real one.
// Covers what tests use: assert(), ok, equal/notEqual, strictEqual/notStrictEqual,
// deepEqual/deepStrictEqual (+ not*), throws/doesNotThrow, rejects/doesNotReject, match/doesNotMatch,
// fail, ifError, AssertionError (with actual/expected so mocha shows a diff), and `strict`.

export class AssertionError extends Error {
  actual: unknown; expected: unknown; operator: string; generatedMessage: boolean;
  code = 'ERR_ASSERTION';
  showDiff: boolean;
  constructor(o: { message?: string | Error; actual?: unknown; expected?: unknown; operator?: string; generated?: string; showDiff?: boolean }) {
    super(typeof o.message === 'string' ? o.message : o.generated || 'Assertion failed');
    this.name = 'AssertionError';
    this.actual = o.actual; this.expected = o.expected; this.operator = o.operator || '';
    this.generatedMessage = o.message === undefined;
    this.showDiff = o.showDiff ?? false;
  }
}

function inspect(v: unknown, depth = 0): string {
  if (typeof v === 'string') { return JSON.stringify(v); }
  if (typeof v === 'bigint') { return `${v}n`; }
  if (typeof v === 'function') { return `[Function: ${v.name || 'anonymous'}]`; }
  if (typeof v === 'symbol' || v === undefined || v === null || typeof v !== 'object') { return String(v); }
  if (depth > 3) { return Array.isArray(v) ? '[Array]' : '[Object]'; }
  if (v instanceof Error) { return `[${v.name}: ${v.message}]`; }
  if (v instanceof RegExp || v instanceof Date) { return String(v); }
  if (Array.isArray(v)) { return `[${v.map((x) => inspect(x, depth + 1)).join(', ')}]`; }
  if (v instanceof Map) { return `Map(${v.size}) {${[...v].map(([k, x]) => `${inspect(k, depth + 1)} => ${inspect(x, depth + 1)}`).join(', ')}}`; }
  if (v instanceof Set) { return `Set(${v.size}) {${[...v].map((x) => inspect(x, depth + 1)).join(', ')}}`; }
  const keys = Object.keys(v as object);
  return `{${keys.map((k) => `${k}: ${inspect((v as Record<string, unknown>)[k], depth + 1)}`).join(', ')}}`;
}

function fail_(message: string | Error | undefined, generated: string, extra: { actual?: unknown; expected?: unknown; operator: string; showDiff?: boolean }): never {
  if (message instanceof Error) { throw message; }
  const err = new AssertionError({ message, generated, ...extra });
  // drop this module's own frames, so the stack starts at the test's call
  const own = / at (fail_|checkError|ok|equal|notEqual|strictEqual|notStrictEqual|deepEqual|notDeepEqual|deepStrictEqual|notDeepStrictEqual|throws|doesNotThrow|rejects|doesNotReject|match|doesNotMatch|fail|ifError)\d* \(/;
  if (err.stack) { err.stack = err.stack.split('\n').filter((l, i) => i === 0 || !own.test(l)).join('\n'); }
  throw err;
}

function isDeepEqual(a: unknown, b: unknown, strict: boolean, seen = new Map<unknown, unknown>()): boolean {
  if (strict ? Object.is(a, b) : (a === b || (a !== a && b !== b))) { return true; }
  // eslint-disable-next-line eqeqeq
  if (!strict && (a === null || typeof a !== 'object') && (b === null || typeof b !== 'object')) { return a == b; }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) { return false; }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) { return false; }
  if (seen.get(a) === b) { return true; }
  seen.set(a, b);
  if (a instanceof Date && b instanceof Date) { return a.getTime() === b.getTime(); }
  if (a instanceof RegExp && b instanceof RegExp) { return String(a) === String(b); }
  if (Array.isArray(a) !== Array.isArray(b)) { return false; }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<unknown>; const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) { return false; }
    for (let i = 0; i < x.length; i++) { if (!Object.is(x[i], y[i])) { return false; } }
    return true;
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) { return false; }
    for (const [k, v] of a) { if (!b.has(k) || !isDeepEqual(v, b.get(k), strict, seen)) { return false; } }
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) { return false; }
    for (const v of a) { if (!b.has(v) && ![...b].some((w) => isDeepEqual(v, w, strict, seen))) { return false; } }
    return true;
  }
  if (a instanceof Error && b instanceof Error && (a.message !== b.message || a.name !== b.name)) { return false; }
  const ka = Object.keys(a as object); const kb = Object.keys(b as object);
  if (ka.length !== kb.length) { return false; }
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) { return false; }
    if (!isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], strict, seen)) { return false; }
  }
  return true;
}

function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) { fail_(message, `The expression evaluated to a falsy value:\n\n  assert.ok(${inspect(value)})`, { actual: value, expected: true, operator: '==' }); }
}
function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) {
    fail_(message, `${inspect(actual)} == ${inspect(expected)}`, { actual, expected, operator: '==', showDiff: true });
  }
}
function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  // eslint-disable-next-line eqeqeq
  if (actual == expected) { fail_(message, `${inspect(actual)} != ${inspect(expected)}`, { actual, expected, operator: '!=' }); }
}
function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) {
    fail_(message, `Expected values to be strictly equal:\n\n${inspect(actual)} !== ${inspect(expected)}\n`, { actual, expected, operator: 'strictEqual', showDiff: true });
  }
}
function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) { fail_(message, `Expected "actual" to be strictly unequal to: ${inspect(expected)}`, { actual, expected, operator: 'notStrictEqual' }); }
}
function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!isDeepEqual(actual, expected, false)) {
    fail_(message, `Expected values to be loosely deep-equal:\n\n${inspect(actual)}\n\nshould loosely deep-equal\n\n${inspect(expected)}`, { actual, expected, operator: 'deepEqual', showDiff: true });
  }
}
function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!isDeepEqual(actual, expected, true)) {
    fail_(message, `Expected values to be strictly deep-equal:\n${inspect(actual)}\n\nshould equal\n\n${inspect(expected)}`, { actual, expected, operator: 'deepStrictEqual', showDiff: true });
  }
}
function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected, false)) { fail_(message, `Expected "actual" not to be loosely deep-equal to: ${inspect(expected)}`, { actual, expected, operator: 'notDeepEqual' }); }
}
function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (isDeepEqual(actual, expected, true)) { fail_(message, `Expected "actual" not to be strictly deep-equal to: ${inspect(expected)}`, { actual, expected, operator: 'notDeepStrictEqual' }); }
}

type Expected = RegExp | (new (...a: never[]) => unknown) | ((e: unknown) => boolean) | Record<string, unknown> | Error;

function checkError(err: unknown, expected: Expected | string | undefined, message: string | Error | undefined, op: string): void {
  if (expected === undefined || typeof expected === 'string') { return; }
  if (expected instanceof RegExp) {
    if (!expected.test(String(err))) { fail_(message, `The error "${String(err)}" does not match ${expected}`, { actual: err, expected, operator: op }); }
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof (expected as new () => unknown)) { return; }
    if (Error.isPrototypeOf(expected) || expected === Error) {
      fail_(message, `The error is expected to be an instance of "${expected.name}". Received ${inspect(err)}`, { actual: err, expected, operator: op });
    }
    if ((expected as (e: unknown) => boolean).call({}, err) !== true) { fail_(message, `The validation function rejected ${inspect(err)}`, { actual: err, expected, operator: op }); }
    return;
  }
  for (const k of Object.keys(expected)) {
    const want = (expected as Record<string, unknown>)[k]; const got = (err as Record<string, unknown>)?.[k];
    const good = want instanceof RegExp && typeof got === 'string' ? want.test(got) : isDeepEqual(got, want, true);
    if (!good) { fail_(message, `The error's "${k}" is ${inspect(got)}, expected ${inspect(want)}`, { actual: err, expected, operator: op }); }
  }
}

function throws(fn: () => unknown, expected?: Expected | string, message?: string | Error): void {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try { fn(); } catch (e) { checkError(e, expected, message, 'throws'); return; }
  fail_(message, 'Missing expected exception.', { operator: 'throws' });
}
function doesNotThrow(fn: () => unknown, message?: string | Error): void {
  try { fn(); } catch (e) { fail_(message, `Got unwanted exception.\nActual message: "${(e as Error)?.message ?? e}"`, { actual: e, operator: 'doesNotThrow' }); }
}
async function rejects(p: Promise<unknown> | (() => Promise<unknown>), expected?: Expected | string, message?: string | Error): Promise<void> {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try { await (typeof p === 'function' ? p() : p); } catch (e) { checkError(e, expected, message, 'rejects'); return; }
  fail_(message, 'Missing expected rejection.', { operator: 'rejects' });
}
async function doesNotReject(p: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void> {
  try { await (typeof p === 'function' ? p() : p); } catch (e) { fail_(message, `Got unwanted rejection.\nActual message: "${(e as Error)?.message ?? e}"`, { actual: e, operator: 'doesNotReject' }); }
}
function match(s: string, re: RegExp, message?: string | Error): void {
  if (typeof s !== 'string' || !re.test(s)) { fail_(message, `The input did not match the regular expression ${re}. Input:\n\n${inspect(s)}\n`, { actual: s, expected: re, operator: 'match' }); }
}
function doesNotMatch(s: string, re: RegExp, message?: string | Error): void {
  if (typeof s === 'string' && re.test(s)) { fail_(message, `The input was expected to not match the regular expression ${re}. Input:\n\n${inspect(s)}\n`, { actual: s, expected: re, operator: 'doesNotMatch' }); }
}
function fail(message: string | Error = 'Failed'): never { fail_(message, 'Failed', { operator: 'fail' }); }
function ifError(v: unknown): void { if (v !== null && v !== undefined) { throw v instanceof Error ? v : new AssertionError({ message: `ifError got unwanted exception: ${inspect(v)}`, operator: 'ifError' }); } }

type AssertFn = typeof ok & {
  ok: typeof ok; equal: typeof equal; notEqual: typeof notEqual; strictEqual: typeof strictEqual; notStrictEqual: typeof notStrictEqual;
  deepEqual: typeof deepEqual; notDeepEqual: typeof notDeepEqual; deepStrictEqual: typeof deepStrictEqual; notDeepStrictEqual: typeof notDeepStrictEqual;
  throws: typeof throws; doesNotThrow: typeof doesNotThrow; rejects: typeof rejects; doesNotReject: typeof doesNotReject;
  match: typeof match; doesNotMatch: typeof doesNotMatch; fail: typeof fail; ifError: typeof ifError;
  AssertionError: typeof AssertionError; strict: AssertFn;
};

function make(strictMode: boolean): AssertFn {
  const a = ((value: unknown, message?: string | Error) => ok(value, message)) as AssertFn;
  Object.assign(a, {
    ok, notStrictEqual, strictEqual, deepStrictEqual, notDeepStrictEqual, throws, doesNotThrow, rejects, doesNotReject,
    match, doesNotMatch, fail, ifError, AssertionError,
    equal: strictMode ? strictEqual : equal, notEqual: strictMode ? notStrictEqual : notEqual,
    deepEqual: strictMode ? deepStrictEqual : deepEqual, notDeepEqual: strictMode ? notDeepStrictEqual : notDeepEqual,
  });
  return a;
}

const assert = make(false);
const strict = make(true);
assert.strict = strict;
strict.strict = strict;

export {
  ok, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch, fail, ifError, strict,
};
export default assert;
