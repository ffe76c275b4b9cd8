/**
 * The public surface of Isnad's core: adapters (VS Code, CLI, scripts) import only from here.
 * The core is pure TypeScript: a string goes in, plain data comes out; it imports neither `vscode` nor Node.
 */
export { analyze, analyzeDocument, type DocumentAnalysis } from './analyze';
export type { AnalyzeOptions, RuleMeta } from './analyzers/analyzer';
export { ANALYZERS, RULES, ruleById } from './analyzers/index';
export { className } from './analyzers/cues';
export { fingerprint, hash53, sentenceKey } from './fingerprint';
export { formatFindings } from './format';
export { LineIndex } from './lineIndex';
export { matchKey, normalize, toOriginal, type Normalized } from './normalize/normalize';
export { guessStem, lookupWithClitics, segmentations, type Segmentation } from './tokenize/clitics';
export { tokenize } from './tokenize/tokenize';
export { nerModelInfo, recognizeEntities, resetNerModel, skeleton, validateHouseStyle, type HouseStyleValidation } from './ner/index';
export * from './tags/index';
export { isStopword, stopwordClass, STOPWORDS_ISO_AR } from './lexicon/stopwords';
export type * from './types';
