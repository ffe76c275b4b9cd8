// `npm start`: builds the extension and its .vsix, says how to install it, then shows what Isnad finds in the bundled
// sample article (samples/seed-article.arnews): quotes with their speakers and cues, attribution cues, sources,
// entities, keyword tags and findings, through the `isnad` command line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `${pkg.name}-${pkg.version}.vsix`;

function step(title, argv) {
	console.log(`\n=== ${title}`);
	const r = spawnSync(process.execPath, argv, { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) {
		console.error(`npm start: "${title}" failed (exit ${r.status ?? r.signal})`);
		process.exit(r.status ?? 1);
	}
}

step('Build and package the extension', [join(root, 'scripts/package.mjs'), '--quiet']);
console.log(`
=== Install it
  code --install-extension ${vsix}
  (or in VS Code: Extensions view → "…" menu → "Install from VSIX…" → ${vsix})
Then open an .arnews file, or a .txt / .md file written in Arabic: quotes, attribution verbs, speakers, names and
sources are highlighted, findings appear in the Problems panel, and the status bar counts the sources.
The command line is dist/cli.js (npm's "isnad" bin): node dist/cli.js check <files or folders>`);
step('What Isnad finds in the sample article (node dist/cli.js analyze samples/seed-article.arnews)', [join(root, 'dist/cli.js'), 'analyze', join('samples', 'seed-article.arnews')]);
