// Named entities on the ANERcorp TEST split (CAMeL split, rebuilt; see ../shared/data/anercorp/SOURCE.txt), measured
// through the public core API with the shipped model. The test split is for measurement only: nothing is trained or
// tuned on it. The test tokens are given one per line; each sentence is joined with spaces into one line of a text,
// the text is analysed as a whole, and every predicted entity is mapped back to the whitespace-delimited tokens it
// covers (spans are widened to whole tokens, as design.md says). Scoring is exact-match per entity, counted the way
// conlleval counts: a gold chunk starts at B-X, or at I-X after O or after another type (IOB1-style starts).
import { readFileSync } from 'node:fs';
import { analyze } from '../../out/src/core/index.js';

export const title = 'Named entities — ANERcorp test split (CAMeL split), exact match, conlleval counting';

const TEST = new URL('../../../shared/data/anercorp/ANERcorp_CAMeLsplit_reconstructed_test.txt', import.meta.url);
const TYPES = ['PER', 'LOC', 'ORG', 'MISC'];

/** Sentences of [word, tag] with PERS mapped to PER and unknown tags to O. */
function readSplit(path) {
	const sentences = [];
	let cur = [];
	for (const raw of readFileSync(path, 'utf8').split('\n')) {
		const line = raw.replace(/\r$/, '');
		if (line.trim() === '') {
			if (cur.length) { sentences.push(cur); cur = []; }
			continue;
		}
		const cut = line.lastIndexOf(' ');
		const word = line.slice(0, cut).trim();
		const m = /^([BI])-(PERS|PER|LOC|ORG|MISC)$/.exec(line.slice(cut + 1).trim());
		cur.push([word, m ? `${m[1]}-${m[2] === 'PERS' ? 'PER' : m[2]}` : 'O']);
	}
	if (cur.length) { sentences.push(cur); }
	return sentences;
}

/** conlleval chunks of a tag sequence: [start, end, type], with I-X after O or another type starting a chunk. */
export function chunks(tags) {
	const out = [];
	let open = null;
	for (let i = 0; i <= tags.length; i++) {
		const t = i < tags.length ? tags[i] : 'O';
		const type = t === 'O' ? null : t.slice(2);
		const starts = type !== null && (t.startsWith('B-') || open === null || open[2] !== type);
		if (open !== null && (type === null || starts)) {
			out.push([open[0], i, open[2]]);
			open = null;
		}
		if (starts) { open = [i, -1, type]; }
	}
	return out;
}

const pct = (x) => (100 * x).toFixed(2).padStart(6);

function prf(tp, fp, fn) {
	const p = tp + fp ? tp / (tp + fp) : 0;
	const r = tp + fn ? tp / (tp + fn) : 0;
	return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export async function run() {
	const sentences = readSplit(TEST);
	// One sentence per line; remember where every test token starts.
	const starts = [];
	let text = '';
	for (const s of sentences) {
		const st = [];
		s.forEach(([w], k) => {
			if (k > 0) { text += ' '; }
			st.push(text.length);
			text += w;
		});
		text += '\n';
		starts.push(st);
	}
	const flat = [];
	sentences.forEach((s, si) => s.forEach((_, k) => flat.push([si, k, starts[si][k], starts[si][k] + s[k][0].length])));
	const t0 = performance.now();
	const result = analyze(text);
	const ms = performance.now() - t0;
	// Map each entity to the test tokens it covers (binary search on token starts).
	const pred = sentences.map((s) => s.map(() => 'O'));
	const tokenAt = (offset) => {
		let lo = 0;
		let hi = flat.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (flat[mid][2] <= offset) { lo = mid; } else { hi = mid - 1; }
		}
		return lo;
	};
	let clashes = 0;
	for (const e of result.entities) {
		const a = tokenAt(e.start);
		const b = tokenAt(Math.max(e.start, e.end - 1));
		if (flat[a][0] !== flat[b][0] || pred[flat[a][0]][flat[a][1]] !== 'O') { clashes++; continue; }
		for (let k = a; k <= b; k++) {
			pred[flat[k][0]][flat[k][1]] = (k === a ? 'B-' : 'I-') + e.type;
		}
	}
	const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
	sentences.forEach((s, si) => {
		const g = chunks(s.map(([, t]) => t));
		const p = chunks(pred[si]);
		const key = (c) => c.join(',');
		const gs = new Set(g.map(key));
		const ps = new Set(p.map(key));
		for (const c of p) { counts[c[2]][gs.has(key(c)) ? 'tp' : 'fp']++; }
		for (const c of g) { if (!ps.has(key(c))) { counts[c[2]].fn++; } }
	});
	const sum = (types) => types.reduce((acc, t) => ({ tp: acc.tp + counts[t].tp, fp: acc.fp + counts[t].fp, fn: acc.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
	console.log(`${sentences.length} sentences, ${flat.length} tokens; analysed in ${ms.toFixed(0)} ms${clashes ? `; ${clashes} predicted spans dropped (crossing a sentence or overlapping)` : ''}`);
	console.log('type        gold   pred |      P       R      F1');
	const line = (name, c) => {
		const s = prf(c.tp, c.fp, c.fn);
		console.log(`${name.padEnd(10)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(6)} | ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f)}`);
		return s;
	};
	for (const t of TYPES) { line(t, counts[t]); }
	const all = line('overall', sum(TYPES));
	const plo = line('PER+LOC+ORG', sum(['PER', 'LOC', 'ORG']));
	console.log(`F1 over the four types: ${pct(all.f)} · over PER/LOC/ORG: ${pct(plo.f)} (AraBERT v0.1: 83.1; CAMeLBERT-MSA: 82.4)`);
	return { ok: true, f1: all.f, f1PLO: plo.f };
}
