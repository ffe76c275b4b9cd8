/**
 * The gazetteers compiled into the model: ANERgazet (Benajiba 2007; persons, locations, organisations) and the
 * Arabic territory and city names of Unicode CLDR (npm packages cldr-localenames-full and cldr-dates-full), and the
 * house list of current foreign names (src/core/lexicon/nerNames.ts). They are
 * stored in the model only as hashes of the entries (membership features), never as lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZ } from '../../src/core/ner/lexicon';
import { HOUSE_GAZETTEER } from '../../src/core/lexicon/nerNames';

export const ANERGAZET_DIR = '../shared/data/anercorp/gazetteer';

/** Reads one ANERgazet list: one entry per line; separator lines of '=' are skipped. */
function readList(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((l) => l.replace(/\r$/, '').trim())
		.filter((l) => l !== '' && !/^=+$/.test(l));
}

function requireJson(spec: string): unknown {
	let path: string;
	try {
		path = require.resolve(spec);
	} catch {
		throw new Error(
			`cannot find ${spec}: install the CLDR packages (npm install --no-save cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0) or point NODE_PATH at a node_modules that has them`,
		);
	}
	return JSON.parse(readFileSync(path, 'utf8'));
}

/** CLDR Arabic territory names (countries and regions; the numeric region codes are continents and regions). */
export function cldrTerritories(): string[] {
	const j = requireJson('cldr-localenames-full/main/ar/territories.json') as { main: { ar: { localeDisplayNames: { territories: Record<string, string> } } } };
	const t = j.main.ar.localeDisplayNames.territories;
	return Object.keys(t)
		.sort()
		.filter((code) => !code.includes('-alt-') || code.endsWith('-alt-short') || code.endsWith('-alt-variant'))
		.map((code) => t[code]!)
		.filter((name) => !name.includes('(') && name !== 'العالم' && name !== 'منطقة غير معروفة');
}

/** CLDR Arabic exemplar city names of the time zones. */
export function cldrCities(): string[] {
	const j = requireJson('cldr-dates-full/main/ar/timeZoneNames.json') as { main: { ar: { dates: { timeZoneNames: { zone: unknown } } } } };
	const out: string[] = [];
	const walk = (node: unknown): void => {
		if (node === null || typeof node !== 'object') {
			return;
		}
		const rec = node as Record<string, unknown>;
		for (const key of Object.keys(rec).sort()) {
			const val = rec[key];
			if (key === 'exemplarCity' && typeof val === 'string') {
				out.push(val);
			} else {
				walk(val);
			}
		}
	};
	walk(j.main.ar.dates.timeZoneNames.zone);
	return out.filter((c) => c !== 'مدينة غير معروفة');
}

/** Where Debian's hunspell-ar package installs the Ayaspell dictionary (GPL 2 / LGPL 2.1 / MPL 1.1). */
export const HUNSPELL_AR = '/usr/share/hunspell/ar.dic';

/**
 * The words of the Arabic spelling dictionary, without their affix flags: its sections of stopwords, tools, nouns
 * and verbs (section headers and comment lines are skipped).
 */
export function dictionaryWords(): Array<[string, number]> {
	let text: string;
	try {
		text = readFileSync(HUNSPELL_AR, 'utf8');
	} catch {
		throw new Error(`cannot read ${HUNSPELL_AR}: install the Arabic spelling dictionary (apt-get install hunspell-ar)`);
	}
	const out: Array<[string, number]> = [];
	// The file is the concatenation of its source lists, each introduced by its name between lines of colons.
	let bits: number = GAZ.DICT | GAZ.VERB;
	for (const line of text.split('\n')) {
		const section = /^(\w+)(?:\.huns)?\.dic$/u.exec(line.trim());
		if (section !== null) {
			bits = section[1] === 'names' ? GAZ.DICT : section[1] === 'verb' ? GAZ.VERB : GAZ.DICT | GAZ.VERB;
			continue;
		}
		const w = line.split(/[/\t ]/u)[0]!.trim();
		if (w !== '' && /^\p{Script=Arabic}+$/u.test(w)) {
			out.push([w, bits]);
		}
	}
	return out;
}

/**
 * Where Debian's libgeonames-common package installs the Arabic names of the GeoNames places it knows (a gettext
 * catalogue from GeoNames ids to names; data CC BY 4.0, geonames.org).
 */
export const GEONAMES_AR = '/usr/share/locale/ar/LC_MESSAGES/geonames.mo';

/**
 * The translations of a compiled gettext catalogue (.mo), in the catalogue's order. The file holds a magic number
 * (which also tells the byte order), a revision, the number of strings, and the offsets of two tables of (length,
 * offset) pairs: the original strings and their translations.
 */
export function moTranslations(buf: Buffer): string[] {
	const magic = buf.length >= 20 ? buf.readUInt32LE(0) : 0;
	if (magic !== 0x950412de && magic !== 0xde120495) {
		throw new Error('not a gettext .mo catalogue');
	}
	const little = magic === 0x950412de;
	const u32 = (at: number): number => (little ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
	const count = u32(8);
	const table = u32(16);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		const len = u32(table + 8 * i);
		const off = u32(table + 8 * i + 4);
		out.push(buf.toString('utf8', off, off + len));
	}
	return out;
}

/**
 * The Arabic place names of GeoNames (cities and towns of every country): the translations of its Arabic catalogue,
 * whose message ids are GeoNames ids. Names still in Latin letters, and the empty header entry, are skipped.
 */
export function geonamesPlaces(path: string = GEONAMES_AR): string[] {
	let buf: Buffer;
	try {
		buf = readFileSync(path);
	} catch {
		throw new Error(`cannot read ${path}: install the GeoNames data (apt-get install libgeonames-common)`);
	}
	return moTranslations(buf)
		.map((name) => name.replace(/[\u200e\u200f]/gu, '').trim())
		.filter((name) => name !== '' && /^[\p{Script=Arabic}\s-]+$/u.test(name));
}

/** Every gazetteer entry with its type bits, in a stable order. */
export function gazetteerEntries(root: string): Array<[string, number]> {
	const dir = join(root, ANERGAZET_DIR);
	const entries: Array<[string, number]> = [];
	for (const name of readList(join(dir, 'ANERgazet_Pers.txt'))) {
		entries.push([name, GAZ.PER]);
	}
	for (const name of readList(join(dir, 'ANERgazet_Loc.txt'))) {
		entries.push([name, GAZ.LOC]);
	}
	for (const name of readList(join(dir, 'ANERgazet_Org.txt'))) {
		entries.push([name, GAZ.ORG]);
	}
	for (const name of cldrTerritories()) {
		entries.push([name, GAZ.COUNTRY]);
	}
	for (const name of cldrCities()) {
		entries.push([name, GAZ.CITY]);
	}
	for (const [name, type] of HOUSE_GAZETTEER) {
		entries.push([name, GAZ[type]]);
	}
	return entries;
}
