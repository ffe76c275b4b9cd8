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
 *   --aqmar            also train on AQMAR (Wikipedia; MIS* → MISC)
 *   --config JSON      override the feature configuration (for experiments)
 *   --no-write         do not write the asset
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CH, DEFAULT_CONFIG, type FeatureConfig } from '../../src/core/ner/features';
import { Gazetteer } from '../../src/core/ner/lexicon';
import { aqmarTag, anercorpTag, project, readConll, SpanScore, spansOf, type TokenSentence } from './corpus';
import { gazetteerEntries } from './gazetteers';
import { decodeAll, FeatureIndex, jackknife, toData, train, WordCache, type Data, type Weights } from './perceptron';
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
	const raw = JSON.parse(json) as { masks?: Array<number | string[]>; bigrams?: number; phrases?: boolean };
	const masks = raw.masks?.map((m) => (typeof m === 'number' ? m : m.reduce((acc, name) => acc | (1 << CH[name as keyof typeof CH]), 0)));
	return { masks: masks ?? DEFAULT_CONFIG.masks, bigrams: raw.bigrams ?? DEFAULT_CONFIG.bigrams, phrases: raw.phrases ?? DEFAULT_CONFIG.phrases };
}

function main(): void {
	const t0 = Date.now();
	const config = parseConfig(arg('--config'));
	const epochs = Number(arg('--epochs') ?? DEFAULT_EPOCHS);
	const minCount = Number(arg('--min-count') ?? DEFAULT_MIN_COUNT);
	const heldout = flag('--heldout');
	const folds = Number(arg('--folds') ?? 0);

	const gaz = Gazetteer.build(gazetteerEntries(ROOT));
	const anercorp = readConll(TRAIN, anercorpTag);
	if (folds > 1) {
		crossValidate(anercorp.map(project), folds, gaz, config, epochs, minCount);
		return;
	}
	const cut = heldout ? Math.floor(anercorp.length * 0.9) : anercorp.length;
	let trainSents: TokenSentence[] = anercorp.slice(0, cut).map(project);
	const devSents = anercorp.slice(cut).map(project);
	if (flag('--aqmar')) {
		trainSents = trainSents.concat(readConll(AQMAR, aqmarTag).map(project));
	}
	const { cacheFor, full } = jackknife(trainSents, gaz, config, LEX_FOLDS);
	const devCache = new WordCache(gaz, config, full);
	const fi = FeatureIndex.build(trainSents, cacheFor, gaz, config, minCount);
	const data = toData(trainSents, cacheFor, gaz, config, fi);
	const dev = heldout ? toData(devSents, () => devCache, gaz, config, fi) : undefined;
	console.log(
		`train: ${trainSents.length} sentences, ${data.gold.length} tokens; ${fi.hashes.length} features; gazetteer ${gaz.hashes.length} hashes; ${((Date.now() - t0) / 1000).toFixed(1)} s`,
	);
	const weights: Weights = train(data, fi.hashes.length, epochs, SEED, (epoch, avg) => {
		if (dev !== undefined) {
			console.log(`epoch ${epoch}: held-out ${fmt(score(dev, decodeAll(dev, avg)))}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
		} else {
			console.log(`epoch ${epoch} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
		}
	});
	if (dev !== undefined) {
		// The shipped path: quantize, encode, decode, and tag with the run-time tagger.
		const q = quantize(weights, fi.hashes);
		const tagger = new Tagger(decodeAsset(assetBytes(q, gaz, full, config, 'held-out check')));
		const pred = new Int8Array(dev.gold.length);
		devSents.forEach((s, k) => {
			const out = new Int8Array(s.tokens.length);
			tagger.tag(s.tokens, out);
			pred.set(out, dev.sentStart[k]!);
		});
		console.log(`quantized run-time tagger (${q.hashes.length} features): held-out ${fmt(score(dev, pred))}`);
	}
	if (flag('--no-write') || heldout) {
		return;
	}
	const trainedOn = `ANERcorp CAMeL train split (${trainSents.length} sentences), ${epochs} epochs, min count ${minCount}, seed ${SEED}`;
	const { source, bytes, features } = encodeModel(weights, fi.hashes, gaz, full, config, trainedOn);
	writeFileSync(OUT, source);
	console.log(`wrote ${OUT}: ${features} features, ${bytes} bytes (${source.length} characters)`);
}

function crossValidate(all: TokenSentence[], k: number, gaz: Gazetteer, config: FeatureConfig, epochs: number, minCount: number): void {
	const total = new SpanScore();
	for (let f = 0; f < k; f++) {
		const a = Math.floor((all.length * f) / k);
		const b = Math.floor((all.length * (f + 1)) / k);
		const tr = all.slice(0, a).concat(all.slice(b));
		const { cacheFor, full } = jackknife(tr, gaz, config, LEX_FOLDS);
		const devCache = new WordCache(gaz, config, full);
		const fi = FeatureIndex.build(tr, cacheFor, gaz, config, minCount);
		const data = toData(tr, cacheFor, gaz, config, fi);
		const dev = toData(all.slice(a, b), () => devCache, gaz, config, fi);
		const w = train(data, fi.hashes.length, epochs, SEED);
		const sc = score(dev, decodeAll(dev, w));
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
