// The project's labelled dev set: label files in test/devset/labels, article text read from ../shared at run time.
import { readFileSync, existsSync } from 'node:fs';
import { contentHash, loadArticles } from './saudinewsnet.mjs';

const root = new URL('../../', import.meta.url);

/**
 * Loads every labelled article: {id, split, pool, text, label}. Articles whose label file is missing are skipped;
 * a label whose content hash no longer matches the corpus is an error (the text changed under the labels).
 */
export async function loadDevset() {
	const refs = readFileSync(new URL('test/devset/articles.jsonl', root), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
	const labelled = refs.filter((r) => existsSync(new URL(`test/devset/labels/${r.id}.json`, root)));
	const articles = await loadArticles(labelled);
	return labelled.map((r, i) => {
		const label = JSON.parse(readFileSync(new URL(`test/devset/labels/${r.id}.json`, root), 'utf8'));
		const text = articles[i].content;
		if (label.sha1 && label.sha1 !== contentHash(text)) {
			throw new Error(`${r.id}: the article text no longer matches its labels`);
		}
		return { id: r.id, split: r.split, pool: r.pool, text, title: articles[i].title, label };
	});
}
