// The TextMate grammar may scope only whole lines: VS Code isolates every token span of a line holding right-to-left
// text, so a rule matching part of an Arabic line would show its clauses in the wrong order (design.md, "Highlights
// never scramble Arabic"). Checked twice: statically (every rule is one `match` anchored at ^ and $), and by
// tokenizing real articles with the same engine VS Code uses (every line is exactly one token).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

interface Rule {
	match?: string;
	begin?: string;
	end?: string;
	while?: string;
	include?: string;
	name?: string;
	captures?: unknown;
	patterns?: Rule[];
}
interface Grammar {
	scopeName: string;
	patterns: Rule[];
	repository: Record<string, Rule>;
}

const GRAMMAR_PATH = join(ROOT, 'syntaxes/arabic-news.tmLanguage.json');

function grammarJson(): Grammar {
	return JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;
}

/** Every line of the texts the grammar must keep whole: the sample, the fixtures, the grammar test inputs. */
function corpusLines(): string[] {
	const files = [join(ROOT, 'samples/seed-article.arnews')];
	for (const dir of ['test/fixtures/workspace', 'test/grammar']) {
		for (const f of readdirSync(join(ROOT, dir))) {
			if (/\.(arnews|txt|md)$/u.test(f)) {
				files.push(join(ROOT, dir, f));
			}
		}
	}
	const extra = [
		'كلمات دلالية: روسيا، کوریا الشمالیة',
		'وقال الوزير «نعم» ثم قال «لا»',
		'«اقتباس» وبعده كلام',
		'المصدر: وكالات',
		'# عنوان',
		'إقرأ أيضاً:',
	];
	return [...files.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/u)), ...extra];
}

suite('extension/grammar: the TextMate grammar scopes only whole lines', () => {
	test('every rule is a single match anchored at the start and end of the line', () => {
		const g = grammarJson();
		assert.equal(g.scopeName, 'text.arabic-news');
		for (const p of g.patterns) {
			assert.deepEqual(Object.keys(p), ['include'], 'top-level patterns only include repository rules');
		}
		for (const [name, rule] of Object.entries(g.repository)) {
			assert.equal(rule.begin ?? rule.end ?? rule.while ?? rule.captures ?? rule.patterns ?? rule.include, undefined, `${name}: no begin/end/while/captures/patterns`);
			assert.ok(typeof rule.match === 'string', `${name} has a match`);
			assert.ok(rule.match.startsWith('^'), `${name} is anchored at the line start`);
			assert.ok(rule.match.endsWith('$') && !rule.match.endsWith('\\$'), `${name} is anchored at the line end`);
			assert.ok(rule.name?.endsWith('.arabic-news'), `${name}'s scope ends in .arabic-news`);
		}
	});

	test('tokenizing real articles: every line is exactly one token', async () => {
		// vscode-textmate and vscode-oniguruma come with vscode-tmgrammar-test (a devDependency).
		const textmate = require('vscode-textmate') as typeof import('vscode-textmate');
		const onig = require('vscode-oniguruma') as typeof import('vscode-oniguruma');
		const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
		await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
		const registry = new textmate.Registry({
			onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new onig.OnigScanner(s), createOnigString: (s: string) => new onig.OnigString(s) }),
			loadGrammar: async (scope: string) => (scope === 'text.arabic-news' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
		});
		const grammar = await registry.loadGrammar('text.arabic-news');
		assert.ok(grammar !== null);
		let ruleStack = textmate.INITIAL;
		const scoped = new Set<string>();
		for (const line of corpusLines()) {
			const r = grammar.tokenizeLine(line, ruleStack);
			ruleStack = r.ruleStack;
			const tokens = r.tokens.filter((t) => t.startIndex < line.length);
			assert.ok(tokens.length <= 1, `a line was cut into ${tokens.length} tokens: ${line}`);
			for (const t of tokens) {
				assert.equal(t.startIndex, 0);
				assert.ok(t.endIndex >= line.length, `a token stops before the end of the line: ${line}`);
				for (const s of t.scopes.slice(1)) {
					scoped.add(s);
				}
			}
		}
		// The corpus exercises the whole-line scopes.
		for (const s of ['meta.tag-line.arabic-news', 'meta.source-line.arabic-news', 'markup.heading.arabic-news', 'markup.heading.related.arabic-news']) {
			assert.ok(scoped.has(s), `${s} seen`);
		}
	});
});
