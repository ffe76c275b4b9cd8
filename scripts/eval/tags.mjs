// Keyword tags: F1@5 and F1@10 on the AKEC test split (../shared/data/akec) and on the project's dev set, for Isnad
// and three baselines run in the same process, on the same documents, with the same matching rule (issue 5):
//
//   each tag and each gold keyphrase becomes a list of words on the matching key, each word without its proclitics
//   (و ف ب ل ال); a pair earns 1 when the lists are equal, |shorter| ÷ |longer| when every word of one is in the
//   other («بوتين» vs «فلاديمير بوتين» = 0.5), else 0; pairs are matched one to one, best credit first; true
//   positives are the sum of the credits. P@k = TP ÷ (number of predictions, at most k), R@k = TP ÷ |gold|,
//   F1@k per document, macro-averaged over the documents.
//
//   "Without its proclitics": a first و/ف/ب/ل may be a proclitic («وبوتين») or the word's own letter («وزارة»،
//   «فيتامينات»), so a word is taken with all its readings (core.cliticReadings: the word and every strip of و/ف,
//   then ب/ل, then ال/لل, leaving two letters or more), and two words are equal when their readings meet. Stripping
//   greedily instead would make «بوتين» ≠ «لبوتين» (وتين vs بوتين), against the rule's own example.
//
// Gold (AKEC): the first 15 keyphrases of keyphrases/sort_frequency/pure.txt (ordered by crowd frequency; SOURCE.txt),
// duplicates under the rule removed. Documents: documents/raw (the original text with its punctuation and line
// breaks; a leading BOM removed), because phrase boundaries need the punctuation that documents/pure strips.
// Dev set: test/devset/labels/*.json "tags", the article read with scripts/lib/saudinewsnet.mjs as title + content.
// Isnad: the command's computation: core.tokenize, the NER's entities (core.recognizeEntities), core.generateTags.
// Baselines: (a) the most frequent non-stopwords (stopwords-iso Arabic), counted on one identity per word (article
// prefixes stripped, a single و/ف/ب/ل stripped when the rest is written in the document);
// (b) the npm package keyword-extractor (language "ar"), its words ranked by frequency, and its chained phrases
// (return_chained_words) ranked by frequency; (c) YAKE (Campos et al. 2020), 1- to 3-grams, implemented below.
// Predictions of every system are deduplicated under the rule before the cut at k.
//
// AKEC and SaudiNewsNet are research-only: read from ../shared at run time, never copied, and used for evaluation and
// benchmarks alone. The tag scorer's weights are therefore set by hand (src/core/tags/generate.ts, each with its
// reason) and never fitted on these sets: the former `--fit` (logistic regression on AKEC train) and `--search`
// (coordinate search) are gone and refuse to run. What remains compares a few hand-written settings on the AKEC TRAIN
// split and the dev set's tune split (--try, --compare, --dump); the test splits are for measurement only.
// Usage: node scripts/eval.mjs tags   |   node scripts/eval/tags.mjs [--split train|test]
//   node scripts/eval/tags.mjs --try '{"name": {"weights": {"title": 1.5}}, …}'   F1@5/F1@10 on AKEC train, dev tune
//   ISNAD_TAGS_NO_NER=1 node scripts/eval/tags.mjs   Isnad without the NER's entities
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import keywordExtractor from 'keyword-extractor';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const shared = resolve(process.env.ISNAD_SHARED ?? join(root, '..', 'shared'));
const akecDir = join(shared, 'data', 'akec');

export const title = 'Keyword tags (AKEC test split, dev set): F1@5 / F1@10 beside three baselines';

/** Gold keyphrases per AKEC document. */
const GOLD_K = 15;

let core;
/** Loads the compiled core (out/src/core); every exported helper needs it first. */
export async function loadCore() {
	core ??= (await import(pathToFileURL(join(root, 'out', 'src', 'core', 'index.js')).href)).default;
	return core;
}

// ---- the matching rule ------------------------------------------------------------------------------------------

