// Shared helpers of the integration suites (not a suite itself: only *.test.ts files are gathered).
// Every wait here POLLS a condition against a deadline; nothing sleeps a fixed time to "let things
// settle". Deadlines are generous: the suites run on a shared, loaded 2-core machine.
// Works in both extension hosts (Node and web worker): no Node built-ins, fixtures through
// vscode.workspace.fs and the workspace folder's URI (never __dirname).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/extension/extension';

export type { IsnadApi };

export const EXTENSION_ID = 'isnad.isnad';
export const SOURCE = 'Isnad';

/** The default deadline of a poll, in ms. */
export const WAIT_MS = 30000;

/** Resolves after `ms` ms; used only between polls of a condition, never as a wait for something to happen. */
const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `probe` until it returns a value other than undefined/false, or throws after `timeoutMs` with `what` and the
 * last value seen (or the last error thrown by the probe).
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = WAIT_MS, everyMs = 25): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) { return v; }
      lastError = undefined;
    } catch (e) { lastError = e; }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message ?? lastError}` : ''}`);
    }
    await tick(everyMs);
  }
}

/** The extension, activated; its API. */
export async function isnadApi(): Promise<IsnadApi> {
  const ext = vscode.extensions.getExtension<IsnadApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder is open');
  return f.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...name.split('/'));
}

export async function readFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
}

/** Opens a fixture of the workspace in an editor (the active one). */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Opens an untitled document with this text and language in an editor (the active one). */
export async function openUntitled(content: string, language = 'arabic-news'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Reverts and closes the editors of these documents (so a dirty untitled document never asks to be saved). */
export async function closeDocuments(...docs: (vscode.TextDocument | undefined)[]): Promise<void> {
  for (const doc of docs) {
    if (!doc || doc.isClosed) { continue; }
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the document to be active', () => vscode.window.activeTextEditor?.document === doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(`${doc.uri.toString()} to close`, () => !vscode.window.visibleTextEditors.some((e) => e.document === doc));
  }
}

/** Isnad's diagnostics of a document. */
export function isnadDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a diagnostic (its `code.value`). */
export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** Waits until Isnad's diagnostics of a document satisfy `ok`; returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} (${uri.path.split('/').pop()})`, () => {
    const ds = isnadDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, timeoutMs);
}

/** Waits until the extension has analysed the current version of a document (its analysis is current and no re-analysis is pending). */
export async function waitForAnalysis(doc: vscode.TextDocument, timeoutMs = WAIT_MS): Promise<NonNullable<ReturnType<IsnadApi['analysisFor']>>> {
  const api = await isnadApi();
  return waitFor(`the analysis of ${doc.uri.path.split('/').pop()} v${doc.version}`, async () => {
    await api.whenIdle();
    return api.analysisFor(doc.uri);
  }, timeoutMs);
}

/** The range of the n-th (0-based) occurrence of `needle` in a document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `«${needle}» (occurrence ${nth}) is not in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** A range as `[startLine, startChar, endLine, endChar]`, the tuples of `isnad.getHighlightRanges`. */
export function tuple(r: vscode.Range): [number, number, number, number] {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** Whether range tuple `a` lies within range tuple `b`. */
export function within(a: readonly number[], b: readonly number[]): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);
  return before(b[0]!, b[1]!, a[0]!, a[1]!) && before(a[2]!, a[3]!, b[2]!, b[3]!);
}

/** The diagnostics as short readable lines (for assertion messages). */
export function listDiagnostics(ds: readonly vscode.Diagnostic[], doc?: vscode.TextDocument): string {
  return ds.map((d) => `${ruleOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}${doc ? ` «${doc.getText(d.range)}»` : ''}`).join('\n');
}

/**
 * Sets a workspace setting (`.vscode/settings.json` of the workspace copy) and waits until the extension sees it;
 * returns a function that restores the old value.
 */
export async function setWorkspaceSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const cfg = vscode.workspace.getConfiguration(section);
  const old = cfg.inspect(key)?.workspaceValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(`${section}.${key} to be updated`, () => JSON.stringify(vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue) === JSON.stringify(value));
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, old, vscode.ConfigurationTarget.Workspace);
    await waitFor(`${section}.${key} to be restored`, () => JSON.stringify(vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue) === JSON.stringify(old));
  };
}

/** Median and 95th percentile (nearest rank) of a list of numbers. */
export function stats(xs: readonly number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  const median = s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median, p95: rank(0.95), min: s[0]!, max: s[s.length - 1]! };
}

/**
 * An article of about `words` words made of the seed sample's story paragraphs (before «المصدر:»), repeated in order.
 * Whole paragraphs only: the result has at least `words` words and at most one paragraph more.
 */
export async function generatedArticle(words: number): Promise<string> {
  const seed = await readFixture('seed-article.arnews');
  const paragraphs = seed.slice(0, seed.indexOf('المصدر:')).trim().split(/\n\s*\n/);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    n += p.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n') + '\n';
}

/** The number of whitespace-separated words of a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
