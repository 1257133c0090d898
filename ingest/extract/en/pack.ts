// The English language pack (filled in by the English rules).
import type { LanguagePack } from '../core/pack.js';
import { findEnglishDate } from '../core/dates.js';

/** English language pack. */
export const englishPack: LanguagePack = {
  language: 'en',
  recognise: () => ({ candidates: [], titleRefs: [] }),
  visitCue: () => -1,
  isSpeechCue: () => false,
  pronouns: new Set(['he', 'she']),
  titleKey: (t) => t.toLowerCase(),
  implicitOrg: () => undefined,
  findDate: findEnglishDate,
};
