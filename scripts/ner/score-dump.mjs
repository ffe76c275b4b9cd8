// Scores a cross-validation dump (`node out/scripts/ner/train.js --folds 5 --dump FILE`: JSON lines {w: keys,
// g: gold tags, p: predicted tags}) as the trainer scores it (exact-match spans), then again after the run-time
// post-decoding rules of src/core/ner/recognize.ts (`trimPersonTails`, then `applyGuideRules`), called from the
// compiled code so the figures are those of the same functions. Run `npx tsc -p tsconfig.json` first.
// Usage: node scripts/ner/score-dump.mjs FILE
import { readFileSync } from 'node:fs';
import { applyGuideRules, trimPersonTails } from '../../out/src/core/ner/recognize.js';
import { nerTagger } from '../../out/src/core/ner/model.js';

const NAMES = ['PER', 'LOC', 'ORG', 'MISC'];
const file = process.argv[2];
if (file === undefined) {
	console.error('usage: node scripts/ner/score-dump.mjs FILE');
	process.exit(2);
}
const sents = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
const gaz = nerTagger().model.gazetteer;

function spansOf(tags) {
	const out = [];
	let i = 0;
	while (i < tags.length) {
		const t = tags[i];
		if (t === 0) { i++; continue; }
		const type = (t - 1) >> 1;
		let j = i + 1;
		while (j < tags.length && tags[j] === 2 * type + 2) { j++; }
		out.push([i, j, type]);
		i = j;
	}
	return out;
}

function score(pred) {
	const tp = [0, 0, 0, 0], fp = [0, 0, 0, 0], fn = [0, 0, 0, 0];
	sents.forEach((s, k) => {
		const key = (c) => c.join(',');
		const g = new Set(spansOf(s.g).map(key));
		const p = new Set(pred[k].map(key));
		for (const c of pred[k]) { (g.has(key(c)) ? tp : fp)[c[2]]++; }
		for (const c of spansOf(s.g)) { if (!p.has(key(c))) { fn[c[2]]++; } }
	});
	const f = (types) => {
		const a = types.reduce((x, t) => x + tp[t], 0), b = types.reduce((x, t) => x + fp[t], 0), c = types.reduce((x, t) => x + fn[t], 0);
		const P = a / Math.max(1, a + b), R = a / Math.max(1, a + c);
		return { P, R, F: P + R > 0 ? (2 * P * R) / (P + R) : 0 };
	};
	const all = f([0, 1, 2, 3]);
	const org = f([2]);
	return `F1 ${(100 * all.F).toFixed(2)} (P ${(100 * all.P).toFixed(1)} R ${(100 * all.R).toFixed(1)})  ` +
		NAMES.map((n, t) => `${n} ${(100 * f([t]).F).toFixed(1)}`).join('  ') +
		`  PLO ${(100 * f([0, 1, 2]).F).toFixed(2)}  (ORG P ${(100 * org.P).toFixed(1)} R ${(100 * org.R).toFixed(1)})`;
}

// Dump keys are the tokens' matching keys; a key that starts with a letter is a word.
const isWord = (k) => typeof k === 'string' && /^\p{L}/u.test(k);
const kindOf = (k) => (isWord(k) ? 'word' : typeof k === 'string' && /^\p{N}/u.test(k) ? 'number' : 'punct');

// All sentences flat, in dump order (the folds follow each other), as the run time sees a document.
const keys = [];
const sentEnd = [];
const spans = [];
const sentenceOf = [];
sents.forEach((s, k) => {
	const off = keys.length;
	keys.push(...s.w);
	sentEnd.push(keys.length);
	for (const [a, b, t] of spansOf(s.p)) {
		spans.push([off + a, off + b, t]);
		sentenceOf.push(k);
	}
});
const raw = sents.map((s) => spansOf(s.p));
trimPersonTails(spans, sentenceOf, (i) => (isWord(keys[i]) ? keys[i] : undefined), (i, k) => i < sentEnd[k] && isWord(keys[i]), gaz);
const trimmed = sents.map(() => []);
spans.forEach(([a, b, t], j) => {
	const k = sentenceOf[j];
	const off = sentEnd[k] - sents[k].w.length;
	trimmed[k].push([a - off, b - off, t]);
});
const guide = (perSentence) => perSentence.map((sp, k) => {
	const toks = sents[k].w.map((key, i) => ({ kind: kindOf(key), key: key ?? '', text: key ?? '', start: i, end: i + 1, script: 'arabic' }));
	return applyGuideRules(sp, toks, gaz);
});
console.log(`${sents.length} sentences`);
console.log(`model tags            ${score(raw)}`);
console.log(`+ guide rules         ${score(guide(raw))}`);
console.log(`+ person tails, guide ${score(guide(trimmed))}`);
