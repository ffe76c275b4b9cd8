// Lists the differences between the analysis and the gold labels on the TUNE split only (the held-out split is
// never inspected). Usage: node scripts/devset/errors.mjs [quotes|cues|speakers|sources] [id]
import { analyze } from '../../out/src/core/index.js';
import { loadDevset } from '../lib/devset.mjs';
import { match, sameSpeaker } from '../eval/attribution.mjs';

const [what = 'all', onlyId] = process.argv.slice(2);
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const equal = (a, b) => a.start === b.start && a.end === b.end;
const set = (await loadDevset()).filter((a) => a.split === 'tune' && (!onlyId || a.id === onlyId));
const show = (text, s) => (s ? JSON.stringify(text.slice(s.start, s.end).slice(0, 90)) : 'null');
const ctx = (text, s) => JSON.stringify(text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' '));
for (const a of set) {
	const r = analyze(a.text);
	const out = [];
	if (what === 'all' || what === 'quotes') {
		const pairs = match(a.label.quotes, r.quotes, equal);
		const gotG = new Set(pairs.map((p) => p[0]));
		const gotP = new Set(pairs.map((p) => p[1]));
		for (const g of a.label.quotes) { if (!gotG.has(g)) { out.push(`  FN quote ${show(a.text, g)}${r.quotes.some((p) => overlap(p, g)) ? ' (overlaps: ' + r.quotes.filter((p) => overlap(p, g)).map((p) => show(a.text, p)).join(' ') + ')' : ''}`); } }
		for (const p of r.quotes) { if (!gotP.has(p)) { out.push(`  FP quote ${show(a.text, p)}`); } }
	}
	if (what === 'all' || what === 'cues') {
		const pairs = match(a.label.cues, r.cues, equal);
		const gotG = new Set(pairs.map((p) => p[0]));
		const gotP = new Set(pairs.map((p) => p[1]));
		for (const g of a.label.cues) { if (!gotG.has(g)) { out.push(`  FN cue ${show(a.text, g)} in ${ctx(a.text, g)}`); } }
		for (const p of r.cues) { if (!gotP.has(p)) { out.push(`  FP cue ${show(a.text, p)} in ${ctx(a.text, p)}`); } }
	}
	if (what === 'all' || what === 'speakers') {
		for (const [g, p] of match(a.label.quotes, r.quotes, overlap)) {
			if (!sameSpeaker(a.text, g.speaker ?? null, p.speaker ?? null)) {
				out.push(`  SPK quote ${show(a.text, g).slice(0, 40)} gold=${show(a.text, g.speaker)} pred=${show(a.text, p.speaker)} cue gold=${show(a.text, g.cue)} pred=${show(a.text, p.cue)}`);
			}
		}
	}
	if (what === 'all' || what === 'sources') {
		const gold = (a.label.sources ?? []).filter((s) => s.anonymous);
		const pred = r.sources.filter((s) => s.anonymous && s.kind !== 'agentless');
		const pairs = match(gold, pred, overlap);
		const gotG = new Set(pairs.map((p) => p[0]));
		const gotP = new Set(pairs.map((p) => p[1]));
		for (const g of gold) { if (!gotG.has(g)) { out.push(`  FN source ${show(a.text, g)} in ${ctx(a.text, g)}`); } }
		for (const p of pred) { if (!gotP.has(p)) { out.push(`  FP source ${show(a.text, p)} (${p.kind}) in ${ctx(a.text, p)}`); } }
		for (const [g, p] of pairs) {
			if ((g.reason === null) !== (p.reason === null)) { out.push(`  REASON ${show(a.text, g)} gold=${show(a.text, g.reason)} pred=${show(a.text, p.reason)}`); }
		}
	}
	if (out.length) { console.log(`# ${a.id}`); console.log(out.join('\n')); }
}
