// A document beyond isnad.maxDocumentSize is not analysed: the status bar says so, nothing is flagged or highlighted,
// and raising the limit again brings the analysis back (no reload).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeDocuments, generatedArticle, isnadApi, isnadDiagnostics, openUntitled, setWorkspaceSetting, waitFor } from './helpers';

suite('document size limit', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  let restore: (() => Promise<void>) | undefined;
  let doc: vscode.TextDocument | undefined;
  teardown(async () => {
    if (restore) { await restore(); restore = undefined; }
    await closeDocuments(doc);
  });

  test('an article longer than isnad.maxDocumentSize is skipped with a status-bar notice, and analysed again under a higher limit', async function () {
    this.timeout(60000);
    const api = await isnadApi();
    const text = await generatedArticle(1000);
    const editor = await openUntitled(text);
    doc = editor.document;
    await waitFor('the article analysed', () => api.analysisFor(doc!.uri));
    await waitFor('its diagnostics', () => isnadDiagnostics(doc!.uri).length > 0);
    await waitFor('the sources item', () => /مصادر/.test(api.statusText() ?? ''));

    restore = await setWorkspaceSetting('isnad', 'maxDocumentSize', 2000);
    assert.ok(text.length > 2000);
    const notice = await waitFor('the status-bar notice', () => {
      const t = api.statusText();
      return t && /لم يُحلَّل/.test(t) ? t : undefined;
    });
    assert.match(notice, /إسناد/);
    assert.strictEqual(api.analysisFor(doc.uri), undefined, 'no analysis');
    await waitFor('its diagnostics cleared', () => isnadDiagnostics(doc!.uri).length === 0);
    assert.deepStrictEqual((await vscode.commands.executeCommand<{ quotes: unknown[] }>('isnad.getHighlightRanges')).quotes, [], 'no highlights');
    // Typing in it stays cheap and changes nothing.
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'عاجل: ')));
    await api.whenIdle();
    assert.strictEqual(api.analysisFor(doc.uri), undefined);
    assert.match(api.statusText() ?? '', /لم يُحلَّل/);

    await restore();
    restore = undefined;
    await waitFor('the article analysed again', () => api.analysisFor(doc!.uri));
    await waitFor('the sources item back', () => /مصادر/.test(api.statusText() ?? ''));
    await waitFor('its diagnostics back', () => isnadDiagnostics(doc!.uri).length > 0);
  });
});
