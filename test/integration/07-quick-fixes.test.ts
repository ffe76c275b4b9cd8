// Quick fixes, asked for and applied the way the editor does it (vscode.executeCodeActionProvider, then the action's
// workspace edit): «قال أن» → «قال إن», and a name spelled two ways made consistent. The text is checked after, and the
// finding disappears from the diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeDocuments, listDiagnostics, openFixture, ruleOf, waitFor, waitForDiagnostics } from './helpers';

/** The quick fixes offered at a diagnostic's range, as the editor asks for them (polled until an edit is offered). */
async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor(`the quick fixes of ${ruleOf(d)}`, async () => {
    const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const ours = (all ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a);
    return ours.some((a) => a.edit) ? ours : undefined;
  });
}

suite('quick fixes', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  const opened: vscode.TextDocument[] = [];
  teardown(async () => {
    await closeDocuments(...opened.splice(0)); // revert: the fixtures stay as they are on disk
  });

  test('«قال أن» → «قال إن» (attribution.qala-anna), applied through vscode.executeCodeActionProvider', async () => {
    const { document: doc } = await openFixture('attribution.arnews');
    opened.push(doc);
    const ds = await waitForDiagnostics(doc.uri, 'the qala-anna finding', (x) => x.some((d) => ruleOf(d) === 'attribution.qala-anna'));
    const d = ds.find((x) => ruleOf(x) === 'attribution.qala-anna')!;
    assert.strictEqual(doc.getText(d.range), 'أن');
    const actions = await quickFixes(doc, d);
    const fix = actions.find((a) => a.title === 'Replace with «إن»');
    assert.ok(fix, `the fix is offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.isPreferred, 'it is the preferred fix');
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
    // (action.diagnostics cannot be checked here: vscode.executeCodeActionProvider returns only title, kind, edit,
    // command and isPreferred of each action — VS Code 1.139's API command drops the diagnostics.)
    assert.ok(actions.some((a) => a.title.startsWith('Acknowledge:')), 'Acknowledge is offered beside it');

    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(doc.lineAt(0).text, 'قال الوزير إن الحكومة ستعمل على حل الأزمة قريبا.');
    assert.strictEqual(doc.getText(), before.replace('قال الوزير أن', 'قال الوزير إن'), 'nothing else changed');
    const after = await waitForDiagnostics(doc.uri, 'the qala-anna finding gone', (x) => !x.some((d2) => ruleOf(d2) === 'attribution.qala-anna'));
    assert.deepStrictEqual(after.map(ruleOf).sort(), ['attribution.loaded-verb', 'sources.vague-time'], listDiagnostics(after, doc));
  });

  test('names.spelling-variant: «جونغ» → «جونج», the majority spelling', async () => {
    const { document: doc } = await openFixture('names.arnews');
    opened.push(doc);
    const ds = await waitForDiagnostics(doc.uri, 'two spelling variants', (x) => x.filter((d) => ruleOf(d) === 'names.spelling-variant').length === 2);
    const d = ds.find((x) => doc.getText(x.range) === 'جونغ');
    assert.ok(d, listDiagnostics(ds, doc));
    const fix = (await quickFixes(doc, d)).find((a) => a.title === 'Spell it جونج');
    assert.ok(fix && fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('جونغ'), 'no «جونغ» left');
    assert.strictEqual(doc.getText().split('كيم جونج أون').length - 1, 2, 'both mentions are «كيم جونج أون»');
    const left = await waitForDiagnostics(doc.uri, 'only the شويغو variant left', (x) => x.length === 1);
    assert.strictEqual(doc.getText(left[0]!.range), 'شويغو');
  });
});
