// Activation: Isnad starts on Arabic News (.arnews) and on Arabic plain text, and stays silent on an English .txt
// (it activates for plaintext, but must not analyse, flag or highlight English text).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { evalInWorkbench, probeAvailable } from './runner/e2e';
import { EXTENSION_ID, isnadApi, isnadDiagnostics, openFixture, waitFor, waitForDiagnostics } from './helpers';

/** The texts of the status-bar items the workbench shows (through the probe), or undefined without a probe. */
async function statusBarTexts(): Promise<string[] | undefined> {
  if (!(await probeAvailable())) { return undefined; }
  return evalInWorkbench<string[]>(`[...document.querySelectorAll('.part.statusbar .statusbar-item')]
    .filter((e) => e.getBoundingClientRect().width > 0).map((e) => (e.textContent || '').trim())`);
}

suite('activation', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an .arnews file activates Isnad, which analyses it, shows diagnostics and highlights', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in the extension host`);
    const editor = await openFixture('seed-article.arnews');
    assert.strictEqual(editor.document.languageId, 'arabic-news');
    // Opening the document is what activates the extension (onLanguage:arabic-news); nothing calls activate() here.
    await waitFor('the extension to be activated by opening an .arnews file', () => ext.isActive, 30000);
    const api = ext.exports as Awaited<ReturnType<typeof isnadApi>>;
    assert.ok(api && typeof api.analysisFor === 'function', 'activate() returns the API');
    const analysis = await waitFor('the analysis of the seed', () => api.analysisFor(editor.document.uri));
    assert.ok(analysis.quotes.length >= 3, `quotes found: ${analysis.quotes.length}`);
    await waitForDiagnostics(editor.document.uri, 'diagnostics on the seed', (ds) => ds.length > 0);
    const ranges = await waitFor('highlight ranges', async () => {
      const r = await vscode.commands.executeCommand<{ quotes: unknown[]; cues: unknown[] }>('isnad.getHighlightRanges');
      return r && r.quotes.length > 0 && r.cues.length > 0 ? r : undefined;
    });
    assert.ok(ranges.quotes.length >= 3);
    await waitFor('the status bar to count the sources', () => /مصادر/.test(api.statusText() ?? '') && api.statusText());
  });

  test('an Arabic plain-text file is analysed', async () => {
    const api = await isnadApi();
    const editor = await openFixture('arabic.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const analysis = await waitFor('the analysis of arabic.txt', () => api.analysisFor(editor.document.uri));
    // «نحن مستعدون للحوار، لكننا لن نتنازل عن حقوقنا» said by «الوزير» through «وأضاف».
    assert.strictEqual(analysis.quotes.length, 1, 'one direct quote');
    const text = editor.document.getText();
    const q = analysis.quotes[0]!;
    assert.match(text.slice(q.start, q.end), /^«نحن مستعدون للحوار/);
    assert.ok(analysis.cues.some((c) => text.slice(c.start, c.end) === 'وأضاف'), 'the cue «وأضاف» is found');
    const ranges = await waitFor('highlight ranges of arabic.txt', async () => {
      const r = await vscode.commands.executeCommand<{ quotes: unknown[] }>('isnad.getHighlightRanges');
      return r && r.quotes.length === 1 ? r : undefined;
    });
    assert.strictEqual(ranges.quotes.length, 1);
    await waitFor('the status bar to count the sources of arabic.txt', () => /مصادر/.test(api.statusText() ?? ''));
  });

  test('an Arabic Markdown file is analysed', async () => {
    const api = await isnadApi();
    const editor = await openFixture('arabic.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const analysis = await waitFor('the analysis of arabic.md', () => api.analysisFor(editor.document.uri));
    assert.strictEqual(analysis.quotes.length, 1);
  });

  test('an English .txt file is not analysed: no analysis, no diagnostics, no highlights, no status-bar item', async () => {
    const api = await isnadApi();
    const arabic = await openFixture('arabic.txt');
    await waitFor('arabic.txt to be analysed', () => api.analysisFor(arabic.document.uri));
    const before = await statusBarTexts();
    if (before) { assert.ok(before.some((t) => /مصادر/.test(t)), `the item is shown for Arabic text: ${JSON.stringify(before)}`); }

    const editor = await openFixture('english.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    await api.whenIdle();
    // analysisFor computes on demand: undefined is the adapter's decision about this version, not a race.
    assert.strictEqual(api.analysisFor(editor.document.uri), undefined);
    assert.deepStrictEqual(isnadDiagnostics(editor.document.uri), []);
    const ranges = await vscode.commands.executeCommand<Record<string, unknown>>('isnad.getHighlightRanges');
    assert.deepStrictEqual(ranges, { quotes: [], cues: [], speakers: [], entities: { PER: [], LOC: [], ORG: [], MISC: [] }, namedSources: [], anonymousSources: [] });
    assert.deepStrictEqual(api.highlightRanges(editor.document.uri).quotes, []);
    if (before) {
      // The workbench hides the item when the active editor is not an Isnad document.
      await waitFor('the sources item to be hidden for English text', async () => {
        const texts = await statusBarTexts();
        return texts !== undefined && !texts.some((t) => /مصادر/.test(t));
      });
    }
    // Still nothing after a real edit (typing English never makes it an Isnad document).
    const ok = await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Breaking: '));
    assert.ok(ok);
    await api.whenIdle();
    assert.strictEqual(api.analysisFor(editor.document.uri), undefined);
    assert.deepStrictEqual(isnadDiagnostics(editor.document.uri), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
