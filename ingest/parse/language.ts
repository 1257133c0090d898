import type { Language } from '../../src/domain/release.js';

// Frequent function words that are (almost) never words of the other language.
const GERMAN = new Set(
  'der die das und ist nicht mit für auf den dem des ein eine einen einer im sich von zu wird werden wurde auch als bei nach aus sind wir sie er es ich über vor zum zur durch oder aber noch wie hat haben dass mehr sowie unter'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and of to is for with on that was by at from are has have this will be been which their its who said also were more than they he she it we our after about into would there'.split(
    ' ',
  ),
);

/** Detects German or English by counting common function words; ties go to German unless no umlaut appears. */
export function detectLanguage(text: string): Language {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) de++;
    else if (ENGLISH.has(word)) en++;
  }
  if (de !== en) return de > en ? 'de' : 'en';
  return /[äöüß]/iu.test(text) || de > 0 ? 'de' : 'en';
}
