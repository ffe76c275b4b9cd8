/**
 * Generates every written form of the attribution verbs of `lexicon/attributionVerbs.ts`, keyed by matching key.
 *
 * From the six base forms of each verb (past and present, 3rd person masculine, feminine and plural) and its حال
 * participle, this adds: the duals (قالا، قالتا، يقولان، تقولان), the participle's accusative, feminine and plural
 * (قائلاً، قائلةً، قائلين), object pronouns on transitive verbs (أبلغه، أخبرتهم), the passive forms, and the
 * conjunctions و and ف before all of them (وقال، فأضاف، ويقول). The particles كما، قد، وقد، وكان قد are separate
 * words in Arabic script, so they need no forms: the verb after them is found as it is.
 */
import { ATTRIBUTION_VERBS, type CueCondition, type VerbEntry } from '../lexicon/attributionVerbs';
import { matchKey } from '../normalize/normalize';
import type { CueForm } from '../types';

/** What a written form is. */
export interface VerbForm {
	readonly entry: VerbEntry;
	readonly form: CueForm;
	/** Conditions that must hold for this form to count (the entry's, or the bare form's). */
	readonly when: readonly CueCondition[] | undefined;
	/** Feminine or plural agreement, which the speaker search uses to prefer a matching antecedent. */
	readonly agreement: 'm' | 'f' | 'pl' | 'du';
	/** Past, present (imperfect), the حال participle, or a passive form. */
	readonly tense: 'past' | 'present' | 'participle' | 'passive';
	/** Whether the form carries an object pronoun (قاله، أبلغه): the noun after it is then its subject. */
	readonly object: boolean;
}

const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'نا', 'ني', 'كم', 'ك', 'هن'];
const CONJUNCTIONS = ['', 'و', 'ف'];

/** Participle feminine forms are also nouns and adjectives (مضيفة hostess, متابعة follow-up): they need a clause. */
const FEMININE_PARTICIPLE_WHEN: readonly CueCondition[] = ['next-complement', 'next:إلى', 'next:الى', 'next:على', 'next:عن', 'next:بالقول'];

function dual(past3ms: string): string | undefined {
	if (past3ms.endsWith('ى')) {
		return past3ms.slice(0, -1) + 'يا';
	}
	if (past3ms.endsWith('ا')) {
		return undefined;
	}
	return past3ms + 'ا';
}

/** Builds the table of forms. Earlier verbs win when two verbs share a written form. */
export function buildVerbForms(entries: readonly VerbEntry[] = ATTRIBUTION_VERBS): ReadonlyMap<string, VerbForm> {
	const table = new Map<string, VerbForm>();
	for (const entry of entries) {
		let tense: VerbForm['tense'] = 'past';
		let object = false;
		const add = (written: string, form: CueForm, agreement: VerbForm['agreement'], when: readonly CueCondition[] | undefined, conjunctions = CONJUNCTIONS): void => {
			if (written === '') {
				return;
			}
			const key = matchKey(written);
			for (const c of conjunctions) {
				if (!table.has(c + key)) {
					table.set(c + key, { entry, form, when, agreement, object, tense: form === 'participle' ? 'participle' : form === 'passive' ? 'passive' : tense });
				}
			}
		};
		const [m, f, pl] = entry.past;
		add(m, 'verb', 'm', entry.whenBare ?? entry.when);
		add(f, 'verb', 'f', entry.when);
		add(pl, 'verb', 'pl', entry.when);
		// The dual of a doubled verb (أقرّا) is written like another word (إقرأ): leave it out.
		const d = m === '' || entry.lemma.endsWith('ّ') ? undefined : dual(matchKey(m));
		if (d !== undefined) {
			add(d, 'verb', 'du', entry.when);
		}
		if (f !== '') {
			add(matchKey(f) + 'ا', 'verb', 'du', entry.when);
		}
		tense = 'present';
		const [pm, pf, ppl] = entry.present;
		add(pm, 'verb', 'm', entry.when);
		add(pf, 'verb', 'f', entry.when);
		add(ppl, 'verb', 'pl', entry.when);
		if (pm !== '') {
			add(matchKey(pm) + 'ان', 'verb', 'du', entry.when);
			add(matchKey(pf) + 'ان', 'verb', 'du', entry.when);
		}
		tense = 'past';
		object = true;
		if (entry.objects === true) {
			const plStem = matchKey(pl).replace(/ا$/, '');
			for (const p of OBJECT_PRONOUNS) {
				add(matchKey(m) + p, 'verb', 'm', entry.when);
				add(matchKey(f) + p, 'verb', 'f', entry.when);
				add(plStem + p, 'verb', 'pl', entry.when);
			}
			tense = 'present';
			for (const p of OBJECT_PRONOUNS) {
				if (pm !== '') {
					add(matchKey(pm) + p, 'verb', 'm', entry.when);
					add(matchKey(pf) + p, 'verb', 'f', entry.when);
				}
			}
		}
		object = false;
		if (entry.hal !== '') {
			const h = matchKey(entry.hal);
			// The bare participle (مؤكد) is an adjective; only the marked حال forms count.
			// A حال in the accusative after a clause is a reporting participle whatever the verb (معتبراً، مشدداً).
			add(h + 'ا', 'participle', 'm', undefined, ['', 'و']);
			add(h + 'ين', 'participle', 'pl', undefined, ['', 'و']);
			add(h + 'ة', 'participle', 'f', FEMININE_PARTICIPLE_WHEN, ['', 'و']);
		}
		for (const p of entry.passive ?? []) {
			add(p, 'passive', 'm', undefined);
		}
	}
	return table;
}

let cached: ReadonlyMap<string, VerbForm> | undefined;

/** The form table, built once on first use. */
export function verbForms(): ReadonlyMap<string, VerbForm> {
	cached ??= buildVerbForms();
	return cached;
}
