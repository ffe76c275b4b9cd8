// "Acknowledge": the quick-fix action stores the finding's fingerprint in the workspace's .isnad/acknowledged.json (a
// data file for review in version control, never a marker in the article); the finding then stays silent while the
// rest of the article changes, and comes back when its own sentence changes or the file is removed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeDocuments, fixtureUri, isnadApi, openFixture, ruleOf, waitFor, waitForAnalysis, waitForDiagnostics } from './helpers';

const FILE = '.isnad/acknowledged.json';
const RULE = 'attribution.loaded-verb';

async function readJson(uri: vscode.Uri): Promise<{ version?: number; acknowledged?: { fingerprint: string; rule?: string; file?: string; excerpt?: string }[] } | undefined> {
  try { return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))); } catch { return undefined; }
}

suite('acknowledge', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  let doc: vscode.TextDocument | undefined;
  suiteTeardown(async () => {
    await closeDocuments(doc);
    // Leave the workspace copy as it was: no acknowledged findings for the suites that follow.
    await Promise.resolve(vscode.workspace.fs.delete(fixtureUri(FILE))).catch(() => undefined);
    await vscode.commands.executeCommand('isnad.reanalyze');
  });

  test('an acknowledged finding is written to .isnad/acknowledged.json and stays silent until its sentence changes', async function () {
    this.timeout(60000);
    const ackUri = fixtureUri(FILE);
    assert.strictEqual(await readJson(ackUri), undefined, `no ${FILE} in the fixture workspace before the test`);
    const editor = await openFixture('acknowledge.arnews');
    doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, `the ${RULE} finding`, (x) => x.some((d) => ruleOf(d) === RULE));
    const d = ds.find((x) => ruleOf(x) === RULE)!;
    assert.strictEqual(doc.getText(d.range), 'وزعم');

    const actions = await waitFor('the Acknowledge action', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc!.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      return (all ?? []).some((a) => a.title.startsWith('Acknowledge:')) ? all : undefined;
    });
    const ack = actions.find((a) => a.title.startsWith('Acknowledge:'))!;
    assert.ok(ack.command, 'Acknowledge runs a command');
    assert.strictEqual(ack.command.command, 'isnad.acknowledge');
    const text = doc.getText();
    const ok = await vscode.commands.executeCommand<boolean>(ack.command.command, ...(ack.command.arguments ?? []));
    assert.strictEqual(ok, true);

    const api = await isnadApi();
    const json = await waitFor(`${FILE} written`, async () => {
      const j = await readJson(ackUri);
      return j && j.acknowledged && j.acknowledged.length > 0 ? j : undefined;
    });
    assert.strictEqual(json.version, 1);
    assert.strictEqual(json.acknowledged!.length, 1);
    const entry = json.acknowledged![0]!;
    assert.strictEqual(entry.rule, RULE);
    assert.match(entry.fingerprint, new RegExp(`^${RULE.replace('.', '\\.')}:[0-9a-z]+$`));
    assert.match(entry.excerpt ?? '', /وزعم المتحدث/);
    assert.strictEqual(doc.getText(), text, 'nothing is written into the article');

    await waitForDiagnostics(doc.uri, `the ${RULE} finding silenced`, (x) => !x.some((d2) => ruleOf(d2) === RULE));
    assert.ok(!api.analysisFor(doc.uri)!.findings.some((f) => f.ruleId === RULE));

    // Another paragraph changes: still silent (the analysis of the new version is checked, not a stale one).
    assert.ok(await editor.edit((e) => e.insert(doc!.lineAt(2).range.end, ' وأكد ذلك في بيان.')));
    const v1 = await waitForAnalysis(doc);
    assert.ok(!v1.findings.some((f) => f.ruleId === RULE), 'still silent after an edit elsewhere');
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((x) => ruleOf(x) === RULE));

    // Its own sentence changes: the finding is back (its fingerprint no longer matches).
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(0, doc!.lineAt(0).text.indexOf('الثاني'), 0, doc!.lineAt(0).text.indexOf('الثاني') + 'الثاني'.length), 'الأول')));
    await waitForDiagnostics(doc.uri, `the ${RULE} finding back after its sentence changed`, (x) => x.some((d2) => ruleOf(d2) === RULE));
  });
});
