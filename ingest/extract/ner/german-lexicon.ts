// The German word lists behind the tagger's features: the gazetteer and the title lexicon.
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanOrgHead } from '../de/org-lexicon.js';
import { germanTitle } from '../de/titles.js';
import type { NerLexicon } from './features.js';

/** Word lists for German tagging (the same ones the rules use). */
export const germanNerLexicon: NerLexicon = {
  isFirstName,
  placeTier,
  isFrequentNoun: isFrequentGermanNoun,
  isTitle: (w) => germanTitle(w) !== null,
  isOrgHead: (w) => germanOrgHead(w) !== null,
};
