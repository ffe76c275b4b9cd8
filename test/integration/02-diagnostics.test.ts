// Diagnostics: the seed sample and one small fixture per rule family get exactly the expected findings, with the
// rule id as `code.value` (linking to the rule's section of the bundled docs), `source` "Isnad", the right range and
// the level pinned in the fixture workspace's settings. Together the fixtures cover every rule of `isnad rules`; a new
// rule fails the last test until it gets a fixture here.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { RULES } from '../../src/core/index';
import { isnadApi, listDiagnostics, openFixture, ruleOf, waitFor, waitForDiagnostics } from './helpers';

const S = vscode.DiagnosticSeverity;

/** One expected finding: its rule, its level, and the text it covers (the `nth` occurrence of `text`, default 0). */
type Expected = [rule: string, severity: vscode.DiagnosticSeverity, text: string, nth?: number];

const EXPECTED: Record<string, Expected[]> = {
  'seed-article.arnews': [
    ['sources.anonymous-first', S.Information, 'مسؤول أمريكي'], // «قال مسؤول أمريكي» opens the story
    ['names.spelling-variant', S.Warning, 'جونغ'], // كيم جونج أون / كيم جونغ أون
    ['names.spelling-variant', S.Warning, 'شويغو'], // شويجو / شويغو
    ['names.spelling-variant', S.Warning, 'ترامب'], // ترمب (the majority) / ترامب in the related-articles list
    ['tags.persian-letters', S.Warning, 'کوریا الشمالیة'], // the tag line's Persian letters
    ['quotes.mixed-style', S.Information, '"'], // "العصر الذهبي …" among '…' quotes
    ['names.spelling-variant', S.Warning, 'الأمريكية'], // الأمريكية / الأميركية
    ['hygiene.hamza-wasl', S.Information, 'الإثنين'], // → الاثنين
    ['hygiene.hamza-wasl', S.Information, 'إقرأ'], // «إقرأ أيضاً» → اقرأ
  ],
  'attribution.arnews': [
    ['attribution.qala-anna', S.Warning, 'أن'],
    ['sources.vague-time', S.Information, 'قريبا'],
    ['attribution.loaded-verb', S.Hint, 'وزعم'],
  ],
  'quotes.arnews': [
    ['quotes.unbalanced', S.Warning, '«'],
    ['quotes.mixed-style', S.Information, '"'],
    ['quotes.unattributed', S.Warning, '«لن نتراجع عن هذا القرار مهما كانت الضغوط التي نتعرض لها»'],
  ],
  'names.arnews': [
    ['names.spelling-variant', S.Warning, 'جونغ'],
    ['names.spelling-variant', S.Warning, 'شويغو'],
  ],
  'sources.arnews': [
    ['sources.anonymous-first', S.Information, 'مسؤول حكومي'],
    ['sources.anonymous-no-reason', S.Warning, 'مسؤول حكومي'],
    ['sources.agentless', S.Warning, 'وأفادت تقارير'],
    ['sources.anonymous-bare', S.Warning, 'مصادر مطلعة'],
    ['sources.anonymous-no-reason', S.Warning, 'مصادر مطلعة'],
    ['sources.plural-unverified', S.Hint, 'مصادر مطلعة'],
    ['sources.anonymous-direct-quote', S.Information, '"'],
  ],
  'sources-anonymous.arnews': [
    ['sources.anonymous-opinion', S.Information, 'رأى'],
    ['sources.anonymous-first', S.Information, 'مسؤول أمني'],
    ['sources.anonymous-only', S.Information, 'مسؤول أمني'],
    ['sources.anonymous-attack', S.Warning, 'واتهم'],
    ['sources.vague-group', S.Information, 'مراقبون'],
  ],
  'hygiene.arnews': [
    ['hygiene.persian-letter', S.Error, 'الرئیس'], // Persian yeh
    ['hygiene.invisible-character', S.Warning, '\u200F'], // a right-to-left mark after «ماكرون»
    ['hygiene.persian-digit', S.Warning, '۴'],
    ['hygiene.mixed-digits', S.Information, '12'], // among Arabic-Indic digits
    ['hygiene.latin-punctuation', S.Information, ','],
    ['hygiene.tatweel', S.Hint, 'للتنفيـــذ'],
    ['hygiene.hamza-wasl', S.Information, 'إجتماع'],
    ['hygiene.hamza-missing', S.Hint, 'واكد'],
    ['hygiene.hamza-missing', S.Hint, 'امس'],
  ],
  'tags.arnews': [
    ['tags.persian-letters', S.Warning, 'کوریا الشمالیة'],
    ['tags.not-in-article', S.Hint, 'الانتخابات الفرنسية'],
  ],
};

