import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../../src/core/index';
import { decodeBase64, decodeInJavaScript } from '../../../src/core/ner/base64';
import { documentFeatures } from '../../../src/core/ner/document';
import { BOUNDARY, OFFSETS, phraseMatches, positionFeatures, wordFeatures, type WordFeatures, type WordToken } from '../../../src/core/ner/features';
import { Gazetteer, IntMap, SortedKeyIndex } from '../../../src/core/ner/lexicon';
import { nerTagger, type Tagger } from '../../../src/core/ner/model';
import { nameSkeleton, procliticLength, recognize, typeProcliticLength } from '../../../src/core/ner/recognize';
import { linkSkeletons, oneEditApart, skeleton } from '../../../src/core/ner/skeleton';
import { allowed, joinPersons, NTAGS, viterbi, viterbiAt } from '../../../src/core/ner/viterbi';
import { beginDocument, documentWords, typeOf, VOCAB_LIMIT, vocabEpoch } from '../../../src/core/ner/vocab';

const SAMPLE = join(__dirname, '../../../../../shared/samples/seed-article.txt');
const T = NTAGS;

/** A deterministic pseudo-random generator (LCG), so that failures reproduce. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The Viterbi decoder as first written (loops over every allowed predecessor): the oracle for the unrolled one. */
function referenceViterbi(emit: ArrayLike<number>, trans: ArrayLike<number>, n: number): number[] {
	const score = new Float64Array(n * T);
	const back = new Int8Array(n * T);
	for (let y = 0; y < T; y++) {
		score[y] = allowed(-1, y) ? emit[y]! + trans[T * T + y]! : -Infinity;
	}
	for (let i = 1; i < n; i++) {
		for (let y = 0; y < T; y++) {
			let best = -Infinity;
			let arg = 0;
			for (let p = 0; p < T; p++) {
				if (!allowed(p, y)) {
					continue;
				}
				const s = score[(i - 1) * T + p]! + trans[p * T + y]!;
				if (s > best) {
					best = s;
					arg = p;
				}
			}
			score[i * T + y] = best + emit[i * T + y]!;
			back[i * T + y] = arg;
		}
	}
	let best = -Infinity;
	let arg = 0;
	for (let y = 0; y < T; y++) {
		if (score[(n - 1) * T + y]! > best) {
			best = score[(n - 1) * T + y]!;
			arg = y;
		}
	}
	const out: number[] = new Array<number>(n);
	for (let i = n - 1; i >= 0; i--) {
		out[i] = arg;
		arg = back[i * T + arg]!;
	}
	return out;
}

