// Entry point: one typed extractor per language; compromise stays behind this module.
import type { Extraction, Extractor, Language, Release } from '../../src/domain/index.js';
import { runPipeline } from './core/pipeline.js';
import { germanPack } from './de/pack.js';
import { englishPack } from './en/pack.js';

/** Creates the extractor for one language. */
export function createExtractor(language: Language): Extractor {
  const pack = language === 'de' ? germanPack : englishPack;
  return {
    language,
    extract: (release: Release): Extraction => runPipeline(release, pack),
  };
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