function key(rule: string, severity: vscode.DiagnosticSeverity, r: vscode.Range): string {
  return `${rule} ${S[severity]} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

async function checkFixture(name: string): Promise<void> {
  const editor = await openFixture(name);
  const doc = editor.document;
  const text = doc.getText();
  const expected = EXPECTED[name]!.map(([rule, sev, needle, nth = 0]) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) { at = text.indexOf(needle, at + 1); }
    assert.ok(at >= 0, `fixture ${name} lacks «${needle}»`);
    return key(rule, sev, new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length)));
  }).sort();
  const ds = await waitForDiagnostics(doc.uri, `${expected.length} diagnostics`, (d) => d.length >= expected.length);
  const actual = ds.map((d) => key(ruleOf(d), d.severity, d.range)).sort();
  assert.deepStrictEqual(actual, expected, `diagnostics of ${name}:\n${listDiagnostics(ds, doc)}`);
  for (const d of ds) {
    assert.strictEqual(d.source, 'Isnad');
    assert.ok(typeof d.code === 'object' && d.code !== null, `code of ${ruleOf(d)} is {value, target}`);
    const code = d.code as { value: string | number; target: vscode.Uri };
    assert.ok(RULES.some((r) => r.id === code.value), `${code.value} is a rule id`);
    // The link opens the rule's section of docs/rules.md inside the extension (offline).
    assert.match(code.target.path, /\/docs\/rules\.md$/);
    assert.match(code.target.fragment, /^L\d+$/);
    assert.ok(d.message.length > 0);
  }
}

suite('diagnostics', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('seed sample: the expected rules, ranges and severities, source "Isnad", code = rule id with its docs link', async () => {
    await checkFixture('seed-article.arnews');
    // The anonymous official gives his reason («لم يكن مخولا بالحديث»): no anonymous-no-reason on the seed.
    const api = await isnadApi();
    const doc = vscode.window.activeTextEditor!.document;
    const analysis = await waitFor('the seed analysis', () => api.analysisFor(doc.uri));
    const text = doc.getText();
    const official = analysis.sources.find((s) => text.slice(s.start, s.end) === 'مسؤول أمريكي');
    assert.ok(official && official.anonymous && official.reason !== null, 'مسؤول أمريكي is anonymous with a reason');
  });

  test('quotes.* fixture', () => checkFixture('quotes.arnews'));
  test('attribution.* fixture (and the vague time it contains)', () => checkFixture('attribution.arnews'));
  test('sources.* fixtures', async () => {
    await checkFixture('sources.arnews');
    await checkFixture('sources-anonymous.arnews');
  });
  test('names.* fixture', () => checkFixture('names.arnews'));
  test('tags.* fixture', () => checkFixture('tags.arnews'));
  test('hygiene.* fixture', () => checkFixture('hygiene.arnews'));

  test('the fixtures cover every rule of the registry (`isnad rules`)', () => {
    const covered = new Set(Object.values(EXPECTED).flatMap((list) => list.map(([rule]) => rule)));
    const missing = RULES.map((r) => r.id).filter((id) => !covered.has(id) && id !== 'internal.error');
    assert.deepStrictEqual(missing, [], 'rules without an integration fixture');
  });
});
