/**
 * `npm run train:ner`: trains the named-entity model on the ANERcorp train split (CAMeL split) and writes the
 * compact model asset src/core/ner/model.generated.ts. Deterministic: fixed seeds and stable iteration order.
 *
 * Flags:
 *   --heldout          train on the first 90% of the train sentences and report F1 on the last 10% after each epoch
 *                      (the test split is never read here)
 *   --epochs N         passes over the data (default: the tuned value below)
 *   --min-count N      drop features seen fewer than N times (default below)
 *   --folds K          K-fold cross-validation on contiguous blocks of the train split; prints the mean F1
 *   --no-aqmar         train on ANERcorp alone (by default AQMAR is added: Wikipedia; MIS* → O, see corpus.ts)
 *   --no-adapt         AQMAR's features are not given corpus-private copies (domain adaptation, Daumé 2007)
 *   --config JSON      override the feature configuration (for experiments; {"dict": true} reads Debian's
 *                      hunspell-ar, {"geo": true} adds GeoNames' Arabic place names from libgeonames-common)
 *   --no-write         do not write the asset
 *   --dump FILE        with --folds: append every held-out sentence (keys, gold and predicted tags) to FILE as JSON
 *   --oracle-gazetteer F  with --folds only, an analysis: the gazetteer also holds the gold PER/LOC/ORG names of a
 *                      share F of the train sentences (held-out folds included), to measure what a larger gazetteer
 *                      would be worth; never for a shipped model
 *                      lines, to try post-rules without training again
 *
 * Environment: NER_SEEDS (models averaged, default 1), NER_DOC_RATE, NER_DOC_FOLDS, NER_LEX_FOLDS (see below).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CH, DEFAULT_CONFIG, type FeatureConfig } from '../../src/core/ner/features';
import { joinPersons, NTAGS } from '../../src/core/ner/viterbi';
import { GAZ, Gazetteer } from '../../src/core/ner/lexicon';
import { aqmarTag, anercorpTag, project, readConll, SpanScore, spansOf, type TokenSentence } from './corpus';
import { dictionaryWords, gazetteerEntries, geonamesPlaces } from './gazetteers';
import { decodeAll, FeatureIndex, jackknife, toData, train, WordCache, type Data, type DocFor, type SentenceDoc, type Weights } from './perceptron';
import { documentFeatures } from '../../src/core/ner/document';
import { assetBytes, encodeModel, quantize } from './asset';
import { decodeAsset } from '../../src/core/ner/asset';
import { Tagger } from '../../src/core/ner/model';

const ROOT = resolve(__dirname, '../../..');
const TRAIN = join(ROOT, '../shared/data/anercorp/ANERcorp_CAMeLsplit_reconstructed_train.txt');
const AQMAR = join(ROOT, '../shared/data/aqmar/AQMAR_Arabic_NER_corpus-1.0_concatenated.txt');
const OUT = join(ROOT, 'src/core/ner/model.generated.ts');

const DEFAULT_EPOCHS = 12;
const DEFAULT_MIN_COUNT = 2;
const SEED = 20240917;
/** Blocks of the jackknifed training lexicon (0 or 1: no lexicon features from other blocks). */
const LEX_FOLDS = Number(process.env['NER_LEX_FOLDS'] ?? 5);
/** Blocks of the jackknifed first pass whose tags feed the document features of the training data. */
const DOC_FOLDS = Number(process.env['NER_DOC_FOLDS'] ?? 5);
/** Share of the training updates that see the document features (the rest train the first pass of the same model). */
const DOC_RATE = Number(process.env['NER_DOC_RATE'] ?? 0.5);
/** How many differently shuffled models the shipped model averages. */
const SEEDS = Number(process.env['NER_SEEDS'] ?? 1);

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

function score(data: Data, pred: Int8Array): SpanScore {
	const sc = new SpanScore();
	const nSent = data.sentStart.length - 1;
	for (let s = 0; s < nSent; s++) {
		const a = data.sentStart[s]!;
		const b = data.sentStart[s + 1]!;
		sc.add(spansOf(data.gold.subarray(a, b)), spansOf(pred.subarray(a, b)));
	}
	return sc;
}

function fmt(sc: SpanScore): string {
	const all = sc.prf();
	const names = ['PER', 'LOC', 'ORG', 'MISC'];
	const per = names.map((n, t) => `${n} ${(100 * sc.prf([t]).f).toFixed(1)}`).join('  ');
	return `F1 ${(100 * all.f).toFixed(2)} (P ${(100 * all.p).toFixed(1)} R ${(100 * all.r).toFixed(1)})  ${per}  PLO ${(100 * sc.prf([0, 1, 2]).f).toFixed(2)}`;
}

