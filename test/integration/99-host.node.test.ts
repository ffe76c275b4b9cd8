// Node host only: the tests and the extension run in a Node extension host (the `main` entry, dist/extension.js).
// The report names the folder the extension was loaded from: the source tree, or with `run-e2e.sh --from-vsix` the
// copy installed from the .vsix.
import * as assert from 'assert';
import * as Mocha from 'mocha';
import * as vscode from 'vscode';
import { e2eHost } from './runner/e2e';
import { EXTENSION_ID } from './helpers';

suite('Node host', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  test('the suite and the extension run in the Node extension host (main entry)', () => {
    assert.strictEqual(e2eHost(), 'node');
    assert.ok(process.versions.node, 'Node');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.strictEqual(ext.packageJSON.main, './dist/extension.js');
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace, 'pinned to the workspace (Node) host by remote.extensionKind');
    Mocha.reporters.Base.consoleLog(`      ${EXTENSION_ID} ${ext.packageJSON.version} loaded from ${ext.extensionUri.fsPath}`);
  });
});
