// The keyword-tag command run non-interactively (its documented argument {tags?, count?} skips the QuickPick):
// it inserts the «كلمات دلالية:» line, replaces it (wherever it is) instead of adding a second one, is undone in one
// step, and leaves a document with no Arabic untouched.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeDocuments, isnadDiagnostics, openUntitled, readFixture, ruleOf, waitFor, waitForAnalysis, waitForDiagnostics } from './helpers';

const LABEL = 'كلمات دلالية';
const tagLines = (doc: vscode.TextDocument): { line: number; text: string }[] =>
  doc.getText().split(/\r?\n/).map((text, line) => ({ line, text })).filter((l) => l.text.startsWith(LABEL));

/** The seed's story: its paragraphs before the «المصدر:» line (no tag line). */
async function storyText(): Promise<string> {
  const seed = await readFixture('seed-article.arnews');
  return seed.slice(0, seed.indexOf('المصدر:')).trimEnd() + '\n';
}

async function undoUntil(doc: vscode.TextDocument, text: string): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('undo');
  await waitFor('undo to restore the text', () => doc.getText() === text);
}

suite('keyword tags', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  const opened: vscode.TextDocument[] = [];
  teardown(async () => {
    await closeDocuments(...opened.splice(0));
  });

  test('{count} inserts the tag line at the end; running it again adds no second line; {tags} replaces it; undo restores', async () => {
    const story = await storyText();
    const editor = await openUntitled(story);
    const doc = editor.document;
    opened.push(doc);
    await waitForAnalysis(doc);

    const tags = await vscode.commands.executeCommand<string[]>('isnad.generateTags', { count: 4 });
    assert.ok(Array.isArray(tags) && tags.length === 4, `four tags written: ${JSON.stringify(tags)}`);
    const lines1 = tagLines(doc);
    assert.deepStrictEqual(lines1.map((l) => l.text), [`${LABEL}: ${tags.join('، ')}`]);
    assert.ok(doc.getText().startsWith(story.trimEnd()), 'the article is kept as it was');
    assert.strictEqual(doc.getText().trimEnd().split('\n').pop(), lines1[0]!.text, 'the tag line closes the article');
    for (const t of tags) {
      assert.ok(!/[،,|]/.test(t) && t.trim() === t && t.length > 1, `a clean tag: «${t}»`);
    }
    const afterInsert = doc.getText();

    const again = await vscode.commands.executeCommand<string[]>('isnad.generateTags', { count: 4 });
    assert.deepStrictEqual(again, tags, 'the same suggestions');
    assert.strictEqual(doc.getText(), afterInsert, 'running it again changes nothing: no second tag line');

    const chosen = await vscode.commands.executeCommand<string[]>('isnad.generateTags', { tags: ['روسيا', 'كوريا الشمالية', 'روسيا'] });
    assert.deepStrictEqual(chosen, ['روسيا', 'كوريا الشمالية'], 'duplicates dropped');
    assert.deepStrictEqual(tagLines(doc).map((l) => l.text), [`${LABEL}: روسيا، كوريا الشمالية`]);
    assert.strictEqual(tagLines(doc)[0]!.line, lines1[0]!.line, 'replaced in place');

    await undoUntil(doc, afterInsert); // one step back: the first tag line
    await undoUntil(doc, story); // and the article without tags
  });

  test("the seed's Persian-lettered tag line is replaced where it stands, and its finding goes away", async () => {
    const seed = await readFixture('seed-article.arnews');
    const editor = await openUntitled(seed);
    const doc = editor.document;
    opened.push(doc);
    await waitForDiagnostics(doc.uri, 'tags.persian-letters on the seed copy', (ds) => ds.some((d) => ruleOf(d) === 'tags.persian-letters'));
    const [old] = tagLines(doc);
    assert.ok(old && /کوریا/.test(old.text));
    const tags = await vscode.commands.executeCommand<string[]>('isnad.generateTags', { count: 6 });
    assert.ok(tags && tags.length === 6);
    const now = tagLines(doc);
    assert.deepStrictEqual(now, [{ line: old.line, text: `${LABEL}: ${tags.join('، ')}` }]);
    const lines = (s: string): string[] => s.split('\n');
    const was = lines(seed);
    const is = lines(doc.getText());
    assert.strictEqual(is.length, was.length, 'no line added or removed');
    assert.deepStrictEqual(is.filter((_, i) => i !== old.line), was.filter((_, i) => i !== old.line), 'only the tag line changed');
    await waitForDiagnostics(doc.uri, 'no tags.persian-letters', (ds) => !ds.some((d) => ruleOf(d) === 'tags.persian-letters'));
  });

  test('a document with no Arabic text is left unchanged (an .arnews with English, and an English .txt)', async () => {
    for (const language of ['arabic-news', 'plaintext']) {
      const editor = await openUntitled('The minister said on Tuesday that talks would resume next week.\n', language);
      const doc = editor.document;
      opened.push(doc);
      const version = doc.version;
      const text = doc.getText();
      const result = await vscode.commands.executeCommand<string[] | undefined>('isnad.generateTags', { count: 6 });
      assert.strictEqual(result, undefined, `nothing written (${language})`);
      assert.strictEqual(doc.getText(), text);
      assert.strictEqual(doc.version, version, 'not even an empty edit');
      assert.deepStrictEqual(isnadDiagnostics(doc.uri), []);
    }
  });
});