/** A configuration override: masks may name channels, e.g. {"masks": [["W"], ["W","STEM"], …]}. */
function parseConfig(json: string | undefined): FeatureConfig {
	if (json === undefined) {
		return DEFAULT_CONFIG;
	}
	const raw = JSON.parse(json) as { masks?: Array<number | string[]>; bigrams?: number; phrases?: boolean; known?: number; joinPersons?: boolean; dict?: boolean; geo?: boolean };
	const masks = raw.masks?.map((m) => (typeof m === 'number' ? m : m.reduce((acc, name) => acc | (1 << CH[name as keyof typeof CH]), 0)));
	return { ...DEFAULT_CONFIG, ...raw, masks: masks ?? DEFAULT_CONFIG.masks };
}

/**
 * The document features of sentences given their first-pass tags: the sentences are read in order, in runs of one
 * corpus (a window never crosses from one corpus into another).
 */
function docFeaturesOf(sentences: readonly TokenSentence[], tags: readonly Int8Array[], config: FeatureConfig): SentenceDoc[] {
	const out: SentenceDoc[] = new Array<SentenceDoc>(sentences.length);
	let a = 0;
	while (a < sentences.length) {
		let b = a + 1;
		while (b < sentences.length && (sentences[b]!.domain ?? 0) === (sentences[a]!.domain ?? 0)) {
			b++;
		}
		const keys: Array<string | undefined> = [];
		const flat: number[] = [];
		const sentStart: number[] = [0];
		for (let k = a; k < b; k++) {
			const s = sentences[k]!;
			s.tokens.forEach((t, i) => {
				keys.push(t.kind === 'word' ? t.key : undefined);
				flat.push(tags[k]![i]!);
			});
			sentStart.push(keys.length);
		}
		const df = documentFeatures(keys, flat, sentStart, config.doc, config.stack === true);
		for (let k = a; k < b; k++) {
			const t0 = sentStart[k - a]!;
			const t1 = sentStart[k - a + 1]!;
			const start = new Int32Array(t1 - t0 + 1);
			for (let i = t0; i <= t1; i++) {
				start[i - t0] = df.start[i]! - df.start[t0]!;
			}
			out[k] = { start, ids: df.ids.slice(df.start[t0]!, df.start[t1]!) };
		}
		a = b;
	}
	return out;
}

/** A trained model and what tagging new text with it needs. */
interface Fitted {
	readonly weights: Weights;
	readonly fi: FeatureIndex;
	readonly lexicon: Gazetteer;
	readonly devCache: WordCache;
}

/** Splits per-sentence tags out of a flat prediction. */
function perSentence(data: Data, pred: Int8Array): Int8Array[] {
	const out: Int8Array[] = [];
	for (let s = 0; s + 1 < data.sentStart.length; s++) {
		out.push(pred.slice(data.sentStart[s]!, data.sentStart[s + 1]!));
	}
	return out;
}

/**
 * Trains on sentences. With document features, the first-pass tags of the training sentences come from models
 * trained on the other blocks (jackknifed), so the second pass learns how far to trust a first pass on new text.
 */