/**
 * The rule's word list of a phrase: one entry per word on the matching key, each entry the word's readings without
 * its proclitics (core.cliticReadings: the word and every strip of و/ف, ب/ل, ال/لل leaving two letters or more).
 * Whether a first letter is a proclitic is not decided: two words are equal when their readings meet. (Stripping
 * greedily would make «بوتين» → «وتين» but «لبوتين» → «بوتين», and «فيتامينات» differ from «الفيتامينات».)
 */
export function ruleWords(phrase) {
	const key = core.matchKey(String(phrase));
	return [...key.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => core.cliticReadings(m[0])).filter((r) => r.length > 0);
}

/** Whether two rule words are the same word. */
function same(a, b) {
	return core.sameWord(a, b);
}

/** The credit of a pair of word lists. */
export function credit(a, b) {
	if (a.length === 0 || b.length === 0) {
		return 0;
	}
	if (a.length === b.length && a.every((w, i) => same(w, b[i]))) {
		return 1;
	}
	const [s, l] = a.length <= b.length ? [a, b] : [b, a];
	return s.every((w) => l.some((v) => same(w, v))) ? s.length / l.length : 0;
}

/** True positives of predictions against gold: one-to-one matching, best credit first. */
export function truePositives(pred, gold) {
	const pairs = [];
	for (let i = 0; i < pred.length; i++) {
		for (let j = 0; j < gold.length; j++) {
			const c = credit(pred[i], gold[j]);
			if (c > 0) {
				pairs.push([c, i, j]);
			}
		}
	}
	pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
	const usedP = new Set();
	const usedG = new Set();
	let tp = 0;
	for (const [c, i, j] of pairs) {
		if (!usedP.has(i) && !usedG.has(j)) {
			usedP.add(i);
			usedG.add(j);
			tp += c;
		}
	}
	return tp;
}

/** Word lists, deduplicated on the rule (a list equal to an earlier one is dropped), empty lists dropped. */
function dedupe(phrases) {
	const out = [];
	for (const p of phrases) {
		const w = ruleWords(p);
		if (w.length > 0 && !out.some((o) => o.length === w.length && o.every((x, i) => same(x, w[i])))) {
			out.push(w);
		}
	}
	return out;
}

