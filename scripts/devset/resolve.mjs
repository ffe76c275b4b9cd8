// Resolves and checks dev-set label files: every span written as {text, at} (the at-th occurrence of text in the
// article content, 0-based) gets start/end offsets; every span that has offsets is checked against the text.
// Usage: node scripts/devset/resolve.mjs [id...]   (no id: every label file). Exits 1 on any error.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { contentHash, loadArticles } from '../lib/saudinewsnet.mjs';

const dir = new URL('../../test/devset/labels/', import.meta.url);
const list = readFileSync(new URL('../../test/devset/articles.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (wanted.length === 0 || wanted.includes(f.replace('.json', ''))));
const refs = files.map((f) => {
  const id = f.replace('.json', '');
  const ref = list.find((r) => r.id === id);
  if (!ref) { throw new Error(`${f}: id not in articles.jsonl`); }
  return ref;
});
const articles = await loadArticles(refs);
let errors = 0;
files.forEach((f, i) => {
  const content = articles[i].content;
  const label = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
  const err = (msg) => { console.error(`${f}: ${msg}`); errors++; };
  const fix = (span, where) => {
    if (span === null || span === undefined) { return; }
    if (typeof span.text !== 'string' || span.text.length === 0) { err(`${where}: span without text`); return; }
    if (typeof span.start !== 'number') {
      const at = span.at ?? 0;
      let pos = -1;
      for (let k = 0; k <= at; k++) { pos = content.indexOf(span.text, pos + 1); if (pos < 0) { break; } }
      if (pos < 0) { err(`${where}: occurrence ${at} of ${JSON.stringify(span.text)} not found`); return; }
      span.start = pos; span.end = pos + span.text.length;
    }
    if (content.slice(span.start, span.end) !== span.text) { err(`${where}: offsets ${span.start}-${span.end} do not hold ${JSON.stringify(span.text)}`); }
  };
  label.sha1 = contentHash(content);
  (label.quotes ?? []).forEach((q, k) => { fix(q, `quotes[${k}]`); fix(q.speaker, `quotes[${k}].speaker`); fix(q.cue, `quotes[${k}].cue`); });
  (label.cues ?? []).forEach((c, k) => fix(c, `cues[${k}]`));
  (label.sources ?? []).forEach((s, k) => { fix(s, `sources[${k}]`); fix(s.reason, `sources[${k}].reason`); });
  writeFileSync(new URL(f, dir), JSON.stringify(label, null, 1) + '\n');
});
console.log(`${files.length} label files, ${errors} errors`);
process.exit(errors ? 1 : 0);
