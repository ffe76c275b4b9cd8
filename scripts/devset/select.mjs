// Picks the dev-set articles from SaudiNewsNet, deterministically: the same corpus always gives the same list.
// Two pools: articles with anonymous sourcing and articles with direct quotes; sources (outlets) are taken in turn so
// that no single newspaper dominates. Prints JSON lines {id, zip, index, url, source, pool, split}.
import { contentHash, readZip, zipNames } from '../lib/saudinewsnet.mjs';

const ANON = ['مصادر مطلعة', 'مصدر مسؤول', 'طلب عدم ذكر اسمه', 'بشرط عدم الكشف', 'شريطة عدم', 'مصدر أمني', 'مصادر أمنية', 'مصادر دبلوماسية', 'مسؤول أمريكي', 'مصدر مطلع', 'مصادر مقربة'];
const QUOTE = /[«"“][^«»"“”\n]{15,}[»"”]/;
const REASON = ['طلب عدم ذكر اسم', 'طلب عدم الكشف', 'بشرط عدم الكشف', 'شريطة عدم', 'فضل عدم ذكر', 'مفضلا عدم', 'غير مخول', 'رفض الكشف عن', 'طالبا عدم', 'بشرط عدم ذكر', 'طلبت عدم'];
// The third pool was added after the first two were labelled: articles that give a reason for anonymity, which
// the first pools turned out not to contain. Pools are picked in this order, so adding it changed nothing before it.
const WANT = { anon: 22, quotes: 24, reason: 14 };
// A fourth round, added later still, for development only (all `tune`): more articles with anonymous sources and
// quotes, taken after every earlier pick so the earlier lists stay the same.
const EXTRA = { anon: 12, quotes: 8 };

const words = (s) => s.split(/\s+/).filter(Boolean).length;
const pools = { anon: [], quotes: [], reason: [] };
for (const zip of zipNames()) {
  const arts = await readZip(zip);
  arts.forEach((a, index) => {
    const c = a.content ?? '';
    const n = words(c);
    if (n < 150 || n > 650) {
      // Articles with a reason for anonymity are rare; they may be longer.
      if (!(n >= 100 && n <= 1000 && REASON.some((p) => c.includes(p)))) { return; }
      const h = contentHash(`${zip}#${index}`);
      pools.reason.push({ zip, index, url: a.url, source: a.source, h });
      return;
    }
    const h = contentHash(`${zip}#${index}`);
    const item = { zip, index, url: a.url, source: a.source, h };
    if (REASON.some((p) => c.includes(p))) { pools.reason.push(item); }
    if (ANON.some((p) => c.includes(p))) { pools.anon.push(item); }
    else if (QUOTE.test(c) && /(قال|أضاف|وأضاف|أكد)/.test(c)) { pools.quotes.push(item); }
  });
}
const seenUrl = new Set();

/**
 * Picks `want` articles of a pool, taking the outlets in turn (each outlet's articles in hash order), skipping
 * articles picked before. With `fresh`, articles picked before are left out of the rotation altogether.
 */
function pick(pool, want, name, fresh) {
  const bySource = new Map();
  for (const it of [...pools[pool]].sort((a, b) => (a.h < b.h ? -1 : 1))) {
    if (fresh && seenUrl.has(it.url)) { continue; }
    if (!bySource.has(it.source)) { bySource.set(it.source, []); }
    bySource.get(it.source).push(it);
  }
  const sources = [...bySource.keys()].sort();
  const out = [];
  for (let round = 0; out.length < want; round++) {
    let any = false;
    for (const s of sources) {
      const it = bySource.get(s)[round];
      if (!it || out.length >= want) { continue; }
      any = true;
      if (seenUrl.has(it.url)) { continue; }
      seenUrl.add(it.url);
      out.push({ ...it, pool: name });
    }
    if (!any) { break; }
  }
  return out;
}

const picked = Object.entries(WANT).flatMap(([pool, want]) => pick(pool, want, pool, false));
// The extra round: the next unpicked articles of the anon and quotes pools, in the same outlet rotation.
const extra = Object.entries(EXTRA).flatMap(([pool, want]) => pick(pool, want, 'extra-' + pool, true));
// Every third article of each pool is held out: its errors are never read while tuning.
const counters = { anon: 0, quotes: 0, reason: 0 };
for (const it of [...picked, ...extra]) {
  const n = it.pool.startsWith('extra') ? 0 : counters[it.pool]++;
  const split = n % 3 === 2 ? 'heldout' : 'tune';
  const id = `snn-${it.zip.replace('.zip', '')}-${String(it.index).padStart(4, '0')}`;
  console.log(JSON.stringify({ id, zip: it.zip, index: it.index, url: it.url, source: it.source, pool: it.pool, split }));
}
