// Read access to compromise's English lexicon (which words are ordinary English words).
import nlp from 'compromise';
import { isFrequentEnglish, placeTier } from '../gazetteer/index.js';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAMEISH = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'Person',
  'ProperNoun',
  'LastName',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'Honorific',
]);

/** The compromise tag of a lower-case English word, if it has one. */
export function englishTag(word: string): string | undefined {
  const t = lexicon[word.toLowerCase()];
  return Array.isArray(t) ? t[0] : t;
}

/** True for ordinary English words ("The", "Tomorrow", "Afterwards"), false for names and unknown words. */
export function isCommonEnglish(word: string): boolean {
  const tag = englishTag(word);
  if (tag !== undefined) return !NAMEISH.has(tag);
  return isFrequentEnglish(word) && !placeTier(word);
}