/** P, R, F1 at k for one document. */
function prf(predWords, goldWords, k) {
	const pred = predWords.slice(0, k);
	const tp = truePositives(pred, goldWords);
	const p = pred.length === 0 ? 0 : tp / pred.length;
	const r = goldWords.length === 0 ? 0 : tp / goldWords.length;
	return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

// ---- baselines --------------------------------------------------------------------------------------------------

let stopKeys;
function isStop(word) {
	stopKeys ??= new Set(stopwordsIso.ar.map((w) => core.matchKey(w)));
	const k = core.matchKey(word);
	return stopKeys.has(k) || core.cliticReadings(k).some((r) => r !== k && stopKeys.has(r) && r.length > 2);
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The baselines count words on one identity per word: the key without a proclitic sequence that ends with the
 * article (وال، بال، لل، ال …), and without a single و/ف/ب/ل when what remains is also written in the document
 * (set by {@link withDocument}). This gives the baselines the same clitic merging Isnad has.
 */
let docKeys = new Set();
function withDocument(text) {
	docKeys = new Set([...text.matchAll(WORD)].map((m) => core.matchKey(m[0])));
}
function wordId(word) {
	const k = core.matchKey(word);
	const article = /^(?:[وف]?[بل]?ال|[وف]?لل)/u.exec(k);
	if (article !== null && k.length - article[0].length >= 2) {
		return k.slice(article[0].length);
	}
	const plain = /^[وف]?[بل]?/u.exec(k)[0];
	for (let n = plain.length; n > 0; n--) {
		const r = k.slice(n);
		if (r.length >= 3 && (docKeys.has(r) || docKeys.has('ال' + r))) {
			return r;
		}
	}
	return k;
}

/** (a) The most frequent words that are not stopwords, counted on the rule's word key; shown in the commonest form. */
export function frequencyBaseline(text, k) {
	withDocument(text);
	const counts = new Map();
	for (const m of text.matchAll(WORD)) {
		const w = m[0];
		if (/^[\p{N}]+$/u.test(w) || isStop(w)) {
			continue;
		}
		const key = wordId(w);
		if (key.length < 2) {
			continue;
		}
		const e = counts.get(key) ?? { n: 0, first: m.index, forms: new Map() };
		e.n++;
		e.forms.set(w, (e.forms.get(w) ?? 0) + 1);
		counts.set(key, e);
	}
	return [...counts.values()]
		.sort((a, b) => b.n - a.n || a.first - b.first)
		.slice(0, k)
		.map((e) => [...e.forms].sort((a, b) => b[1] - a[1])[0][0]);
}

/** (b) keyword-extractor ("ar"), its output ranked by frequency (ties: first seen). */
export function keywordExtractorBaseline(text, k, chained) {
	const out = keywordExtractor.extract(text, {
		language: 'arabic',
		remove_digits: true,
		return_changed_case: true,
		remove_duplicates: false,
		return_chained_words: chained,
	});
	const counts = new Map();
	out.forEach((w, i) => {
		const e = counts.get(w) ?? { w, n: 0, first: i };
		e.n++;
		counts.set(w, e);
	});
	return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).slice(0, Math.max(k * 4, 40)).map((e) => e.w);
}

/**
 * (c) YAKE (Campos, Mangaravite, Pasquali, Jorge, Nunes, Jatowt 2020): single-term features (no casing in Arabic)
 * combined into n-gram scores, lower is better; terms on the rule's word key, stopwords-iso Arabic, n ≤ 3, window 1.
 */
export function yakeBaseline(text, k) {
	withDocument(text);
	const sentences = text.split(/[.!?؟\n\r]+/u).map((s) => s.trim()).filter(Boolean);
	const stats = new Map();
	const chunks = []; // per sentence: arrays of words between punctuation
	const stat = (t) => {
		let s = stats.get(t);
		if (!s) {
			s = { tf: 0, sent: new Set(), pos: [], left: new Map(), right: new Map() };
			stats.set(t, s);
		}
		return s;
	};
	sentences.forEach((sent, si) => {
		for (const part of sent.split(/[،,؛;:«»"“”()\[\]{}'’|\/\\-]+/u)) {
			const ws = [...part.matchAll(WORD)].map((m) => m[0]).filter((w) => !/^[\p{N}]+$/u.test(w));
			const terms = ws.map((w) => ({ w, t: wordId(w), stop: isStop(w) }));
			if (terms.length > 0) {
				chunks.push(terms);
			}
			terms.forEach((x, i) => {
				const s = stat(x.t);
				s.tf++;
				s.sent.add(si);
				s.pos.push(si);
				if (i > 0 && !terms[i - 1].stop && !x.stop) {
					s.left.set(terms[i - 1].t, (s.left.get(terms[i - 1].t) ?? 0) + 1);
				}
				if (i + 1 < terms.length && !terms[i + 1].stop && !x.stop) {
					s.right.set(terms[i + 1].t, (s.right.get(terms[i + 1].t) ?? 0) + 1);
				}
			});
		}
	});
	const content = [...stats.entries()].filter(([t]) => !isStop(t));
	const tfs = content.map(([, s]) => s.tf);
	const mean = tfs.reduce((a, b) => a + b, 0) / Math.max(1, tfs.length);
	const sd = Math.sqrt(tfs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, tfs.length));
	const maxTf = Math.max(1, ...tfs);
	const H = new Map();
	for (const [t, s] of stats) {
		const sorted = [...s.pos].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)];
		const pos = Math.log(Math.log(3 + median));
		const tfNorm = s.tf / (mean + sd || 1);
		const sumL = [...s.left.values()].reduce((a, b) => a + b, 0);
		const sumR = [...s.right.values()].reduce((a, b) => a + b, 0);
		const dl = sumL === 0 ? 0 : s.left.size / sumL;
		const dr = sumR === 0 ? 0 : s.right.size / sumR;
		const rel = 1 + (dl + dr) * (s.tf / maxTf);
		const dif = s.sent.size / Math.max(1, sentences.length);
		H.set(t, (rel * pos) / (0 + tfNorm / rel + dif / rel));
	}
	const cands = new Map();
	for (const terms of chunks) {
		for (let i = 0; i < terms.length; i++) {
			for (let n = 1; n <= 3 && i + n <= terms.length; n++) {
				const g = terms.slice(i, i + n);
				if (g[0].stop || g[n - 1].stop || g.some((x) => x.t.length < 2)) {
					continue;
				}
				const key = g.map((x) => x.t).join(' ');
				const c = cands.get(key) ?? { tf: 0, terms: g.map((x) => x.t), forms: new Map() };
				c.tf++;
				const form = g.map((x) => x.w).join(' ');
				c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
				cands.set(key, c);
			}
		}
	}
	const scored = [];
	for (const c of cands.values()) {
		let prod = 1;
		let sum = 0;
		for (const t of c.terms) {
			if (isStop(t)) {
				continue;
			}
			prod *= H.get(t);
			sum += H.get(t);
		}
		scored.push({ s: prod / (c.tf * (1 + sum)), form: [...c.forms].sort((a, b) => b[1] - a[1])[0][0] });
	}
	scored.sort((a, b) => a.s - b.s);
	return scored.slice(0, Math.max(k * 4, 40)).map((x) => x.form);
}

