// English word classes shared by the run classifier and the apposition reader.
import type { Token } from '../core/types.js';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../calendar/calendar-names.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import {
  EN_HONORIFICS,
  EN_INITIATIVE_HEADS,
  EN_ORG_HEADS,
  EN_POSTNOMINALS,
  EN_SITE_HEADS,
  EN_TITLE_HEADS,
} from './lexicon.js';

/** Small words that may sit inside a capitalised name ("University of St Ives"). */
export const CONNECT = new Set(['of', 'for', 'and', '&', 'the', 'de', 'upon', 'on', '/']);

/** True for a word that is a title head ("Minister", "Secretary", "Principal"). */
export const isTitleWord = (t: Token): boolean =>
  EN_TITLE_HEADS.has(t.norm.replace(/s$/, '')) || EN_TITLE_HEADS.has(t.norm);
export const tier = (w: string): string | null => placeTier(w.replace(/[’']s$/, ''));
/**
 * True for a capitalised word that may be a surname right after a first name even when it is also an ordinary
 * word ("Anna Reed", "Tom Baker"): every name word but the common-word check.
 */
export const isSurnameWord = (t: Token | undefined): boolean =>
  !!t && (isNameWord(t) || (isNameShape(t) && isCommonEnglish(t.text) && !isCalendarWord(t.norm)));

/** True for a word that can be part of a person's name. */
export const isNameWord = (t: Token | undefined): boolean =>
  isNameShape(t) && (!isCommonEnglish(t!.text) || isFirstName(t!.text));

/** A capitalised word of letters that is no title, head, honorific, post-nominal, country or region. */
const isNameShape = (t: Token | undefined): boolean =>
  !!t &&
  t.cap &&
  /^\p{Lu}[\p{L}'’\-‐–]+$/u.test(t.text) &&
  !isTitleWord(t) &&
  !EN_ORG_HEADS.has(t.norm) &&
  !EN_INITIATIVE_HEADS.has(t.norm) &&
  !EN_SITE_HEADS.has(t.norm) &&
  !EN_HONORIFICS.has(t.norm) &&
  !EN_POSTNOMINALS.has(t.text) &&
  tier(t.text) !== 'country' &&
  tier(t.text) !== 'region';

/** True for a head word of an organisation, initiative or site ("Council", "Fund", "Castle"). */
export const isHead = (t: Token): boolean =>
  EN_ORG_HEADS.has(t.norm) || EN_INITIATIVE_HEADS.has(t.norm) || EN_SITE_HEADS.has(t.norm);

/** Lower-case weekday and month names, from the calendar module. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS]);
/** True for a weekday or month name (folded form): a date, not a name. */
export const isCalendarWord = (norm: string): boolean => CALENDAR_WORDS.has(norm);
