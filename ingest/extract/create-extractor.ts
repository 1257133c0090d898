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

/** A function that extracts any release with the extractor for its language (each created on first use). */
export function createReleaseExtractor(options: ExtractorOptions = {}): (release: Release) => Extraction {
  // one per caller, not per module: each owner (a worker, a command, a test) holds its own extractors
  const extractors = new Map<Language, Extractor>();
  return (release) => {
    let ex = extractors.get(release.language);
    if (!ex) {
      ex = createExtractor(release.language, options);
      extractors.set(release.language, ex);
    }
    return ex.extract(release);
  };
}
