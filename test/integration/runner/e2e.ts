// Test-side helpers for the integration suites: which host runs the tests, and the client of the
// PROBE PROTOCOL served by scripts/e2e/driver.cjs (see scripts/e2e/README.md):
//
//   <resultsDir>/probe/READY            written by the driver when it serves requests
//   <resultsDir>/probe/req-<id>.json    written by a test (atomically: .tmp then rename)
//   <resultsDir>/probe/res-<id>.json    written by the driver: {id, ok, result | error, ms}
//
// resultsDir is $E2E_RESULTS_DIR (Node host) or the user setting `e2e.resultsDir` (web worker,
// which has no env). All file I/O goes through vscode.workspace.fs, so the same code works in the
// Node host (file:) and in the web worker (vscode-remote: the code-server's disk).
//
//   import { measureWordOrder, probeAvailable } from './runner/e2e';
//   const r = await measureWordOrder({ document: editor.document });
//   assert.deepStrictEqual(r.outOfOrder, []);
import * as vscode from 'vscode';

export type E2EHost = 'node' | 'web';

/** 'node' in a Node extension host (desktop or code-server's remote host), 'web' in the web worker. */
export function e2eHost(): E2EHost {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof process !== 'undefined' && p && p.versions && p.versions.node ? 'node' : 'web';
}

export class ProbeUnavailableError extends Error {
  constructor(message: string) { super(message); this.name = 'ProbeUnavailableError'; }
}

/** One rendered editor line as measured in the workbench DOM. */
export interface WordOrderLine {
  /** 1-based line number from the gutter, null when line numbers are hidden. */
  line: number | null;
  top: number;
  text: string;
  /** token spans the line is cut into (VS Code isolates every span holding RTL text). */
  spans: number;
  /** Arabic words measured. */
  words: number;
  /** how often the x of the next Arabic word (logical order) is to the RIGHT of the previous one. */
  breaks: number;
  /** the line holds Latin letters: their runs legitimately reverse the order, so it is not checked. */
  latin: boolean;
}

export interface WordOrderResult {
  found: true;
  path: string;
  uri: string;
  lines: WordOrderLine[];
  /** lines checked: at least two Arabic words and no Latin letters. */
  arabicLines: number;
  /** checked lines whose Arabic words are not laid out right to left. Empty = all in order. */
  outOfOrder: { line: number | null; breaks: number; spans: number; text: string }[];
  /** false when the DOM was still changing when the timeout ran out. */
  stable: boolean;
}

function resultsDir(): string | undefined {
  const env = typeof process !== 'undefined' && process.env ? process.env.E2E_RESULTS_DIR : undefined;
  return env || vscode.workspace.getConfiguration('e2e').get<string>('resultsDir') || undefined;
}

function uriFor(p: string): vscode.Uri {
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  return !base || base.scheme === 'file' ? vscode.Uri.file(p) : base.with({ path: p, query: '', fragment: '' });
}

function probeUri(name: string): vscode.Uri {
  const dir = resultsDir();
  if (!dir) { throw new ProbeUnavailableError('no results dir (E2E_RESULTS_DIR / setting e2e.resultsDir): not run by scripts/e2e'); }
  return uriFor(`${dir.replace(/\/+$/, '')}/probe/${name}`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** True when a driver serves probe requests for this run (code-server route; electron with --driver). */
export async function probeAvailable(): Promise<boolean> {
  try { await vscode.workspace.fs.stat(probeUri('READY')); return true; } catch { return false; }
}

let seq = 0;

/** Send one request to the driver and wait for its answer. Throws ProbeUnavailableError without a driver. */
export async function probe<T>(op: string, params: Record<string, unknown> = {}, waitMs = 60000): Promise<T> {
  if (!(await probeAvailable())) {
    throw new ProbeUnavailableError('no probe driver for this run (the electron route without playwright, or not run by scripts/e2e)');
  }
  const id = `${Date.now().toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const req = probeUri(`req-${id}.json`);
  const tmp = probeUri(`req-${id}.json.tmp`);
  const res = probeUri(`res-${id}.json`);
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify({ id, op, ...params })));
  await vscode.workspace.fs.rename(tmp, req, { overwrite: true });
  const end = Date.now() + waitMs;
  for (;;) {
    let bytes: Uint8Array | undefined;
    try { bytes = await vscode.workspace.fs.readFile(res); } catch { /* not yet */ }
    if (bytes) {
      const answer = JSON.parse(new TextDecoder().decode(bytes)) as { ok: boolean; result?: T; error?: string };
      await Promise.all([req, res].map((u) => Promise.resolve(vscode.workspace.fs.delete(u)).catch(() => undefined)));
      if (!answer.ok) { throw new Error(`probe ${op} failed: ${answer.error}`); }
      return answer.result as T;
    }
    if (Date.now() > end) { throw new Error(`probe ${op}: no answer from the driver within ${waitMs} ms`); }
    await sleep(50);
  }
}

/**
 * Measure the word order of the rendered lines of an editor (default: the active text editor's
 * document). The driver waits until the editor is on screen and its DOM has been unchanged for
 * stableMs (default 500) before answering, within timeoutMs (default 15000).
 */
export async function measureWordOrder(opts: { document?: vscode.TextDocument | vscode.Uri; stableMs?: number; timeoutMs?: number } = {}): Promise<WordOrderResult> {
  const target = opts.document ?? vscode.window.activeTextEditor?.document;
  const uri = target && 'uri' in target ? target.uri : (target as vscode.Uri | undefined);
  return probe<WordOrderResult>('wordOrder', {
    path: uri ? uri.path : '', stableMs: opts.stableMs ?? 500, timeoutMs: opts.timeoutMs ?? 15000,
  }, (opts.timeoutMs ?? 15000) + 30000);
}

/** Evaluate a JS expression in the workbench page (e.g. read the DOM); the result must be JSON. */
export function evalInWorkbench<T>(expression: string): Promise<T> {
  return probe<T>('eval', { expression });
}

/** Save a screenshot of the workbench as <resultsDir>/probe/<name>.png; returns its path. */
export async function screenshot(name: string): Promise<string> {
  return (await probe<{ file: string }>('screenshot', { name })).file;
}
