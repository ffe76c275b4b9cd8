// Anonymous sources and reasons for anonymity on the project's dev set (test/devset). A predicted anonymous or
// vague source matches a gold one when their spans overlap (the gold span is the source's noun phrase; the
// prediction may include or leave out a descriptor); pairs are one-to-one in text order. Agentless attributions
// (no source at all) are not sources in the labelling guide, so they are left out of both sides.
// Reason detection: over the gold anonymous sources matched by a prediction, whether a reason is present agrees
// (present vs absent); reason kinds (why/request) are reported beside it.
import { analyze } from '../../out/src/core/index.js';
import { loadDevset } from '../lib/devset.mjs';
import { match, prf } from './attribution.mjs';

export const title = 'Anonymous sources and reasons — dev set (SaudiNewsNet, hand-labelled)';

const overlap = (a, b) => a.start < b.end && b.start < a.end;
const pct = (x) => (100 * x).toFixed(1).padStart(5);

export async function run() {
	const set = await loadDevset();
	const totals = {};
	for (const a of set) {
		const r = analyze(a.text);
		const gold = (a.label.sources ?? []).filter((s) => s.anonymous);
		const pred = r.sources.filter((s) => s.anonymous && s.kind !== 'agentless');
		const pairs = match(gold, pred, overlap);
		let reasonOk = 0;
		let kindOk = 0;
		let goldWithReason = 0;
		for (const [g, p] of pairs) {
			if ((g.reason === null) === (p.reason === null)) { reasonOk++; }
			if ((g.reasonKind ?? null) === (p.reasonKind ?? null)) { kindOk++; }
		}
		for (const g of gold) { if (g.reason !== null) { goldWithReason++; } }
		for (const key of [a.split, 'all']) {
			const t = (totals[key] ??= { n: 0, withAnon: 0, gold: 0, pred: 0, tp: 0, reasonN: 0, reasonOk: 0, kindOk: 0, goldWithReason: 0 });
			t.n++;
			if (gold.length > 0) { t.withAnon++; }
			t.gold += gold.length; t.pred += pred.length; t.tp += pairs.length;
			t.reasonN += pairs.length; t.reasonOk += reasonOk; t.kindOk += kindOk; t.goldWithReason += goldWithReason;
		}
	}
	console.log('split     docs (with anon) | anonymous P    R    F1   | reason present/absent acc | reason kind acc | gold with reason');
	for (const key of ['tune', 'heldout', 'all']) {
		const t = totals[key];
		if (!t) { continue; }
		const s = prf(t.tp, t.pred, t.gold);
		console.log(`${key.padEnd(8)} ${String(t.n).padStart(4)} (${String(t.withAnon).padStart(3)})      | ${pct(s.p)} ${pct(s.r)} ${pct(s.f)}    | ${pct(t.reasonN ? t.reasonOk / t.reasonN : 1)} (${t.reasonOk}/${t.reasonN})          | ${pct(t.reasonN ? t.kindOk / t.reasonN : 1)}           | ${t.goldWithReason}`);
	}
	return { ok: true };
}