// ---- data -------------------------------------------------------------------------------------------------------

function readAkec(split) {
	if (!existsSync(akecDir)) {
		throw new Error(`AKEC not found at ${akecDir} (set ISNAD_SHARED to the shared/ folder)`);
	}
	const ids = readFileSync(join(akecDir, `${split}.ids`), 'utf8').split(/\s+/u).filter(Boolean).map((f) => f.replace(/\.txt$/u, ''));
	const gold = new Map();
	for (const line of readFileSync(join(akecDir, 'keyphrases', 'sort_frequency', 'pure.txt'), 'utf8').split(/\r?\n/u)) {
		const m = /^(\S+)\s*:\s*(.*)$/u.exec(line);
		if (m) {
			gold.set(m[1], m[2].split(',').map((s) => s.trim()).filter(Boolean));
		}
	}
	return ids.map((id) => ({
		id,
		text: readFileSync(join(akecDir, 'documents', 'raw', `${id}.txt`), 'utf8').replace(/^\uFEFF/u, ''),
		gold: dedupe(gold.get(id) ?? []).slice(0, GOLD_K),
	}));
}

async function readDevset() {
	const labelsDir = join(root, 'test', 'devset', 'labels');
	const refs = readFileSync(join(root, 'test', 'devset', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
	const have = new Set(readdirSync(labelsDir).map((f) => f.replace(/\.json$/u, '')));
	const withLabels = refs.filter((r) => have.has(r.id));
	const { loadArticles } = await import(pathToFileURL(join(root, 'scripts', 'lib', 'saudinewsnet.mjs')).href);
	const articles = await loadArticles(withLabels);
	return withLabels
		.map((r, i) => {
			const label = JSON.parse(readFileSync(join(labelsDir, `${r.id}.json`), 'utf8'));
			const a = articles[i];
			// The title is the article's first line, as an editor sees the article.
			return { id: r.id, split: r.split, text: `${a.title ?? ''}\n\n${a.content}`, gold: dedupe(label.tags ?? []) };
		})
		.filter((d) => d.gold.length > 0);
}

// ---- systems ----

/**
 * Isnad's tags as the command computes them: the document tokenized once, its named entities recognised by the NER,
 * and both handed to the tag generator. ISNAD_TAGS_NO_NER=1 leaves the entities out (for comparison).
 */
export function isnadTags(text, k, params) {
	const doc = core.tokenize(text);
	const entities = process.env.ISNAD_TAGS_NO_NER === '1' || typeof core.recognizeEntities !== 'function' ? [] : core.recognizeEntities(doc).entities;
	return core.generateTags(doc, { count: k, params, entities });
}

function systems(params) {
	return [
		{ name: 'Isnad', run: (text, k) => isnadTags(text, k, params).map((t) => t.text), isnad: true },
		{ name: '(a) most frequent non-stopwords', run: frequencyBaseline },
		{ name: '(b) keyword-extractor, words by frequency', run: (t, k) => keywordExtractorBaseline(t, k, false) },
		{ name: '(b) keyword-extractor, chained phrases by frequency', run: (t, k) => keywordExtractorBaseline(t, k, true) },
		{ name: '(c) YAKE, 1-3 grams', run: yakeBaseline },
	];
}

/** Scores every system on a set of documents; returns rows {name, f5, f10, p10, r10}. */
export function score(docs, params) {
	const rows = [];
	for (const sys of systems(params)) {
		const acc = { f5: 0, f10: 0, p10: 0, r10: 0 };
		for (const d of docs) {
			const pred = dedupe(sys.run(d.text, 10)).slice(0, 10);
			const a5 = prf(pred, d.gold, 5);
			const a10 = prf(pred, d.gold, 10);
			acc.f5 += a5.f;
			acc.f10 += a10.f;
			acc.p10 += a10.p;
			acc.r10 += a10.r;
		}
		const n = Math.max(1, docs.length);
		rows.push({ name: sys.name, isnad: sys.isnad === true, f5: acc.f5 / n, f10: acc.f10 / n, p10: acc.p10 / n, r10: acc.r10 / n });
	}
	return rows;
}

function printTable(heading, rows) {
	console.log(`\n${heading}`);
	console.log(`${'system'.padEnd(54)} F1@5    F1@10   P@10    R@10`);
	for (const r of rows) {
		console.log(`${r.name.padEnd(54)} ${r.f5.toFixed(4)}  ${r.f10.toFixed(4)}  ${r.p10.toFixed(4)}  ${r.r10.toFixed(4)}`);
	}
	const isnad = rows.find((r) => r.isnad);
	const best = rows.filter((r) => !r.isnad).sort((a, b) => b.f10 - a.f10)[0];
	const ratio = isnad.f10 / Math.max(1e-9, best.f10);
	console.log(`Isnad F1@10 ÷ best baseline F1@10 (${best.name}) = ${ratio.toFixed(2)}`);
	return ratio;
}

/** `npm run eval` entry: AKEC test split and the dev set. */
export async function run(options = {}) {
	await loadCore();
	const split = options.split ?? 'test';
	const akec = readAkec(split);
	console.log(`AKEC ${split} split: ${akec.length} documents (documents/raw), gold = top ${GOLD_K} crowd keyphrases (sort_frequency/pure.txt)`);
	const ratio = printTable(`AKEC ${split}`, score(akec, options.params));
	let ok = ratio >= 1.3;
	try {
		const dev = await readDevset();
		// While tuning (train split), only the dev set's tune split is shown: its held-out split is for measurement.
		for (const part of split === 'train' ? ['tune'] : ['tune', 'heldout']) {
			const docs = dev.filter((d) => d.split === part);
			if (docs.length > 0) {
				printTable(`Dev set, ${part} split: ${docs.length} SaudiNewsNet articles (title + content), gold = the labelled tags`, score(docs, options.params));
			}
		}
		if (split !== 'train') {
			printTable(`Dev set, all ${dev.length} articles`, score(dev, options.params));
		}
	} catch (e) {
		console.log(`dev set skipped: ${e && e.message ? e.message : e}`);
	}
	console.log(ok ? '\nAKEC target met: Isnad F1@10 ≥ 1.3 × the best baseline' : '\nAKEC target NOT met: Isnad F1@10 < 1.3 × the best baseline');
	return { ok };
}

/** Prints one document's suggestions beside its gold (train split only: never read test errors). */
async function dump(id) {
	await loadCore();
	const d = readAkec('train').find((x) => x.id === id);
	if (!d) {
		throw new Error(`${id} is not in the train split`);
	}
	console.log('gold :', d.gold.map((w) => w.join(' ')).join(' | '));
	for (const sys of systems()) {
		console.log(`${sys.name}:`, sys.run(d.text, 10).slice(0, 10).join(' | '));
	}
}

/**
 * `--compare JSON`, on the TRAIN split only: the documents whose F1@10 changes under a hand-written setting, with both
 * suggestion lists.
 */
async function compare(params) {
	await loadCore();
	const docs = readAkec('train');
	let delta = 0;
	for (const d of docs) {
		const a = isnadTags(d.text, 10).map((t) => t.text);
		const b = isnadTags(d.text, 10, params).map((t) => t.text);
		const fa = prf(dedupe(a), d.gold, 10).f;
		const fb = prf(dedupe(b), d.gold, 10).f;
		if (Math.abs(fa - fb) > 1e-9) {
			delta += fb - fa;
			console.log(`${d.id} ${fa.toFixed(3)} → ${fb.toFixed(3)}\n  gold: ${d.gold.map((w) => w.map((r) => r[r.length - 1]).join(' ')).join(' | ')}\n  was:  ${a.join(' | ')}\n  now:  ${b.join(' | ')}`);
		}
	}
	console.log(`total ΔF1@10 = ${(delta / docs.length).toFixed(4)}`);
}

/**
 * `--try FILE|JSON`: compares a handful of hand-written settings, {"name": {params…}, …}, by Isnad's F1@5 and F1@10
 * on the AKEC TRAIN split and on the dev set's TUNE split. This is evaluation only: nothing is fitted or searched, and
 * the test splits (AKEC test, the dev set's held-out split) are never read here.
 */
async function trySettings(settings) {
	await loadCore();
	const sets = [['AKEC train', readAkec('train')], ['dev tune', (await readDevset()).filter((d) => d.split === 'tune')]];
	// The NER's entities do not depend on the settings: recognised once per document.
	for (const [, docs] of sets) {
		for (const d of docs) {
			d.doc = core.tokenize(d.text);
			d.entities = process.env.ISNAD_TAGS_NO_NER === '1' ? [] : core.recognizeEntities(d.doc).entities;
		}
	}
	for (const [name, params] of Object.entries(settings)) {
		const cells = sets.map(([label, docs]) => {
			let f5 = 0;
			let f10 = 0;
			for (const d of docs) {
				const pred = dedupe(core.generateTags(d.doc, { count: 10, params, entities: d.entities }).map((t) => t.text)).slice(0, 10);
				f5 += prf(pred, d.gold, 5).f;
				f10 += prf(pred, d.gold, 10).f;
			}
			return `${label} F1@5 ${(f5 / docs.length).toFixed(4)} F1@10 ${(f10 / docs.length).toFixed(4)}`;
		});
		console.log(`${name.padEnd(28)} ${cells.join('   ')}`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const at = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
	if (at('--dump')) {
		await dump(at('--dump'));
	} else if (at('--compare')) {
		await compare(JSON.parse(at('--compare')));
	} else if (args.includes('--fit') || args.includes('--search') || args.includes('--tune')) {
		// AKEC and SaudiNewsNet are research-only: the product's parameters are never fitted or searched on them.
		console.error('refused: the tag scorer\'s parameters are hand-set (src/core/tags/generate.ts); AKEC and the dev set are for evaluation only. Compare a few hand-written settings with --try.');
		process.exitCode = 2;
	} else if (at('--try')) {
		const arg = at('--try');
		await trySettings(JSON.parse(existsSync(arg) ? readFileSync(arg, 'utf8') : arg));
	} else {
		const res = await run({ split: at('--split') ?? 'test' });
		process.exitCode = res.ok ? 0 : 1;
	}
}
