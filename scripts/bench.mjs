// `npm run bench`: throughput and latency of the analysis, each beside a baseline measured in the same process
// (a bare Unicode word scan of the same text), so the figures are ratios that hold on a noisy machine.
// Each module in scripts/bench/ exports `title` and `run()`. Usage: node scripts/bench.mjs [name ...]
import { readdirSync } from 'node:fs';

const dir = new URL('./bench/', import.meta.url);
const only = process.argv.slice(2);
const modules = readdirSync(dir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort()
	.filter((f) => only.length === 0 || only.includes(f.replace(/\.mjs$/, '')));
for (const file of modules) {
	const mod = await import(new URL(file, dir));
	console.log(`\n== ${mod.title} ==`);
	await mod.run();
}
