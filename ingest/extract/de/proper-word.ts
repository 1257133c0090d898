// The German proper-word test shared by the organisation, place and initiative rules.
import type { Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import { germanOrgHead } from './org-lexicon.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, looksLikeCommonNoun } from './words.js';

// Abbreviations written with a period that introduce a number or a detail ("Nr. 12", "Tel. 0123"), never a name.
const DETAIL_ABBREVIATION = /^(?:Nr|Tel|Fax|Az|Abs|Art|Bd|Bl|Ziff|Hrsg|Tsd|Mio|Mrd)$/;

/** A capitalised word that can be (part of) a proper name after a head noun. */
export function isProperWord(t: Token | undefined): boolean {
  if (!t || (!isCapWord(t) && !isAcronym(t) && !/^\d{1,4}$/.test(t.text))) return false;
  if (/^\d/.test(t.text)) return false;
  if (DETAIL_ABBREVIATION.test(t.text) && t.post.startsWith('.')) return false;
  const f = t.norm;
  if (DE_FUNCTION_WORDS.has(f) || DE_CALENDAR.has(f)) return false;
  if (germanTitle(t.text)) return false;
  if (germanOrgHead(t.text) && !isAcronym(t)) return false;
  if (looksLikeCommonNoun(t.text)) return false;
  if (t.text.length >= 4 && isFrequentGermanNoun(t.text) && !placeTier(t.text) && !isFirstName(t.text)) return false;
  return true;
}
