// `npm run eval`: measures every capability on data nobody in the project wrote, and prints one section per
// capability. Each module in scripts/eval/ exports `title` and `run()`, which prints its own figures and returns
// {ok: boolean}. Usage: node scripts/eval.mjs [name ...]   (no name: all of them, in file-name order)
import { readdirSync } from 'node:fs';

const dir = new URL('./eval/', import.meta.url);
const only = process.argv.slice(2);
const modules = readdirSync(dir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort()
	.filter((f) => only.length === 0 || only.includes(f.replace(/\.mjs$/, '')));
let failed = 0;
for (const file of modules) {
	const mod = await import(new URL(file, dir));
	console.log(`\n== ${mod.title} ==`);
	try {
		const res = await mod.run();
		if (res && res.ok === false) { failed++; }
	} catch (e) {
		failed++;
		console.log(`error: ${e && e.message ? e.message : e}`);
	}
}
process.exit(failed ? 1 : 0);
