// A site named by its town's adjective: "in der Talheimer Stadthalle", "den Kleinfurter Kurpark", "das Nordheider Schloss".
import { fold } from '../../../src/domain/index.js';
import type { Doc, Token } from '../core/types.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanOrgHead } from './org-lexicon.js';
import { buildingGender } from './place-building.js';
import { isSite } from './place-sites.js';
import { isToponymShaped } from './place-toponym.js';
import { germanTitle } from './titles.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, denominalizeGenitive, looksLikeCommonNoun } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenRule } from './scan.js';

// bare site heads that a town adjective names ("das Talheimer Schloss"); alone they name a kind (folded)
const BARE_SITE = new Set(
  'schloss kloster burg dom muenster bahnhof hafen stadion park halle forum campus platz gelaende muehle turm'.split(
    ' ',
  ),
);
// buildings that a town adjective does not make a place: churches (GermEval: O), inns and houses ("Talheimer Hof")
const NOT_SITE = new Set(['kirche', 'kapelle', 'hof', 'haus', 'markt', 'tor']);

/** True when the word is a site or building noun that a town adjective can name. */
function siteNoun(word: string): boolean {
  const norm = fold(word);
  if (NOT_SITE.has(norm)) return false;
  if (isSite(word, norm) || BARE_SITE.has(norm)) return true;
  // other houses are bodies or kinds ("Abgeordnetenhaus", "Krankenhaus"); churches are no sites
  return buildingGender(word) !== null && !/(?:haus|kirche|kapelle)$/.test(norm);
}

/** The adjective of a town: "Talheimer" when Talheim is known, has a town's shape or is named in the release. */
function townAdjective(doc: Doc, t: Token): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,})er$/u.exec(t.text);
  if (!m || DE_FUNCTION_WORDS.has(t.norm) || DE_CALENDAR.has(t.norm) || germanTitle(t.text)) return false;
  if (isFirstName(t.text) || isFrequentGermanNoun(t.text) || looksLikeCommonNoun(t.text)) return false;
  const stem = m[1]!;
  if (placeTier(stem) || placeTier(`${stem}en`) || isToponymShaped(stem, t.norm.slice(0, -2))) return true;
  return doc.tokens.some((x) => x.text === stem);
}

/** A town adjective before a site noun is the site's name ("Talheimer Stadthalle"), also in the genitive. */
export const townSitePlace: TokenRule<PlaceAt> = {
  name: 'de-plc-town-site',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const adj = toks[k]!;
    const noun = toks[k + 1];
    if (!noun || k + 1 >= s.to || adj.post !== ' ' || !townAdjective(doc, adj)) return null;
    // "ein Kleinfurter Stadion": a kind of site; a body's house ("Abgeordnetenhaus") is the body's
    const before = toks[k - 1];
    if (before && k - 1 >= s.from && /^(?:ein|eine|einen|einem|einer|eines)$/.test(before.norm)) return null;
    if (germanOrgHead(noun.text)) return null;
    const singular = siteNoun(noun.text) ? noun.text : denominalizeGenitive(noun.text);
    if (singular === noun.text ? !siteNoun(noun.text) : !siteNoun(singular)) return null;
    return claim(k + 1, [place(`${adj.text} ${singular}`, adj.start, noun.end, 0.7, 'de-plc-town-site')]);
  },
};
