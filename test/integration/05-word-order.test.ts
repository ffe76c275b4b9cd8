// Highlights never scramble Arabic: with every highlight family on, the word-order probe (scripts/e2e/README.md)
// finds no line of the seed sample whose Arabic words are laid out out of order. The probe measures only rendered
// lines, so the test scrolls through the whole article and checks that every Arabic line was measured. A second test
// proves the probe has teeth: an inline `color` decoration on part of an Arabic line puts that line out of order.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { measureWordOrder, probeAvailable, type WordOrderResult } from './runner/e2e';
import { openFixture, waitFor } from './helpers';

interface Sweep {
  /** 1-based numbers of the lines measured (a wrapped line counts once, all its rows measured). */
  measured: Set<number>;
  /** probe calls (screens) it took. */
  screens: number;
  outOfOrder: { line: number; breaks: number; text: string }[];
}

const ARABIC_WORD = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+/g;

/** 1-based numbers of the document's lines that the probe checks: two Arabic words or more, no Latin letter. */
function arabicLines(doc: vscode.TextDocument): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) {
    const t = doc.lineAt(i).text;
    if ((t.match(ARABIC_WORD) ?? []).length > 1 && !/[A-Za-z\u00C0-\u024F]/.test(t)) { out.push(i + 1); }
  }
  return out;
}

/** Adds one probe answer to the sweep; the rows of a wrapped line (line null) belong to the numbered row above. */
function add(sweep: Sweep, r: WordOrderResult): number[] {
  let current: number | null = null;
  const seen: number[] = [];
  for (const l of r.lines) {
    if (l.line !== null) { current = l.line; }
    if (current === null) { continue; } // a wrapped row whose first row is above the rendered part
    if (l.line !== null) { seen.push(current); }
    if (l.words > 1 && !l.latin) {
      sweep.measured.add(current);
      if (l.breaks > 0) { sweep.outOfOrder.push({ line: current, breaks: l.breaks, text: l.text.slice(0, 60) }); }
    }
  }
  return seen;
}

/** Scrolls through the whole document, measuring the word order of every rendered line. */
async function sweepDocument(editor: vscode.TextEditor): Promise<Sweep> {
  const sweep: Sweep = { measured: new Set(), screens: 0, outOfOrder: [] };
  const last = editor.document.lineCount;
  let top = 1;
  for (let round = 0; round < 60 && top <= last; round++) {
    editor.revealRange(new vscode.Range(top - 1, 0, top - 1, 0), vscode.TextEditorRevealType.AtTop);
    // The probe waits until the rendered lines have been stable for 500 ms; the answer must show the line revealed.
    const r = await waitFor(`the probe to render line ${top}`, async () => {
      const x = await measureWordOrder({ document: editor.document });
      return x.stable && x.lines.some((l) => l.line === top) ? x : undefined;
    }, 45000, 100);
    sweep.screens++;
    const seen = add(sweep, r);
    const bottom = Math.max(...seen);
    if (bottom >= last) { break; }
    // The last numbered row may be cut by the viewport: start the next page on it.
    top = Math.max(top + 1, bottom);
  }
  return sweep;
}

suite('word order (probe)', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('with every highlight on, no Arabic line of the seed sample is out of order (every line measured)', async function () {
    if (!(await probeAvailable())) { this.skip(); }
    this.timeout(180000);
    for (const family of ['quotes', 'cues', 'speakers', 'entities', 'sources']) {
      assert.strictEqual(vscode.workspace.getConfiguration('isnad.highlight').get(family), true, `isnad.highlight.${family} is on`);
    }
    const editor = await openFixture('seed-article.arnews');
    const ranges = await waitFor('every highlight family drawn', async () => {
      const r = await vscode.commands.executeCommand<{ quotes: unknown[]; cues: unknown[]; speakers: unknown[]; entities: Record<string, unknown[]>; namedSources: unknown[]; anonymousSources: unknown[] }>('isnad.getHighlightRanges');
      return r && r.quotes.length && r.cues.length && r.speakers.length && r.entities.PER!.length && r.namedSources.length && r.anonymousSources.length ? r : undefined;
    });
    assert.ok(ranges);
    const sweep = await sweepDocument(editor);
    const expected = arabicLines(editor.document);
    const missing = expected.filter((n) => !sweep.measured.has(n));
    assert.deepStrictEqual(missing, [], `Arabic lines the probe never measured (of ${expected.length})`);
    assert.deepStrictEqual(sweep.outOfOrder, [], 'Arabic lines laid out out of order');
    // The spec report prints the title after the test: say how much was measured.
    this.test!.title += ` [${sweep.measured.size} Arabic lines measured on ${sweep.screens} screens]`;
  });

  test('the probe has teeth: an inline colour on part of an Arabic line puts that line out of order, and only it', async function () {
    if (!(await probeAvailable())) { this.skip(); }
    this.timeout(120000);
    const editor = await openFixture('seed-article.arnews');
    const doc = editor.document;
    const lineText = doc.lineAt(0).text;
    const start = lineText.indexOf('مسؤول أمريكي');
    assert.ok(start > 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const red = vscode.window.createTextEditorDecorationType({ color: '#ff0000' });
    try {
      editor.setDecorations(red, [new vscode.Range(0, start, 0, start + 'مسؤول أمريكي'.length)]);
      const broken = await waitFor('line 1 out of order', async () => {
        const r = await measureWordOrder({ document: doc });
        return r.outOfOrder.some((l) => l.line === 1) ? r : undefined;
      }, 45000, 100);
      assert.deepStrictEqual(broken.outOfOrder.map((l) => l.line), [1], 'only the decorated line breaks');
    } finally {
      red.dispose();
    }
    const healed = await waitFor('line 1 in order again', async () => {
      const r = await measureWordOrder({ document: doc });
      return r.stable && r.outOfOrder.length === 0 && r.lines.some((l) => l.line === 1) ? r : undefined;
    }, 45000, 100);
    assert.ok(healed.arabicLines > 0);
  });
});
