// How often each rule fires on real copy: every 40th SaudiNewsNet article of each zip (from an offset, default 7),
// dev-set articles left out, so the sample is text nobody in the project labelled or tuned on. Prints, per rule, the
// articles it fires in, and the share of articles with at least one warning or error. Used to find false alarms an
// editor would see (read the findings, never label them); SaudiNewsNet is evaluation-only and is read in place.
// Usage: npm run -s compile && node scripts/devset/warn-rate.mjs [offset]
import { readFileSync } from 'node:fs';
import { analyze } from '../../out/src/core/index.js';
import { readZip, zipNames } from '../lib/saudinewsnet.mjs';

const offset = Number(process.argv[2] ?? 7);
const root = new URL('../../', import.meta.url);
const used = new Set(
	readFileSync(new URL('test/devset/articles.jsonl', root), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l))
		.map((r) => `${r.zip}:${r.index}`),
);
const perRule = new Map();
let articles = 0;
let withWarning = 0;
let warnings = 0;
for (const zip of zipNames()) {
	const list = await readZip(zip);
	for (let i = offset; i < list.length; i += 40) {
		if (used.has(`${zip}:${i}`)) {
			continue;
		}
		const a = list[i];
		articles++;
		const findings = analyze(`${a.title ?? ''}\n\n${a.content}`).findings;
		const serious = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
		warnings += serious.length;
		if (serious.length > 0) {
			withWarning++;
		}
		for (const key of new Set(findings.map((f) => `${f.severity} ${f.ruleId}`))) {
			perRule.set(key, (perRule.get(key) ?? 0) + 1);
		}
	}
}
console.log(`${articles} articles; with a warning or error: ${withWarning} (${((100 * withWarning) / articles).toFixed(1)}%); warnings and errors: ${warnings} (${(warnings / articles).toFixed(2)} per article)`);
for (const [key, n] of [...perRule].sort((x, y) => y[1] - x[1])) {
	console.log(`${String(n).padStart(5)}  ${((100 * n) / articles).toFixed(1).padStart(5)}%  ${key}`);
}
