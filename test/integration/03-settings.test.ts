// Settings: a rule's level changed in the workspace configuration takes effect at once (no reload): the severity of
// the open article's diagnostics follows it, `off` removes them, and restoring the setting brings them back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { listDiagnostics, openFixture, ruleOf, setWorkspaceSetting, waitFor, waitForDiagnostics } from './helpers';

const RULE = 'names.spelling-variant';

suite('settings', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  let restore: (() => Promise<void>) | undefined;
  teardown(async () => {
    if (restore) { await restore(); restore = undefined; }
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test(`a rule level set in the workspace settings applies without reload; "off" removes the rule; restoring brings it back`, async () => {
    const editor = await openFixture('names.arnews');
    const uri = editor.document.uri;
    const ofRule = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => ruleOf(d) === RULE);
    const pinned = await waitForDiagnostics(uri, `two ${RULE} warnings`, (ds) => ofRule(ds).length === 2 && ofRule(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    const others = pinned.filter((d) => ruleOf(d) !== RULE).length;

    const rules = vscode.workspace.getConfiguration('isnad').inspect<Record<string, string>>('rules')?.workspaceValue ?? {};
    restore = await setWorkspaceSetting('isnad', 'rules', { ...rules, [RULE]: 'error' });
    await waitForDiagnostics(uri, `${RULE} as errors`, (ds) => ofRule(ds).length === 2 && ofRule(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Error));

    await vscode.workspace.getConfiguration('isnad').update('rules', { ...rules, [RULE]: 'off' }, vscode.ConfigurationTarget.Workspace);
    const off = await waitForDiagnostics(uri, `no ${RULE}`, (ds) => ofRule(ds).length === 0);
    assert.strictEqual(off.length, others, `only the other rules remain:\n${listDiagnostics(off, editor.document)}`);

    await restore();
    restore = undefined;
    await waitForDiagnostics(uri, `${RULE} back as warnings`, (ds) => ofRule(ds).length === 2 && ofRule(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('switching a highlight family off in the settings clears its decorations at once', async () => {
    await openFixture('arabic.txt');
    const quotes = async (): Promise<number> => (await vscode.commands.executeCommand<{ quotes: unknown[] }>('isnad.getHighlightRanges')).quotes.length;
    await waitFor('the quote highlight', async () => (await quotes()) === 1);
    restore = await setWorkspaceSetting('isnad', 'highlight.quotes', false);
    await waitFor('no quote highlight', async () => (await quotes()) === 0);
    await restore();
    restore = undefined;
    await waitFor('the quote highlight back', async () => (await quotes()) === 1);
  });
});
