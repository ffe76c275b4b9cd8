// package.json is an interface: it must agree with the code. Every rule of the registry has a setting with its
// default; docs/rules.md is current; every command in the code is contributed with its category; activation events,
// colours, the engines floor and the .vsix allowlist are what the extension needs.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../src/core/index';
import { COMMAND_NAMES, COMMAND_PREFIX, HIDDEN_COMMANDS } from '../../src/extension/commandNames';
import { highlightColorIds } from '../../src/extension/highlights';
import { rulesMarkdown, rulesSettingSchema } from '../../src/extension/rulesDoc';
import { LEVELS, parseSettings } from '../../src/extension/settings';

const ROOT = resolve(__dirname, '../../..');

interface Manifest {
	name: string;
	publisher: string;
	main: string;
	browser: string;
	engines: { vscode: string };
	devDependencies: Record<string, string>;
	activationEvents: string[];
	capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string } | boolean };
	contributes: {
		languages: Array<{ id: string; aliases: string[]; extensions: string[]; configuration: string }>;
		grammars: Array<{ language: string; scopeName: string; path: string }>;
		commands: Array<{ command: string; title: string; category?: string }>;
		menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
		configuration: Array<{ title: string; properties: Record<string, Record<string, unknown>> }>;
		colors: Array<{ id: string; description: string; defaults: Record<string, string> }>;
	};
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const properties = Object.assign({}, ...pkg.contributes.configuration.map((s) => s.properties)) as Record<string, Record<string, unknown>>;
const REGENERATE = 'run: node scripts/gen-manifest.mjs';

