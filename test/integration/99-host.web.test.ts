// Web-worker host only: the tests, and the extension they talk to, really run in the browser worker (the `browser`
// entry, dist/web/extension.js), not in Node. The shared suites that follow then prove the browser bundle does the
// same analysis, diagnostics, highlights, hovers, quick fixes and commands as the Node one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { e2eHost } from './runner/e2e';
import { EXTENSION_ID, isnadApi } from './helpers';

suite('web-worker host', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  test('the suite and the extension run in the web worker (browser entry)', async () => {
    assert.strictEqual(e2eHost(), 'web');
    assert.strictEqual(typeof (globalThis as { navigator?: unknown }).navigator, 'object', 'a worker has navigator');
    assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker has importScripts');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.strictEqual(ext.packageJSON.browser, './dist/web/extension.js');
    // The API is reachable only from the extension host the extension runs in: this one.
    const api = await isnadApi();
    assert.strictEqual(typeof api.analysisFor, 'function');
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI, 'a web-worker extension is a UI extension');
  });
});
