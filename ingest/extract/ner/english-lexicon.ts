// The English word lists behind the tagger's features: the gazetteer and the English title/organisation heads.
import { EN_ORG_HEADS, EN_TITLE_HEADS } from '../en/lexicon.js';
import { isFirstName, isFrequentEnglish, placeTier } from '../gazetteer/index.js';
import type { NerLexicon } from './features.js';

/** Word lists for English tagging (the same ones the English rules use). */
export const englishNerLexicon: NerLexicon = {
  isFirstName,
  placeTier,
  isFrequentNoun: isFrequentEnglish,
  isTitle: (w) => EN_TITLE_HEADS.has(w.toLowerCase()),
  isOrgHead: (w) => EN_ORG_HEADS.has(w.toLowerCase()),
};
