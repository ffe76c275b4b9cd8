/**
 * The parts of the manifest and docs generated from the rule registry: the `isnad.rules` setting's schema and
 * `docs/rules.md`. `scripts/gen-manifest.mjs` writes them, `manifest.test.ts` fails when they are out of date, and the
 * extension computes from the same function the line of each rule's section, so a diagnostic's code links to it
 * offline. Pure: no `vscode`.
 */
import type { RuleMeta } from '../core/index';
import { LEVELS } from './settings';

/** Where the rules documentation lives in the repository and in the extension. */
export const RULES_DOC_PATH = 'docs/rules.md';

/**
 * The JSON schema of the `isnad.rules` setting: one property per rule, with its levels and default.
 * @param rules the rule registry
 */
export function rulesSettingSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
	const properties: Record<string, unknown> = {};
	const defaults: Record<string, string> = {};
	for (const r of rules) {
		defaults[r.id] = r.defaultLevel;
		properties[r.id] = {
			type: 'string',
			enum: [...LEVELS],
			default: r.defaultLevel,
			markdownDescription: `**${r.title}.** ${r.description}${r.standard === undefined ? '' : ` (${r.standard})`}`,
		};
	}
	return {
		type: 'object',
		scope: 'resource',
		markdownDescription:
			'The level of each rule: `off`, `hint`, `info`, `warning` or `error`. Every rule is explained, with examples, by the command **Isnad: Open Rules Documentation**. A change takes effect at once.',
		default: defaults,
		properties,
		additionalProperties: false,
	};
}

/**
 * The text of `docs/rules.md`.
 * @param rules the rule registry
 */
export function rulesMarkdown(rules: readonly RuleMeta[]): string {
	return rulesDoc(rules).text;
}

/**
 * The 1-based line of each rule's heading in `docs/rules.md`.
 * @param rules the rule registry
 */
export function ruleDocLines(rules: readonly RuleMeta[]): ReadonlyMap<string, number> {
	return rulesDoc(rules).lines;
}

function rulesDoc(rules: readonly RuleMeta[]): { text: string; lines: Map<string, number> } {
	const out: string[] = [];
	const lines = new Map<string, number>();
	const push = (...ls: string[]): void => {
		out.push(...ls);
	};
	push(
		'# Isnad rules',
		'',
		'<!-- Generated from the rule registry (src/core/analyzers/index.ts) by `node scripts/gen-manifest.mjs`. Do not edit by hand. -->',
		'',
		'Every finding Isnad reports has a rule id, shown in the Problems panel and in `isnad check`.',
		'Each rule\'s level is a setting: `off`, `hint`, `info`, `warning` or `error`, for example:',
		'',
		'```json',
		'"isnad.rules": { "quotes.mixed-style": "off", "quotes.unbalanced": "error" }',
		'```',
		'',
		'A finding you have reviewed and want to keep can be acknowledged with the quick fix "Acknowledge": its fingerprint (the rule and its sentence) is stored in `.isnad/acknowledged.json` in the workspace folder, and it stays silent until its sentence changes.',
		'Nothing is written into the article.',
		'',
		'| Rule | Default level | What it checks |',
		'| --- | --- | --- |',
		...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.defaultLevel} | ${cell(r.title)} |`),
		'',
	);
	for (const r of rules) {
		push(`<a id="${r.id}"></a>`, '');
		lines.set(r.id, out.length + 1);
		push(`## \`${r.id}\` — ${r.title}`, '');
		push(`Default level: \`${r.defaultLevel}\`.`);
		if (r.standard !== undefined) {
			push(`Standard: ${r.standard}.`.replace(/\.\.$/u, '.'));
		}
		push('', r.description, '', '<div dir="rtl" lang="ar">', '', r.descriptionAr, '', '</div>', '');
		push('Flagged:', '', ...fence(r.example), '');
		if (r.good !== undefined) {
			push('Better:', '', ...fence(r.good), '');
		}
	}
	return { text: out.join('\n'), lines };
}

function cell(s: string): string {
	return s.replace(/\|/gu, '\\|');
}

function fence(s: string): string[] {
	return ['```text', ...s.split(/\r?\n/u), '```'];
}