suite('manifest: package.json agrees with the code', () => {
	test('every rule of the registry has a setting with its levels and default (generated)', () => {
		const rules = properties['isnad.rules'] as { properties: Record<string, { enum: string[]; default: string }>; default: Record<string, string> };
		assert.ok(rules !== undefined, 'isnad.rules is contributed');
		for (const r of RULES) {
			const p = rules.properties[r.id];
			assert.ok(p !== undefined, `isnad.rules["${r.id}"] is missing; ${REGENERATE}`);
			assert.deepEqual(p.enum, [...LEVELS]);
			assert.equal(p.default, r.defaultLevel, `default of ${r.id}; ${REGENERATE}`);
			assert.equal(rules.default[r.id], r.defaultLevel);
		}
		assert.deepEqual(Object.keys(rules.properties).sort(), RULES.map((r) => r.id).sort(), `no setting for a rule that does not exist; ${REGENERATE}`);
		assert.deepEqual(rules, rulesSettingSchema(RULES), `package.json is out of date; ${REGENERATE}`);
	});

	test('docs/rules.md is generated from the registry and current', () => {
		const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
		assert.equal(doc, rulesMarkdown(RULES), `docs/rules.md is out of date; ${REGENERATE}`);
		for (const r of RULES) {
			assert.ok(doc.includes(`<a id="${r.id}"></a>`), r.id);
		}
	});

	test('every setting the code reads is contributed, and every contributed setting is read', () => {
		const read = new Set<string>(['rules']);
		parseSettings((k) => {
			read.add(k);
			return undefined;
		}, [], RULES);
		const contributed = Object.keys(properties).map((k) => k.replace(/^isnad\./u, ''));
		assert.deepEqual([...read].sort(), contributed.sort());
		for (const [key, p] of Object.entries(properties)) {
			assert.ok(key.startsWith('isnad.'), key);
			assert.ok(typeof p.markdownDescription === 'string' || typeof p.description === 'string', `${key} is described`);
			assert.ok('default' in p, `${key} has a default`);
		}
		assert.deepEqual(pkg.contributes.configuration.map((s) => s.title), ['Isnad', 'Rules', 'Highlights', 'Keyword Tags']);
		// The defaults the code falls back to are the manifest's.
		const { settings } = parseSettings(() => undefined, [], RULES);
		assert.deepEqual(properties['isnad.languages']!.default, settings.languages);
		assert.equal(properties['isnad.maxDocumentSize']!.default, settings.maxDocumentSize);
		assert.equal(properties['isnad.debounce']!.default, settings.debounce);
		assert.equal(properties['isnad.tags.count']!.default, settings.tags.count);
		assert.equal(properties['isnad.tags.label']!.default, settings.tags.label);
		assert.equal(properties['isnad.tags.separator']!.default, settings.tags.separator);
		for (const [family, on] of Object.entries(settings.highlight)) {
			assert.equal(properties[`isnad.highlight.${family}`]!.default, on, family);
		}
	});

	test('the fixture workspace pins every isnad.* setting and every rule', () => {
		const settings = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/workspace/.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
		for (const key of Object.keys(properties)) {
			assert.ok(key in settings, `${key} is pinned`);
		}
		assert.deepEqual(Object.keys(settings['isnad.rules'] as object).sort(), RULES.map((r) => r.id).sort(), REGENERATE);
	});

	test('every command in the code is contributed with the category Isnad, and gated in menus', () => {
		const contributed = new Map(pkg.contributes.commands.map((c) => [c.command, c]));
		const ids = COMMAND_NAMES.map((n) => COMMAND_PREFIX + n);
		assert.deepEqual([...contributed.keys()].sort(), [...ids].sort());
		for (const c of contributed.values()) {
			assert.equal(c.category, 'Isnad', c.command);
			assert.ok(!c.title.startsWith('Isnad'), `${c.command}: the category is not repeated in the title`);
		}
		// Command ids written anywhere in the adapter (executeCommand, command: '…', command URIs) are known ones.
		// Other `isnad.` names are settings, colours, the context key, the status-bar item and the web view type.
		const others = new Set(['isnad.active', 'isnad.sources', 'isnad.report', ...pkg.contributes.colors.map((c) => c.id)]);
		const isSetting = (id: string): boolean => Object.keys(properties).some((k) => k === id || k.startsWith(id + '.'));
		const dir = join(ROOT, 'src/extension');
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
			for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/['"`](?:command:)?(isnad\.[a-zA-Z.]*[a-zA-Z])\b/gu)) {
				const id = m[1]!;
				if (!others.has(id) && !isSetting(id)) {
					assert.ok(contributed.has(id), `${f} uses ${id}, which is not contributed`);
				}
			}
		}
		const palette = new Map(pkg.contributes.menus.commandPalette!.map((m) => [m.command, m.when]));
		for (const n of COMMAND_NAMES) {
			const when = palette.get(COMMAND_PREFIX + n);
			if (HIDDEN_COMMANDS.has(n)) {
				assert.equal(when, 'false', `${n} is hidden from the palette`);
			} else {
				assert.match(when ?? '', /isnad\.active/u, `${n} shows in the palette on Isnad documents only`);
			}
		}
		for (const m of pkg.contributes.menus['editor/context'] ?? []) {
			assert.match(m.when ?? '', /isnad\.active/u, m.command);
		}
	});

	test('activation events are exactly the three languages (commands activate implicitly; never *)', () => {
		assert.deepEqual(pkg.activationEvents, ['onLanguage:arabic-news', 'onLanguage:plaintext', 'onLanguage:markdown']);
	});

	test('language, grammar and entry points', () => {
		const lang = pkg.contributes.languages.find((l) => l.id === 'arabic-news')!;
		assert.deepEqual(lang.aliases, ['Arabic News', 'خبر']);
		assert.deepEqual(lang.extensions, ['.arnews']);
		assert.ok(existsSync(join(ROOT, lang.configuration)));
		const config = JSON.parse(readFileSync(join(ROOT, lang.configuration), 'utf8')) as { brackets: string[][]; wordPattern: string };
		assert.deepEqual(config.brackets, [['«', '»'], ['“', '”'], ['(', ')']]);
		const word = new RegExp(config.wordPattern, 'gu');
		assert.deepEqual('وقال: «کوریا» الشمالیة، مؤكّداً 1977.'.match(word), ['وقال', 'کوریا', 'الشمالیة', 'مؤكّداً', '1977']);
		const g = pkg.contributes.grammars[0]!;
		assert.equal(g.scopeName, 'text.arabic-news');
		assert.equal((JSON.parse(readFileSync(join(ROOT, g.path), 'utf8')) as { scopeName: string }).scopeName, g.scopeName);
		assert.equal(pkg.main, './dist/extension.js');
		assert.equal(pkg.browser, './dist/web/extension.js');
		assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
		assert.equal(typeof pkg.capabilities.virtualWorkspaces === 'object' ? pkg.capabilities.virtualWorkspaces.supported : pkg.capabilities.virtualWorkspaces, true);
	});

	test('every colour the decorations use is contributed, with light, dark and high-contrast defaults', () => {
		const colors = new Map(pkg.contributes.colors.map((c) => [c.id, c]));
		for (const id of highlightColorIds()) {
			const c = colors.get(id);
			assert.ok(c !== undefined, `${id} is contributed`);
			for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) {
				assert.match(c.defaults[theme] ?? '', /^#[0-9a-f]{6}([0-9a-f]{2})?$/iu, `${id}.${theme}`);
			}
		}
		assert.deepEqual([...colors.keys()].sort(), highlightColorIds().sort(), 'no unused colour');
	});

	test('@types/vscode is pinned exactly at the engines floor', () => {
		assert.match(pkg.engines.vscode, /^\^\d+\.\d+\.\d+$/u);
		assert.equal(pkg.devDependencies['@types/vscode'], pkg.engines.vscode.slice(1));
	});

	test('.vscodeignore is an allowlist, and vsce lists only allowed files', function () {
		this.timeout(60_000);
		const allowed = ['dist/extension.js', 'dist/web/extension.js', 'syntaxes/**', 'language-configuration.json', 'docs/rules.md', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'];
		const lines = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
		assert.equal(lines[0], '**', 'everything is excluded first');
		for (const l of lines.slice(1)) {
			assert.ok(l.startsWith('!') && allowed.includes(l.slice(1)), `${l} is not on the allowlist`);
		}
		const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		const files = r.stdout.split('\n').filter((l) => l.trim() !== '');
		assert.ok(files.includes('package.json'));
		for (const f of files) {
			assert.ok(isAllowed(f), `vsce would package ${f}`);
		}
	});
});

/** Whether a packaged path is on the allowlist (also used by scripts/package.mjs, in its own words). */
function isAllowed(f: string): boolean {
	return ['dist/extension.js', 'dist/web/extension.js', 'language-configuration.json', 'docs/rules.md', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(f) || /^syntaxes\/[^/]+\.json$/u.test(f);
}
