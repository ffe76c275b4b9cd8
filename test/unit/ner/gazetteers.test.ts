import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geonamesPlaces, moTranslations } from '../../../scripts/ner/gazetteers';

/** A gettext .mo catalogue of the given (id, translation) pairs, as msgfmt writes it (little-endian, no hash table). */
function mo(pairs: ReadonlyArray<readonly [string, string]>, bigEndian = false): Buffer {
	const enc = (s: string): Buffer => Buffer.from(s, 'utf8');
	const ids = pairs.map(([id]) => enc(id));
	const strs = pairs.map(([, t]) => enc(t));
	const n = pairs.length;
	const origTable = 28;
	const transTable = origTable + 8 * n;
	let at = transTable + 8 * n;
	const header = Buffer.alloc(at);
	const w = (v: number, off: number): void => void (bigEndian ? header.writeUInt32BE(v, off) : header.writeUInt32LE(v, off));
	w(0x950412de, 0);
	w(0, 4);
	w(n, 8);
	w(origTable, 12);
	w(transTable, 16);
	w(0, 20);
	w(at, 24);
	const bodies: Buffer[] = [];
	for (const [table, list] of [[origTable, ids], [transTable, strs]] as const) {
		list.forEach((b, i) => {
			w(b.length, table + 8 * i);
			w(at, table + 8 * i + 4);
			bodies.push(b, Buffer.from([0]));
			at += b.length + 1;
		});
	}
	return Buffer.concat([header, ...bodies]);
}

suite('ner trainer: GeoNames place names (trainer option "geo")', () => {
	test('the translations of a .mo catalogue are read in either byte order', () => {
		const pairs = [['', 'Content-Type: text/plain; charset=UTF-8\n'], ['101628', 'تبوك'], ['105299', 'خميس مشيط']] as const;
		assert.deepEqual(moTranslations(mo(pairs)), pairs.map(([, t]) => t));
		assert.deepEqual(moTranslations(mo(pairs, true)), pairs.map(([, t]) => t));
		assert.throws(() => moTranslations(Buffer.from('not a catalogue at all')), /not a gettext/u);
	});

	test('only Arabic names are kept, without direction marks; a missing file says what to install', () => {
		const dir = mkdtempSync(join(tmpdir(), 'isnad-mo-'));
		const file = join(dir, 'geonames.mo');
		writeFileSync(file, mo([['', 'Project-Id-Version: x\n'], ['101312', 'طريف\u200e\u200e'], ['101554', 'Tārūt'], ['105299', 'خميس مشيط']]));
		assert.deepEqual(geonamesPlaces(file), ['طريف', 'خميس مشيط']);
		assert.throws(() => geonamesPlaces(join(dir, 'absent.mo')), /apt-get install libgeonames-common/u);
	});
});
