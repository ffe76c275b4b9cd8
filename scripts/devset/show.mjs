// Prints one dev-set article's content exactly as stored (for labelling), or with --offsets the offset of each line start.
// Usage: node scripts/devset/show.mjs <id> [--offsets]
import { readFileSync } from 'node:fs';
import { loadArticles } from '../lib/saudinewsnet.mjs';

const [id, flag] = process.argv.slice(2);
const list = readFileSync(new URL('../../test/devset/articles.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ref = list.find((r) => r.id === id);
if (!ref) { console.error(`unknown article id: ${id}`); process.exit(2); }
const [article] = await loadArticles([ref]);
if (flag === '--offsets') {
  let off = 0;
  for (const line of article.content.split('\n')) { console.log(`${String(off).padStart(6)}| ${line}`); off += line.length + 1; }
} else {
  console.log(`# ${ref.id} ${ref.source} ${ref.url}\n# title: ${article.title}\n`);
  process.stdout.write(article.content + '\n');
}
