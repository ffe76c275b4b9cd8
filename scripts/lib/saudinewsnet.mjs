// Reads the SaudiNewsNet corpus straight from ../shared/data (it is research-only and never copied into the repository).
// Each zip holds one JSON array of articles; an article is identified by its zip name and its index in that array.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder that holds the corpus zips, or the ISNAD_SHARED override. */
export const datasetDir = resolve(process.env.ISNAD_SHARED ?? join(here, '..', '..', '..', 'shared'), 'data', 'saudinewsnet', 'dataset');

/**
 * Reads the single JSON entry of one corpus zip.
 * @param {string} zipName file name such as `2015-07-21.zip`
 * @returns {Promise<Array<{source: string, url: string, title: string, author: string, content: string}>>}
 */
export function readZip(zipName) {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(join(datasetDir, zipName), { lazyEntries: true }, (err, zip) => {
      if (err) { reject(err); return; }
      zip.on('entry', (entry) => {
        if (!entry.fileName.endsWith('.json')) { zip.readEntry(); return; }
        zip.openReadStream(entry, (err2, stream) => {
          if (err2) { reject(err2); return; }
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => { zip.close(); resolvePromise(JSON.parse(Buffer.concat(chunks).toString('utf8'))); });
          stream.on('error', reject);
        });
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The corpus zip names, sorted. */
export function zipNames() {
  if (!existsSync(datasetDir)) {
    throw new Error(`SaudiNewsNet not found at ${datasetDir} (set ISNAD_SHARED to the shared/ folder)`);
  }
  return readdirSync(datasetDir).filter((f) => f.endsWith('.zip')).sort();
}

/** SHA-1 of an article's content, stored with each label file so a changed corpus is detected. */
export function contentHash(content) {
  return createHash('sha1').update(content, 'utf8').digest('hex');
}

/**
 * Loads the articles named by `refs` ({zip, index}), reading each zip once.
 * @param {Array<{zip: string, index: number}>} refs
 */
export async function loadArticles(refs) {
  const byZip = new Map();
  for (const r of refs) {
    if (!byZip.has(r.zip)) { byZip.set(r.zip, await readZip(r.zip)); }
  }
  return refs.map((r) => {
    const a = byZip.get(r.zip)[r.index];
    if (!a) { throw new Error(`no article ${r.index} in ${r.zip}`); }
    return a;
  });
}
