// Typing latency (issue 6, item 3), in the Node extension host: an article of 1,000 words and one of 50,000 words,
// both made of the seed's paragraphs, get 20 edits each; every edit adds a sentence with «قال أن», and the time from
// the edit to the diagnostics that show its new finding is measured (the edit's round trip through the workbench,
// then Isnad's debounce + analysis + publishing, which is also reported on its own, with and without the 50 ms by which
// VS Code's extension host debounces onDidChangeDiagnostics). The figures
// are printed in the mocha report; the test asserts only that every update arrives, never a time (shared machines).
import * as assert from 'assert';
import * as Mocha from 'mocha';
import * as vscode from 'vscode';
import { closeDocuments, generatedArticle, isnadApi, isnadDiagnostics, openUntitled, ruleOf, stats, waitFor, waitForAnalysis, wordCount } from './helpers';

const EDITS = 20;
const SENTENCE = ' وقال الوزير أن المحادثات ستستمر.';
const RULE = 'attribution.qala-anna';

/** A line in the mocha report (mocha.log and the run's output). */
function report(line: string): void {
  Mocha.reporters.Base.consoleLog(`      ${line}`);
}

/** Resolves with the time at which the document's Isnad diagnostics first satisfy `ok` (event-driven, no polling). */
function diagnosticsWhen(uri: vscode.Uri, ok: () => boolean, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no diagnostics update within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key) && ok()) {
        const t = Date.now();
        clearTimeout(timer);
        sub.dispose();
        resolve(t);
      }
    });
  });
}

type Stats = ReturnType<typeof stats>;

async function measure(words: number): Promise<{ total: Stats; isnad: Stats; published: Stats; chars: number; words: number }> {
  const text = await generatedArticle(words);
  const editor = await openUntitled(text);
  const doc = editor.document;
  try {
    await waitForAnalysis(doc, 120000);
    const count = (): number => isnadDiagnostics(doc.uri).filter((d) => ruleOf(d) === RULE).length;
    await waitFor('the first diagnostics', () => isnadDiagnostics(doc.uri).length > 0, 120000);
    const paragraphEnds: number[] = [];
    for (let i = 0; i < doc.lineCount; i++) { if (doc.lineAt(i).text.trim() !== '') { paragraphEnds.push(i); } }
    const times: number[] = [];
    const own: number[] = [];
    const published: number[] = [];
    let changedAt = 0;
    let publishedAt = 0;
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && e.contentChanges.length > 0) { changedAt = Date.now(); publishedAt = 0; }
    });
    // Isnad's own signal that it has published the diagnostics and highlights of a version: unlike
    // onDidChangeDiagnostics, which VS Code's extension host debounces by 50 ms, it fires at once.
    const api = await isnadApi();
    const analysed = api.onDidAnalyze((e) => {
      if (e.uri.toString() === doc.uri.toString() && e.version === doc.version && publishedAt === 0) { publishedAt = Date.now(); }
    });
    for (let i = 0; i < EDITS; i++) {
      const base = count();
      const line = paragraphEnds[Math.floor(((i + 0.5) * paragraphEnds.length) / EDITS)]!;
      const updated = diagnosticsWhen(doc.uri, () => count() > base, 120000);
      const t0 = Date.now();
      const ok = await editor.edit((e) => e.insert(doc.lineAt(line).range.end, SENTENCE));
      assert.ok(ok, `edit ${i + 1} applied`);
      const t1 = await updated;
      times.push(t1 - t0);
      own.push(t1 - changedAt);
      assert.ok(publishedAt > 0, `edit ${i + 1}: Isnad reported the analysis of version ${doc.version}`);
      published.push(publishedAt - changedAt);
      assert.strictEqual(count(), base + 1, `edit ${i + 1}: its «قال أن» finding is in the diagnostics`);
    }
    sub.dispose();
    analysed.dispose();
    return { total: stats(times), isnad: stats(own), published: stats(published), chars: text.length, words: wordCount(text) };
  } finally {
    await closeDocuments(doc);
  }
}

suite('typing latency (Node host)', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  for (const words of [1000, 50000]) {
    test(`${EDITS} edits into a ${words.toLocaleString('en')}-word article: every edit's finding reaches the diagnostics`, async function () {
      this.timeout(words > 10000 ? 400000 : 120000);
      const s = await measure(words);
      const ms = (x: number): string => `${Math.round(x)} ms`;
      report(`latency ${words} words: median ${ms(s.total.median)}, p95 ${ms(s.total.p95)} (edit → diagnostics, ${EDITS} edits; min ${s.total.min}, max ${s.total.max}; ${s.words} words, ${s.chars} chars)`);
      report(`  of which change event → onDidChangeDiagnostics (Isnad's debounce ${vscode.workspace.getConfiguration('isnad').get('debounce')} ms + analysis + publishing + VS Code's 50 ms event debounce): median ${ms(s.isnad.median)}, p95 ${ms(s.isnad.p95)}`);
      report(`  of which Isnad alone (change event → diagnostics and highlights published: debounce + analysis + publishing): median ${ms(s.published.median)}, p95 ${ms(s.published.p95)}`);
    });
  }
});
