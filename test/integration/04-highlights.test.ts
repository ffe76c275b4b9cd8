// Highlights: the decorations land on the seed's quotes, cues, speakers, entities and sources, read back through the
// documented command `isnad.getHighlightRanges` (and the API), and the workbench really draws them (through the probe).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { evalInWorkbench, probeAvailable } from './runner/e2e';
import { isnadApi, openFixture, rangeOf, tuple, waitFor } from './helpers';

type Tuple = [number, number, number, number];
interface Ranges {
  quotes: Tuple[]; cues: Tuple[]; speakers: Tuple[];
  entities: { PER: Tuple[]; LOC: Tuple[]; ORG: Tuple[]; MISC: Tuple[] };
  namedSources: Tuple[]; anonymousSources: Tuple[];
}

const has = (list: Tuple[], t: Tuple): boolean => list.some((x) => x.join() === t.join());

suite('highlights', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('quotes, cues, speakers, entities and sources of the seed, from isnad.getHighlightRanges', async () => {
    const editor = await openFixture('seed-article.arnews');
    const doc = editor.document;
    const r = await waitFor('the highlight ranges of the seed', async () => {
      const x = await vscode.commands.executeCommand<Ranges>('isnad.getHighlightRanges');
      return x && x.quotes.length > 0 ? x : undefined;
    });
    const text = doc.getText();

    // The quote 'لدينا معلومات …' with its marks, said by «واتسون» through the cue «وقالت».
    const qStart = text.indexOf("'لدينا معلومات");
    const qEnd = text.indexOf("'", qStart + 1) + 1;
    const quote = tuple(new vscode.Range(doc.positionAt(qStart), doc.positionAt(qEnd)));
    assert.ok(has(r.quotes, quote), `quote ${quote} in ${JSON.stringify(r.quotes)}`);
    assert.strictEqual(r.quotes.length, 4, 'the seed has four direct quotes (three in the story, one in the "read also" part)');
    // Nothing of the tag line or of the "read also" list is a quote.
    const tagLine = rangeOf(doc, 'كلمات دلالية').start.line;
    assert.ok(!r.quotes.some((q) => q[0] === tagLine), 'no quote on the tag line');
    const list = rangeOf(doc, 'مقالات مشابهة').start.line;
    assert.ok(!r.quotes.some((q) => q[0] > list), 'no quote in the «مقالات مشابهة» list');

    assert.ok(has(r.cues, tuple(rangeOf(doc, 'وقالت'))), 'the cue «وقالت»');
    assert.ok(has(r.cues, tuple(rangeOf(doc, 'قال مسؤول').with({ end: rangeOf(doc, 'قال مسؤول').start.translate(0, 3) }))), 'the cue «قال» of the lead');
    assert.ok(has(r.speakers, tuple(rangeOf(doc, 'واتسون', 1))), 'the speaker «واتسون» of «وقالت واتسون»');
    assert.ok(has(r.speakers, tuple(rangeOf(doc, 'جون كيربي'))), 'the speaker «جون كيربي»');

    assert.ok(has(r.entities.PER, tuple(rangeOf(doc, 'جون كيربي'))), 'the person «جون كيربي»');
    assert.ok(has(r.entities.LOC, tuple(rangeOf(doc, 'فلاديفوستوك'))), 'the place «فلاديفوستوك»');
    assert.ok(has(r.entities.ORG, tuple(rangeOf(doc, 'البيت الأبيض'))), 'the organisation «البيت الأبيض»');

    assert.ok(has(r.anonymousSources, tuple(rangeOf(doc, 'مسؤول أمريكي'))), 'the anonymous source «مسؤول أمريكي»');
    assert.ok(has(r.namedSources, tuple(rangeOf(doc, 'البيت الأبيض'))), 'the named institution «البيت الأبيض»');
    assert.ok(has(r.namedSources, tuple(rangeOf(doc, 'صحيفة نيويورك تايمز'))), 'the named outlet «صحيفة نيويورك تايمز»');

    // The API answers the same for the document's URI.
    const api = await isnadApi();
    assert.deepStrictEqual(api.highlightRanges(doc.uri), r);
    // Every range is inside the document.
    const all = [...r.quotes, ...r.cues, ...r.speakers, ...Object.values(r.entities).flat(), ...r.namedSources, ...r.anonymousSources];
    for (const t of all) {
      const range = new vscode.Range(t[0], t[1], t[2], t[3]);
      assert.ok(doc.validateRange(range).isEqual(range) && !range.isEmpty, `range ${t} lies in the document`);
    }
  });

  test('the workbench draws them: overlay decorations in the editor DOM, no inline decoration', async function () {
    if (!(await probeAvailable())) { this.skip(); }
    const editor = await openFixture('seed-article.arnews');
    await waitFor('highlights', async () => (await vscode.commands.executeCommand<Ranges>('isnad.getHighlightRanges')).quotes.length > 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const path = editor.document.uri.path;
    // Overlay decorations (background, border) are drawn in .view-overlays as div.cdr elements; an inline decoration
    // (text colour, font) would be a span inside .view-lines with a "ced-" class: none may exist.
    const expr = `(() => {
      const pathOf = (el) => { try { return decodeURIComponent(new URL(el.getAttribute('data-uri')).pathname); } catch { return ''; } };
      const holders = [...document.querySelectorAll('[data-uri]')].filter((el) => pathOf(el) === ${JSON.stringify(path)});
      const eds = holders.map((h) => h.closest('.monaco-editor') || h.querySelector('.monaco-editor')).filter(Boolean);
      const ed = eds.find((e) => e.getBoundingClientRect().width > 0 && e.querySelector('.view-lines'));
      if (!ed) { return null; }
      return { overlays: ed.querySelectorAll('.view-overlays .cdr[class*="ced-"]').length, inline: ed.querySelectorAll('.view-lines span[class*="ced-"]').length };
    })()`;
    const seen = await waitFor('decorations in the editor DOM', async () => {
      const x = await evalInWorkbench<{ overlays: number; inline: number } | null>(expr);
      return x && x.overlays > 0 ? x : undefined;
    }, 30000, 250);
    assert.ok(seen.overlays > 10, `overlay decorations drawn: ${seen.overlays}`);
    assert.strictEqual(seen.inline, 0, 'no inline decoration inside the text');
  });
});
