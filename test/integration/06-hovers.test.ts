// Hovers (through vscode.executeHoverProvider, i.e. every provider of the running editor): a quote shows its speaker
// and cue; a cue its lemma and class; a finding the rule behind it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, rangeOf, waitFor } from './helpers';

/** The Markdown of every hover at a position, joined. */
async function hoverText(doc: vscode.TextDocument, at: vscode.Position, what: string): Promise<{ text: string; ranges: vscode.Range[] }> {
  return waitFor(`an Isnad hover on ${what}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const parts = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
    const text = parts.join('\n---\n');
    return /اقتباس|فعل إسناد|\bisnad\b|`[a-z]+\.[a-z-]+`/.test(text) ? { text, ranges: (hovers ?? []).map((h) => h.range).filter((r): r is vscode.Range => !!r) } : undefined;
  });
}

/** Markdown escapes of hoverContent.md() removed, for matching article text. */
const plain = (s: string): string => s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');

suite('hovers', function () {
  this.timeout(60000); // a loaded, shared machine: generous, the polls inside have their own deadlines
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test("a quote shows its speaker and its cue ('لدينا معلومات …' — واتسون, وقالت)", async () => {
    const { document: doc } = await openFixture('seed-article.arnews');
    const inside = rangeOf(doc, 'معلومات تفيد').start.translate(0, 2);
    const h = await hoverText(doc, inside, 'the quote');
    const text = plain(h.text);
    assert.match(text, /\*\*اقتباس\*\* — قاله \*\*واتسون\*\* \(فعل الإسناد: «وقالت»\)/, text);
    assert.match(text, /quote, said by واتسون \(cue: «وقالت»\)/, text);
  });

  test('a cue shows its lemma, class and speaker («وأضافت» — أضاف)', async () => {
    const { document: doc } = await openFixture('seed-article.arnews');
    const h = await hoverText(doc, rangeOf(doc, 'وأضافت').start.translate(0, 2), 'the cue');
    const text = plain(h.text);
    assert.match(text, /\*\*فعل إسناد\*\* «وأضافت» — أصله «أضاف»/, text);
    assert.match(text, /attribution cue, lemma «أضاف»/, text);
    assert.match(text, /القائل: \*\*واتسون\*\*/, text);
    assert.ok(h.ranges.some((r) => r.isEqual(rangeOf(doc, 'وأضافت'))), 'the hover range is the cue');
  });

  test('a finding shows its rule (names.spelling-variant on «شويغو»)', async () => {
    const { document: doc } = await openFixture('seed-article.arnews');
    const h = await hoverText(doc, rangeOf(doc, 'شويغو').start.translate(0, 1), 'the finding');
    assert.match(h.text, /names\.spelling-variant/);
  });

  test('the "read also" quote «العصر الذهبي …» is said by ترمب, the person the story turned to', async () => {
    // «ألقى ترمب خطابًا … وقد أعلن أن "…"»: the cue «أعلن» has no subject of its own; the speaker is the person the
    // story moved on to, not «بوتين», who is only mentioned after a preposition («لقاء مع بوتين»).
    const { document: doc } = await openFixture('seed-article.arnews');
    const h = await hoverText(doc, rangeOf(doc, 'العصر الذهبي').start.translate(0, 2), 'the "read also" quote');
    const text = plain(h.text);
    assert.match(text, /quote, said by ترمب \(cue: «أعلن»\)/, text);
  });
});