function fit(
	sents: readonly TokenSentence[],
	gaz: Gazetteer,
	config: FeatureConfig,
	epochs: number,
	minCount: number,
	log?: (line: string) => void,
	onEpoch?: (epoch: number, model: Fitted) => void,
): Fitted {
	let docFor: DocFor | undefined;
	if (config.doc > 0) {
		const first: Int8Array[] = new Array<Int8Array>(sents.length);
		const inner = { ...config, doc: 0 };
		for (let f = 0; f < DOC_FOLDS; f++) {
			const a = Math.floor((sents.length * f) / DOC_FOLDS);
			const b = Math.floor((sents.length * (f + 1)) / DOC_FOLDS);
			const m = fit(sents.slice(0, a).concat(sents.slice(b)), gaz, inner, epochs, minCount);
			const held = sents.slice(a, b);
			const { data, pred } = predict(m, held, gaz, inner);
			perSentence(data, pred).forEach((t, k) => (first[a + k] = t));
			log?.(`first pass, block ${f + 1}/${DOC_FOLDS}`);
		}
		const docs = docFeaturesOf(sents, first, config);
		docFor = (k) => docs[k];
	}
	const { cacheFor, full } = jackknife(sents, gaz, config, LEX_FOLDS);
	const fi = FeatureIndex.build(sents, cacheFor, gaz, config, minCount, docFor);
	const data = toData(sents, cacheFor, gaz, config, fi, docFor);
	log?.(`train: ${sents.length} sentences, ${data.gold.length} tokens; ${fi.hashes.length} features`);
	const devCache = new WordCache(gaz, config, full);
	const rate = config.doc > 0 ? DOC_RATE : 1;
	let weights = train(data, fi.hashes.length, epochs, SEED, onEpoch && ((epoch, avg) => onEpoch(epoch, { weights: avg, fi, lexicon: full, devCache })), rate);
	// The shipped model (not the jackknifed first passes): the mean of models trained on differently shuffled
	// orders of the same data (a linear model, so the mean is one model of the same features).
	const seeds = config.doc > 0 ? SEEDS : 1;
	if (seeds > 1) {
		const w = Float64Array.from(weights.w);
		const tr = Float64Array.from(weights.trans);
		for (let k = 1; k < seeds; k++) {
			const more = train(data, fi.hashes.length, epochs, SEED + 7919 * k, undefined, rate);
			more.w.forEach((x, i) => (w[i]! += x));
			more.trans.forEach((x, i) => (tr[i]! += x));
			log?.(`model ${k + 1}/${seeds}`);
		}
		weights = { w: Float32Array.from(w, (x) => x / seeds), trans: Float32Array.from(tr, (x) => x / seeds) };
	}
	return { weights, fi, lexicon: full, devCache };
}

/** Tags sentences with a fitted model (training-side weights), in two passes when it has document features. */
function predict(m: Fitted, sents: readonly TokenSentence[], gaz: Gazetteer, config: FeatureConfig): { data: Data; pred: Int8Array } {
	const weights = m.weights;
	const data0 = toData(sents, () => m.devCache, gaz, config, m.fi);
	const pred0 = decodeAll(data0, weights, false);
	if (config.doc <= 0) {
		return { data: data0, pred: pred0 };
	}
	const docs = docFeaturesOf(sents, perSentence(data0, pred0), config);
	const data1 = toData(sents, () => m.devCache, gaz, config, m.fi, (k) => docs[k]);
	const pred = decodeAll(data1, weights, true);
	if (config.joinPersons === true) {
		sents.forEach((s, k) => {
			const a = data1.sentStart[k]!;
			joinPersons(pred, a, data1.sentStart[k + 1]!, (i) => (s.tokens[i - a]!.kind === 'word' ? s.tokens[i - a]!.key : undefined));
		});
	}
	return { data: data1, pred };
}

/**
 * The gold PER/LOC/ORG names of a share of the sentences (chosen by a fixed hash of the sentence number), as
 * gazetteer entries: a stand-in for an external gazetteer that covers that share of the names (`--oracle-gazetteer`).
 */
function oracleNames(sentences: readonly TokenSentence[], share: number): Array<[string, number]> {
	const bits = [GAZ.PER, GAZ.LOC, GAZ.ORG];
	const out: Array<[string, number]> = [];
	sentences.forEach((s, k) => {
		if ((Math.imul(k + 1, 2654435761) >>> 0) / 2 ** 32 >= share) {
			return;
		}
		for (const [a, b, type] of spansOf(s.gold)) {
			if (type < bits.length) {
				out.push([s.tokens.slice(a, b).map((t) => t.key).join(' '), bits[type]!]);
			}
		}
	});
	console.log(`oracle gazetteer: ${out.length} gold names of ${Math.round(100 * share)}% of the sentences`);
	return out;
}

