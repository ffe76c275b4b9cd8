/**
 * The NER module's public surface (re-exported by the core's index): house-style validation, entity recognition on
 * a tokenized document, spelling skeletons, and model facts for benchmarks.
 */
export { validateHouseStyle, type HouseStyleValidation } from './houseStyle';
export { nerModelInfo, resetNerModel } from './model';
export { recognize as recognizeEntities, type Mention, type Recognition } from './recognize';
export { skeleton } from './skeleton';
