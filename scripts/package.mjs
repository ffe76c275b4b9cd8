// `npm run package`: a production build, then `vsce package` (vsce 3: version 4 needs Node 22), then a check of the
// .vsix: every entry must be on the allowlist of .vscodeignore and the file must stay under 3 MB. Prints the entries
// and the size. Exits non-zero when anything is wrong.
// Usage: node scripts/package.mjs [--no-build] [--quiet]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const MAX_BYTES = 3 * 1024 * 1024;

/** The files the .vsix may hold (paths inside `extension/`), and the two files vsce adds at its root. */
const ALLOWED = [/^extension\/package\.json$/, /^extension\/dist\/extension\.js$/, /^extension\/dist\/web\/extension\.js$/, /^extension\/syntaxes\/[^/]+\.json$/, /^extension\/language-configuration\.json$/, /^extension\/docs\/rules\.md$/, /^extension\/(readme|changelog)\.md$/i, /^extension\/LICENSE(\.txt)?$/i, /^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/];
/** Entries that must be there for the extension to work. */
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/syntaxes/arabic-news.tmLanguage.json', 'extension/language-configuration.json', 'extension/docs/rules.md'];

function run(cmd, argv) {
	const r = spawnSync(cmd, argv, { cwd: root, stdio: args.has('--quiet') ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
	if (r.status !== 0) {
		console.error(`package: ${cmd} ${argv.join(' ')} failed (exit ${r.status ?? r.signal})`);
		process.exit(1);
	}
}

function entries(file) {
	return new Promise((resolve, reject) => {
		yauzl.open(file, { lazyEntries: true }, (err, zip) => {
			if (err) {
				reject(err);
				return;
			}
			const out = [];
			zip.on('entry', (e) => {
				out.push({ name: e.fileName, size: e.uncompressedSize });
				zip.readEntry();
			});
			zip.on('end', () => resolve(out));
			zip.on('error', reject);
			zip.readEntry();
		});
	});
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `${pkg.name}-${pkg.version}.vsix`;
if (!args.has('--no-build')) {
	run(process.execPath, [join(root, 'esbuild.mjs'), '--production']);
}
run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix]);

const list = await entries(join(root, vsix));
const size = statSync(join(root, vsix)).size;
const problems = [];
for (const e of list) {
	if (!e.name.endsWith('/') && !ALLOWED.some((re) => re.test(e.name))) {
		problems.push(`not on the allowlist: ${e.name}`);
	}
}
for (const name of REQUIRED) {
	if (!list.some((e) => e.name === name)) {
		problems.push(`missing: ${name}`);
	}
}
if (size > MAX_BYTES) {
	problems.push(`too large: ${size} bytes (the limit is ${MAX_BYTES})`);
}
console.log(`\n${vsix}: ${list.length} entries`);
for (const e of list) {
	console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);
}
console.log(`size: ${(size / 1024).toFixed(1)} KB (${size} bytes; limit ${MAX_BYTES / 1024 / 1024} MB)`);
if (problems.length > 0) {
	for (const p of problems) {
		console.error(`package: ${p}`);
	}
	process.exit(1);
}
