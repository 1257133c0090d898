// Buildings and sites as places: "Kreishaus", "im Alten Rathaus", "Campus X", „Haus des X“.
import type { Doc, Sentence } from '../core/types.js';
import { isAcronym } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { DE_SITE_PREFIX, headGender, isSiteWord } from './org-lexicon.js';
import { DE_FUNCTION_WORDS } from './words.js';
import { isProperWord } from './organisations.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// community buildings (folded compound endings) are sites, though "-haus" alone is not ("Hochhaus", "Elternhaus");
// churches are not: "Dorfkirche" names a kind, "Landeskirche" a body
const COMMUNITY_SITE = /(?:buergerhaus|gemeinschaftshaus|gemeindehaus|dorfhaus|heimathaus)$/;

/** A site compound ("Kastanienhalle") or a community building ("Bürgerhaus"). */
export function isSite(word: string, norm: string): boolean {
  return isSiteWord(word) || COMMUNITY_SITE.test(norm);
}

/** "Festhalle Kleinfurt": the one proper word after a site compound that ends the name (no capital word after it). */
function townAfterSite(doc: Doc, s: Sentence, k: number): boolean {
  const toks = doc.tokens;
  const next = toks[k + 1];
  if (!next || k + 1 >= s.to || !/^ $/.test(toks[k]!.post) || !isProperWord(next) || isAcronym(next)) return false;
  if (placeTier(next.text)) return true;
  const after = toks[k + 2];
  const ends = !after || k + 2 >= s.to || !/^ $/.test(next.post) || !after.cap;
  const abbreviation = next.text.length <= 3 && /^\./.test(next.post); // "Nr.", "Tel."
  return ends && !abbreviation && !isFirstName(next.text) && !DE_SITE_PREFIX.has(toks[k]!.norm);
}

// a kind of station, never which one, when no name follows
const KIND_OF_SITE = /^[US]-Bahnhof$/u;

/** A site word ("Rathaus", "…park"), named by a prefix word, a following place or an adjective before it. */
export const siteWord: TokenRule<PlaceAt> = {
  name: 'de-plc-site',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!isSite(t.text, t.norm)) return null;
    let end = k;
    if (DE_SITE_PREFIX.has(t.norm) && isProperWord(toks[k + 1]) && k + 1 < s.to) end = k + 1;
    else if (townAfterSite(doc, s, k)) end = k + 1;
    // a capitalised adjective names the building: "im Alten Rathaus" → "Altes Rathaus"
    const adj = toks[k - 1];
    const named =
      !!adj &&
      k - 2 >= s.from &&
      /^\p{Lu}\p{Ll}+(?:e|en|es|er)$/u.test(adj.text) &&
      /^ $/.test(adj.post) &&
      !DE_FUNCTION_WORDS.has(adj.norm) &&
      /^(?:im|in|am|zum|vom|beim|das|dem|des)$/i.test(toks[k - 2]!.text);
    const startTok = named ? adj! : t;
    const adjText = named
      ? `${adj!.text.replace(/(?:en|e|er|es)$/, '')}${{ f: 'e', m: 'er', n: 'es' }[headGender(t.text)]} `
      : '';
    const name = adjText + doc.text.slice(t.start, toks[end]!.end);
    // a bare prefix word ("Campus"), a kind of station ("U-Bahnhof") is no place
    const emits = end > k || named || !(DE_SITE_PREFIX.has(t.norm) || KIND_OF_SITE.test(t.text));
    return claim(end, emits ? [place(name, startTok.start, toks[end]!.end, 0.7, 'de-plc-site')] : []);
  },
};

/** A site prefix word before a name: "Campus Talheim", "Forum Kleinfurt". */
export const siteNamePrefix: TokenRule<PlaceAt> = {
  name: 'de-plc-site-prefix',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!DE_SITE_PREFIX.has(t.norm) || !isProperWord(toks[k + 1]) || k + 1 >= s.to || !/^ $/.test(t.post)) return null;
    return claim(k + 1, [
      place(doc.text.slice(t.start, toks[k + 1]!.end), t.start, toks[k + 1]!.end, 0.7, 'de-plc-site'),
    ]);
  },
};

/** „Haus des Gastes“: a quoted house of something. */
export const quotedHouse: TokenRule<PlaceAt> = {
  name: 'de-plc-site-quoted',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (!/[„"“]$/.test(t.pre) || t.norm !== 'haus' || toks[k + 1]?.norm !== 'des') return null;
    const e = k + 2;
    if (e >= s.to || !/[“"”]/.test(toks[e]!.post)) return null;
    return claim(e, [place(doc.text.slice(t.start, toks[e]!.end), t.start, toks[e]!.end, 0.8, 'de-plc-site-quoted')]);
  },
};
