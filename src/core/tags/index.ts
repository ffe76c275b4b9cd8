/**
 * Keyword tags: the generator and the tag line. The public surface is re-exported from `core/index.ts`.
 */
export {
	DEFAULT_TAG_PARAMS,
	DEFAULT_TAG_WEIGHTS,
	generateTags,
	TAG_FEATURES,
	tagCandidates,
	type TagCandidate,
	type TagFeature,
	type TagOptions,
	type TagParams,
	type TagParamsInput,
} from './generate';
export {
	applyEdit,
	BodyIndex,
	cliticReadings,
	DEFAULT_TAG_LABEL,
	DEFAULT_TAG_SEPARATOR,
	findTagLine,
	findTagLines,
	formatTagLine,
	hasPersianLetters,
	lineEnding,
	locateTagLines,
	readTagLines,
	sameWord,
	tagLineEdit,
	type TagLine,
	type TagLineItem,
	type TagLineOptions,
} from './tagLine';
