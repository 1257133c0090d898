export { bioAllowed, bioSpans, spansToBio, type TokenSpan } from './bio.js';
export {
  contextFeatures,
  neighbourFeatures,
  pairFeatures,
  placePairs,
  sentenceFeatures,
  wordShape,
  wordView,
  NEIGHBOURS,
  type NerLexicon,
  type WordView,
  type WordClusters,
  clusterKey,
  clusterTags,
} from './features.js';
export { loadNerModel, parseNerModel, serializeNerModel, NER_MODEL_FORMAT, type NerModel } from './model.js';
export { createNameTagger, type NameTagger } from './tagger.js';
export { germanNerLexicon } from './german-lexicon.js';
export { englishNerLexicon } from './english-lexicon.js';
export { viterbi } from './viterbi.js';
