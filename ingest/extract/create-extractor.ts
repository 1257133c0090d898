// Entry point: one typed extractor per language; compromise stays behind this module.
import type { Extraction, Extractor, Language, Release } from '../../src/domain/index.js';
import { runPipeline } from './core/pipeline.js';
import { createGermanPack } from './de/pack.js';
import { createEnglishPack } from './en/pack.js';
import { englishNerLexicon } from './ner/english-lexicon.js';
import { germanNerLexicon } from './ner/german-lexicon.js';
import { loadNerModel, type NerModel } from './ner/model.js';
import { defaultNerModelPath } from './ner/model-path.js';
import { createNameTagger } from './ner/tagger.js';
import { setupNlp } from './nlp/analyze.js';

/** Options of an extractor. */
export interface ExtractorOptions {
  /** Name-tagger model for the extractor's language; default: the committed model file; null: rules only. */
  nerModel?: NerModel | null;
}

/** Creates the extractor for one language (its tagger model is loaded here, once). */
export function createExtractor(language: Language, options: ExtractorOptions = {}): Extractor {
  setupNlp();
  const tagger = nameTagger(language, options.nerModel);
  const pack = language === 'de' ? createGermanPack(tagger) : createEnglishPack(tagger);
  return {
    language,
    extract: (release: Release): Extraction => runPipeline(release, pack),
  };
}

function nameTagger(
  language: Language,
  model: NerModel | null | undefined,
): ReturnType<typeof createNameTagger> | null {
  const m = model === undefined ? loadNerModel(defaultNerModelPath(language)) : model;
  return m ? createNameTagger(m, language === 'de' ? germanNerLexicon : englishNerLexicon) : null;
}

const extractors = new Map<Language, Extractor>();

/** Extracts entities and relations from a release with the extractor for its language. */
export function extractRelease(release: Release): Extraction {
  let ex = extractors.get(release.language);
  if (!ex) {
    ex = createExtractor(release.language);
    extractors.set(release.language, ex);
  }
  return ex.extract(release);
}
