// Quotes, cues and speakers on the project's dev set (test/devset, labelled by hand from SaudiNewsNet, following
// ../shared/docs/labelling-guide.md). Figures are given for the `tune` split (errors may be read while developing),
// the `heldout` split (never read while developing) and both together.
//
// Matching: a predicted span matches a gold span when they are equal (strict); the lenient figures accept any
// overlap. Pairs are matched one-to-one in text order. Speaker accuracy is over gold quotes matched by a predicted
// quote: correct when both speakers are null, or when the spans overlap, or when the words of one (matching keys)
// are all in the other (an implied speaker may point at another mention of the same name).
import { analyze, matchKey } from '../../out/src/core/index.js';
import { loadDevset } from '../lib/devset.mjs';

export const title = 'Quotes, cues and speakers — dev set (SaudiNewsNet, hand-labelled)';

const overlap = (a, b) => a.start < b.end && b.start < a.end;
const equal = (a, b) => a.start === b.start && a.end === b.end;
// Words on the matching key, without a leading conjunction or article, so «البيان» and «بيان» are the same noun.
const words = (text, s) => text.slice(s.start, s.end).split(/[\s،,.:«»"'“”]+/).filter(Boolean).map((w) => matchKey(w).replace(/^و(?=ال)/, '').replace(/^ال(?=..)/, ''));

/** One-to-one matching in text order; returns the pairs [gold, pred]. */
export function match(gold, pred, same) {
	const used = new Set();
	const pairs = [];
	for (const g of gold) {
		let best = -1;
		for (let k = 0; k < pred.length; k++) {
			if (!used.has(k) && same(g, pred[k])) { best = k; break; }
		}
		if (best >= 0) { used.add(best); pairs.push([g, pred[best]]); }
	}
	return pairs;
}

export function prf(tp, nPred, nGold) {
	const p = nPred ? tp / nPred : 1;
	const r = nGold ? tp / nGold : 1;
	const f = p + r ? (2 * p * r) / (p + r) : 0;
	return { p, r, f };
}

export function sameSpeaker(text, g, p) {
	if (g === null || p === null) { return g === p; }
	if (overlap(g, p)) { return true; }
	const gw = words(text, g);
	const pw = words(text, p);
	const [short, long] = gw.length <= pw.length ? [gw, pw] : [pw, gw];
	return short.length > 0 && short.every((w) => long.includes(w));
}

export function scoreArticle(a, analysis) {
	const text = a.text;
	const gq = a.label.quotes ?? [];
	const gc = a.label.cues ?? [];
	const pq = analysis.quotes;
	const pc = analysis.cues;
	const qs = match(gq, pq, equal);
	const ql = match(gq, pq, overlap);
	const cs = match(gc, pc, equal);
	const cl = match(gc, pc, overlap);
	let spkOk = 0;
	for (const [g, p] of ql) {
		if (sameSpeaker(text, g.speaker ?? null, p.speaker ?? null)) { spkOk++; }
	}
	return { gq: gq.length, pq: pq.length, qs: qs.length, ql: ql.length, gc: gc.length, pc: pc.length, cs: cs.length, cl: cl.length, spkN: ql.length, spkOk };
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);

export async function run() {
	const set = await loadDevset();
	const totals = {};
	for (const a of set) {
		const s = scoreArticle(a, analyze(a.text));
		for (const key of [a.split, 'all']) {
			const t = (totals[key] ??= { n: 0, gq: 0, pq: 0, qs: 0, ql: 0, gc: 0, pc: 0, cs: 0, cl: 0, spkN: 0, spkOk: 0 });
			t.n++;
			for (const k of Object.keys(s)) { t[k] += s[k]; }
		}
	}
	console.log('split     docs | quotes P    R    F1  (lenient F1) | cues P    R    F1  (lenient F1) | speaker acc');
	for (const key of ['tune', 'heldout', 'all']) {
		const t = totals[key];
		if (!t) { continue; }
		const q = prf(t.qs, t.pq, t.gq);
		const ql = prf(t.ql, t.pq, t.gq);
		const c = prf(t.cs, t.pc, t.gc);
		const cl = prf(t.cl, t.pc, t.gc);
		console.log(`${key.padEnd(8)} ${String(t.n).padStart(5)} | ${pct(q.p)} ${pct(q.r)} ${pct(q.f)}  (${pct(ql.f)})     | ${pct(c.p)} ${pct(c.r)} ${pct(c.f)}  (${pct(cl.f)})   | ${pct(t.spkN ? t.spkOk / t.spkN : 1)} (${t.spkOk}/${t.spkN})`);
	}
	console.log(`gold: ${totals.all?.gq ?? 0} quotes, ${totals.all?.gc ?? 0} cues; predicted: ${totals.all?.pq ?? 0} quotes, ${totals.all?.pc ?? 0} cues`);
	return { ok: true };
}