/** The skeleton as first written (code points, a map and a set): the oracle for the char-code version. */
function referenceSkeleton(word: string): string {
	const fold = new Map<string, string>();
	for (const [letters, to] of [['جغقكگڨݣ', 'G'], ['تط', 'T'], ['سص', 'S'], ['زذظ', 'Z'], ['هة', 'H'], ['ىي', 'Y'], ['أإآاٱ', 'A']] as const) {
		for (const c of letters) {
			fold.set(c, to);
		}
	}
	const medial = new Set(['ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ى']);
	const letters = [...word].filter((ch) => {
		const c = ch.charCodeAt(0);
		return !((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640);
	});
	return letters.map((ch, i) => (i > 0 && i < letters.length - 1 && medial.has(ch) ? '' : (fold.get(ch) ?? ch))).join('');
}

/** linkSkeletons as first written (string keys in a Map): the oracle for the numbered keys. */
function referenceLink(skeletons: readonly string[]): number[] {
	const n = skeletons.length;
	const parent = Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
	const union = (a: number, b: number): void => {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	};
	const core = (s: string): string => s.slice(s.indexOf(':') + 1);
	const prefixOf = (s: string): string => s.slice(0, s.indexOf(':') + 1);
	const exact = new Map<string, number>();
	const deletions = new Map<string, number[]>();
	for (let i = 0; i < n; i++) {
		const sk = skeletons[i]!;
		const seen = exact.get(sk);
		if (seen !== undefined) {
			union(seen, i);
			continue;
		}
		exact.set(sk, i);
		if (core(sk).length < 3) {
			continue;
		}
		const keys = [sk];
		for (let k = 1; k < sk.length; k++) {
			keys.push(sk.slice(0, k) + '\u0000' + sk.slice(k + 1), sk.slice(0, k) + sk.slice(k + 1));
		}
		for (const key of keys) {
			const list = deletions.get(key);
			if (list === undefined) {
				deletions.set(key, [i]);
				continue;
			}
			for (const j of list) {
				const a = core(skeletons[j]!);
				const b = core(sk);
				if (Math.max(a.length, b.length) >= 4 && Math.min(a.length, b.length) >= 3 && a[0] === b[0] && prefixOf(skeletons[j]!) === prefixOf(sk) && oneEditApart(a, b)) {
					union(j, i);
				}
			}
			if (list.length < 8) {
				list.push(i);
			}
		}
	}
	return parent.map((_, i) => find(i));
}

/**
 * The tagger as the trainer sees it: float32 emissions summed feature by feature from `wordFeatures` and
 * `positionFeatures`, document features from `documentFeatures`, and the plain Viterbi. The run time must agree.
 */
function referenceTags(tagger: Tagger, sentences: ReadonlyArray<readonly WordToken[]>): number[] {
	const { model } = tagger;
	const config = model.header.config;
	const feats = (t: WordToken): WordFeatures => wordFeatures(t, model.gazetteer, config, model.lexicon);
	const add = (id: number, emit: Float32Array, base: number): void => {
		const row = model.rows.get(id);
		if (row >= 0) {
			for (let y = 0; y < T; y++) {
				emit[base + y]! += model.weights[row * T + y]!;
			}
		}
	};
	const boundary = feats(BOUNDARY);
	const total = sentences.reduce((n, s) => n + s.length, 0);
	const emit = new Float32Array(total * T);
	const tags: number[] = [];
	const sentStart = [0];
	for (const s of sentences) {
		const a = sentStart[sentStart.length - 1]!;
		const words = s.map(feats);
		const phrases = config.phrases ? phraseMatches(words, model.gazetteer) : undefined;
		for (let i = 0; i < s.length; i++) {
			const base = (a + i) * T;
			OFFSETS.forEach((off, o) => {
				const w = i + off < 0 || i + off >= s.length ? boundary : words[i + off]!;
				for (const id of w.ids[o]!) {
					add(id, emit, base);
				}
			});
			const buf: number[] = [];
			positionFeatures(words, i, phrases, config, buf);
			for (const id of buf) {
				add(id, emit, base);
			}
		}
		tags.push(...referenceViterbi(emit.subarray(a * T), model.trans, s.length));
		sentStart.push(a + s.length);
	}
	if ((config.doc ?? 0) === 0) {
		return tags;
	}
	const keys = sentences.flat().map((t) => (t.kind === 'word' ? t.key : undefined));
	const df = documentFeatures(keys, tags, sentStart, config.doc, config.stack === true);
	for (let i = 0; i < total; i++) {
		for (let k = df.start[i]!; k < df.start[i + 1]!; k++) {
			add(df.ids[k]!, emit, i * T);
		}
	}
	const out: number[] = [];
	for (let s = 0; s < sentences.length; s++) {
		out.push(...referenceViterbi(emit.subarray(sentStart[s]! * T), model.trans, sentences[s]!.length));
	}
	if (config.joinPersons === true) {
		// The same post-decoding rule as the tagger, on the reference tags.
		const joined = Int8Array.from(out);
		for (let s = 0; s < sentences.length; s++) {
			joinPersons(joined, sentStart[s]!, sentStart[s + 1]!, (i) => keys[i]);
		}
		return Array.from(joined);
	}
	return out;
}

suite('ner/fast paths: the same results as the straightforward code', () => {
	test('the unrolled Viterbi decodes like the loops, ties, -Infinity and offsets included', () => {
		const rnd = random(1);
		for (let r = 0; r < 500; r++) {
			const n = 1 + Math.floor(rnd() * 25);
			const emit = Float32Array.from({ length: n * T }, () => (rnd() < 0.3 ? 1 : Math.round((rnd() - 0.5) * 40)));
			const trans = Float32Array.from({ length: (T + 1) * T }, () => (rnd() < 0.2 ? 0 : rnd() < 0.05 ? -Infinity : (rnd() - 0.5) * 8));
			const out = new Int8Array(n);
			viterbi(emit, trans, n, out);
			assert.deepEqual(Array.from(out), referenceViterbi(emit, trans, n), `round ${r}`);
			const padded = new Int32Array((n + 3) * T);
			padded.set(Int32Array.from(emit), 3 * T);
			const at = new Int8Array(n + 2);
			viterbiAt(padded, 3 * T, trans, n, at, 2);
			assert.deepEqual(Array.from(at.subarray(2)), referenceViterbi(emit, trans, n), `round ${r} (offsets)`);
		}
		// Ties everywhere: the lowest predecessor and the lowest last tag win.
		for (let n = 1; n < 6; n++) {
			for (const fill of [0, 1, -Infinity]) {
				const emit = new Float32Array(n * T);
				const trans = new Float32Array((T + 1) * T).fill(fill);
				const out = new Int8Array(n);
				viterbi(emit, trans, n, out);
				assert.deepEqual(Array.from(out), referenceViterbi(emit, trans, n));
				for (let y = 0; y < T; y++) {
					// One tag preferred at every position: ties among its predecessors.
					const one = new Float32Array(n * T);
					for (let i = 0; i < n; i++) {
						one[i * T + y] = 1;
					}
					viterbi(one, trans, n, out);
					assert.deepEqual(Array.from(out), referenceViterbi(one, trans, n), `tag ${y}, fill ${fill}`);
					// Preferred at the last position only: every predecessor before it ties.
					const last = new Float32Array(n * T);
					last[(n - 1) * T + y] = 1;
					viterbi(last, trans, n, out);
					assert.deepEqual(Array.from(out), referenceViterbi(last, trans, n), `last tag ${y}, fill ${fill}`);
				}
			}
		}
	});

	test('the sorted-key index finds what a hash table finds', () => {
		const rnd = random(2);
		const keys = Int32Array.from({ length: 3000 }, () => Math.floor(rnd() * 2 ** 32) | 0).sort((a, b) => (a >>> 0) - (b >>> 0));
		keys[1000] = keys[999]!; // a key listed twice: the last one wins, as in IntMap
		const index = SortedKeyIndex.of(keys)!;
		const map = new IntMap(keys.length);
		keys.forEach((k, i) => map.set(k, i));
		for (let i = 0; i < keys.length; i++) {
			assert.equal(index.get(keys[i]!), map.get(keys[i]!));
		}
		for (let r = 0; r < 3000; r++) {
			const k = Math.floor(rnd() * 2 ** 32) | 0;
			assert.equal(index.get(k), map.get(k));
		}
		assert.equal(SortedKeyIndex.of(Int32Array.of(5, 3)), undefined);
		assert.equal(SortedKeyIndex.of(new Int32Array(0))!.get(0), -1);
		// A gazetteer gives the same bits whether its hashes come sorted or not.
		const bits = Uint8Array.from(keys, (_, i) => i % 200);
		const shuffled = Int32Array.from(keys).reverse();
		const a = new Gazetteer(keys, bits);
		const b = new Gazetteer(shuffled, Uint8Array.from(bits).reverse());
		for (let i = 0; i < keys.length; i += 7) {
			assert.equal(a.bitsOf(keys[i]!), b.bitsOf(keys[i]!));
		}
	});

	test('base64 through atob gives the bytes of the JavaScript decoder, or falls back to it', () => {
		const rnd = random(3);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
		for (let r = 0; r < 20000; r++) {
			let text = '';
			const n = Math.floor(rnd() * 13);
			for (let i = 0; i < n; i++) {
				const x = rnd();
				text += x < 0.15 ? '=' : x < 0.18 ? ' \n\t\f!é'[Math.floor(rnd() * 6)] : alphabet[Math.floor(rnd() * 64)];
			}
			const fast = decodeBase64(text);
			const slow = decodeInJavaScript(text);
			assert.deepEqual(fast === undefined ? undefined : Array.from(fast), slow === undefined ? undefined : Array.from(slow), JSON.stringify(text));
		}
	});

	test('skeletons and their links are those of the original code', () => {
		const rnd = random(4);
		const letters = 'جغقكتطسصزذظهةىيأإآاٱوبنرملعحخشضفثد' + '\u064e\u0651\u0640\u0670' + 'ab\ud83d\ude00';
		const words = Array.from({ length: 3000 }, () => {
			let w = '';
			const n = Math.floor(rnd() * 8);
			for (let i = 0; i < n; i++) {
				w += letters[Math.floor(rnd() * letters.length)];
			}
			return w + (rnd() < 0.05 ? '\ud83d' : '');
		});
		for (const w of words) {
			assert.equal(skeleton(w), referenceSkeleton(w), JSON.stringify(w));
		}
		// Many near-identical skeletons, so that the deletion index fills its lists of eight.
		const skeletons = words.slice(0, 600).map((w) => (rnd() < 0.3 ? 'ال:' : '') + skeleton('بر' + w.slice(0, 3)));
		assert.deepEqual(Array.from(linkSkeletons(skeletons)), referenceLink(skeletons));
		assert.deepEqual(Array.from(linkSkeletons(words.map(nameSkeleton))), referenceLink(words.map(nameSkeleton)));
		// A tiny alphabet: keys shared by many skeletons (past the eight a key keeps), and many pairs that share a key
		// without being linked (too short, or one with the article marker).
		for (let round = 0; round < 20; round++) {
			const crowded = Array.from({ length: 300 }, () => {
				let w = rnd() < 0.3 ? 'ال:' : '';
				const n = 3 + Math.floor(rnd() * 3);
				for (let i = 0; i < n; i++) {
					w += 'abc'[Math.floor(rnd() * 3)];
				}
				return w;
			});
			assert.deepEqual(Array.from(linkSkeletons(crowded)), referenceLink(crowded), `round ${round}`);
		}
		// A key keeps its first eight items: seven unlinkable ones (another marker before the colon) leave room for
		// «ا:mxyz», which «ا:mxyzw» then meets; eight do not.
		for (const fillers of [7, 8]) {
			const items = [...'bcdefghi'.slice(0, fillers)].map((c) => 'ا' + c + ':mxyz').concat(['ا:mxyz', 'ا:mxyzw']);
			const groups = Array.from(linkSkeletons(items));
			assert.deepEqual(groups, referenceLink(items));
			assert.equal(groups[fillers + 1] === fillers, fillers === 7);
		}
	});

	test('the tagger tags like the trainer’s reference computation', () => {
		const tagger = nerTagger()!;
		const doc = tokenize(readFileSync(SAMPLE, 'utf8'));
		const sentences = doc.sentences.map((s) => doc.tokens.slice(s.firstToken, s.endToken).map((t): WordToken => ({ key: t.key, kind: t.kind, script: t.script })));
		assert.deepEqual(
			tagger.tagSentences(sentences).flatMap((t) => Array.from(t)),
			referenceTags(tagger, sentences),
		);
	});

	test('proclitic lengths from the cached readings equal those of procliticLength', () => {
		const gaz = nerTagger()!.model.gazetteer;
		const doc = tokenize(readFileSync(SAMPLE, 'utf8'));
		beginDocument();
		const words = documentWords(doc.tokens);
		const docKeys = new Set(doc.tokens.filter((t) => t.kind === 'word').map((t) => t.key));
		for (const t of doc.tokens) {
			const type = typeOf(t.key);
			assert.equal(typeProcliticLength(type, words.stamp, gaz), procliticLength(t.key, docKeys, gaz), t.key);
			assert.equal(typeProcliticLength(type, words.stamp, undefined), procliticLength(t.key, docKeys, undefined), t.key);
		}
	});

	test('when the word table starts afresh, the entities are the same', () => {
		const doc = tokenize(readFileSync(SAMPLE, 'utf8'));
		const before = JSON.stringify(recognize(doc));
		const epoch = vocabEpoch();
		for (let i = 0; i < VOCAB_LIMIT; i++) {
			typeOf('filler' + i);
		}
		const after = JSON.stringify(recognize(doc));
		assert.notEqual(vocabEpoch(), epoch);
		assert.equal(after, before);
	});
});