function main(): void {
	const t0 = Date.now();
	const config = parseConfig(arg('--config'));
	const epochs = Number(arg('--epochs') ?? DEFAULT_EPOCHS);
	const minCount = Number(arg('--min-count') ?? DEFAULT_MIN_COUNT);
	const heldout = flag('--heldout');
	const folds = Number(arg('--folds') ?? 0);
	const log = (line: string): void => console.log(`${line}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

	const base: Array<[string, number]> = [...gazetteerEntries(ROOT)];
	if (config.geo === true) {
		base.push(...geonamesPlaces().map((name): [string, number] => [name, GAZ.CITY]));
	}
	let gaz = Gazetteer.build(config.dict === true ? [...base, ...dictionaryWords()] : base);
	const anercorp = readConll(TRAIN, anercorpTag);
	const oracle = Number(arg('--oracle-gazetteer') ?? 0);
	if (oracle > 0) {
		if (folds <= 1) {
			throw new Error('--oracle-gazetteer is an analysis for --folds only: it puts gold names in the gazetteer');
		}
		gaz = Gazetteer.build([...base, ...oracleNames(anercorp.map(project), oracle)]);
	}
	const extra: TokenSentence[] = [];
	if (!flag('--no-aqmar')) {
		for (const s of readConll(AQMAR, aqmarTag).map(project)) {
			extra.push(flag('--no-adapt') ? s : { ...s, domain: 1 });
		}
	}
	if (folds > 1) {
		crossValidate(anercorp.map(project), folds, gaz, config, epochs, minCount, extra);
		return;
	}
	const cut = heldout ? Math.floor(anercorp.length * 0.9) : anercorp.length;
	const trainSents: TokenSentence[] = anercorp.slice(0, cut).map(project).concat(extra);
	const devSents = anercorp.slice(cut).map(project);
	const m = fit(trainSents, gaz, config, epochs, minCount, log, (epoch, sofar) => {
		if (heldout) {
			const { data, pred } = predict(sofar, devSents, gaz, config);
			log(`epoch ${epoch}: held-out ${fmt(score(data, pred))}`);
		} else {
			log(`epoch ${epoch}`);
		}
	});
	if (heldout) {
		const { data } = predict(m, devSents, gaz, config);
		// The shipped path: quantize, encode, decode, and tag with the run-time tagger.
		const q = quantize(shippedWeights(m), m.fi.hashes);
		const tagger = new Tagger(decodeAsset(assetBytes(q, gaz, m.lexicon, config, 'held-out check')));
		const pred = new Int8Array(data.gold.length);
		const docTags = tagger.tagSentences(devSents.map((s) => s.tokens));
		docTags.forEach((t, k) => pred.set(t, data.sentStart[k]!));
		console.log(`quantized run-time tagger (${q.hashes.length} features): held-out ${fmt(score(data, pred))}`);
	}
	if (flag('--no-write') || heldout) {
		return;
	}
	const corpora = `ANERcorp CAMeL train split (${cut} sentences)` + (extra.length > 0 ? ` + AQMAR (${extra.length} sentences${flag('--no-adapt') ? '' : ', domain-adapted'})` : '');
	const trainedOn = `${corpora}, ${epochs} epochs, min count ${minCount}, seed ${SEED}` + (SEEDS > 1 ? `, mean of ${SEEDS} shuffles` : '');
	const { source, bytes, features } = encodeModel(shippedWeights(m), m.fi.hashes, gaz, m.lexicon, config, trainedOn);
	writeFileSync(OUT, source);
	console.log(`wrote ${OUT}: ${features} features, ${bytes} bytes (${source.length} characters)`);
}

/** The weights to ship: the corpus-private feature copies are zeroed (pruned by the quantizer). */
function shippedWeights(m: Fitted): Weights {
	const w = Float32Array.from(m.weights.w);
	m.fi.hashes.forEach((h, i) => {
		if (m.fi.private.has(h)) {
			w.fill(0, i * NTAGS, (i + 1) * NTAGS);
		}
	});
	return { w, trans: m.weights.trans };
}

function crossValidate(all: TokenSentence[], k: number, gaz: Gazetteer, config: FeatureConfig, epochs: number, minCount: number, extra: readonly TokenSentence[]): void {
	const total = new SpanScore();
	for (let f = 0; f < k; f++) {
		const a = Math.floor((all.length * f) / k);
		const b = Math.floor((all.length * (f + 1)) / k);
		const m = fit(all.slice(0, a).concat(all.slice(b), extra), gaz, config, epochs, minCount);
		const { data, pred } = predict(m, all.slice(a, b), gaz, config);
		const sc = score(data, pred);
		const dump = arg('--dump');
		if (dump !== undefined) {
			const held = all.slice(a, b);
			const lines = held.map((s, k) => JSON.stringify({ w: s.tokens.map((t) => t.key), g: Array.from(s.gold), p: Array.from(pred.subarray(data.sentStart[k]!, data.sentStart[k + 1]!)) }));
			appendFileSync(dump, lines.join('\n') + '\n');
		}
		for (let t = 0; t < 4; t++) {
			total.tp[t]! += sc.tp[t]!;
			total.fp[t]! += sc.fp[t]!;
			total.fn[t]! += sc.fn[t]!;
		}
		console.log(`fold ${f + 1}/${k}: ${fmt(sc)}`);
	}
	console.log(`pooled: ${fmt(total)}`);
}

main();
