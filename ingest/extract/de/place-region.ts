// Regions named by a compass or position prefix and a known region: "Ostthüringen", "Süd-Eifel", "Ost-Talland".
import { fold } from '../../../src/domain/index.js';
import { isFrequentEnglish, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { isToponymShaped } from './place-toponym.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenRule } from './scan.js';

// longest prefixes first, so "Südwest…" is not read as "Süd" + "west…"
const COMPASS =
  /^(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Mittel|Zentral|Ober|Nieder|Unter)-?(\p{L}{3,})$/u;
// historic lands that mostly occur with a prefix ("Südbaden", "Unterfranken", "Vorderpfalz" aside)
const REGION_STEMS = new Set(['baden', 'franken', 'pfalz', 'württemberg', 'schwaben', 'friesland', 'holstein']);

/** The compass compound in the nominative, or null ("Ostthüringens" → "Ostthüringen"; "Südwestrundfunk" → null). */
export function compassRegion(word: string): string | null {
  const known = (w: string): boolean => {
    const m = COMPASS.exec(w);
    if (!m) return false;
    const base = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    const tier = placeTier(base);
    return tier === 'region' || tier === 'country' || tier === 'big' || REGION_STEMS.has(base.toLowerCase());
  };
  if (known(word)) return word;
  // the genitive of the region
  return /[^s]s$/.test(word) && known(word.slice(0, -1)) ? word.slice(0, -1) : null;
}

// "Rhein-Sieg-Gebiet", "Talland-Region": hyphenated names before an area noun
const AREA = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+-(?:Gebiet|Region|Raum|Revier)$/u;

/** A compass compound of a known region or country is a region ("Norddeutschland", "Ostthüringen"). */
export const compassPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-compass',
  at({ doc, k }) {
    const t = doc.tokens[k]!;
    const tier = placeTier(t.text);
    // a town or district of the same name ("Ostallgäu") is still the region first
    const name = tier === 'region' || tier === 'country' || tier === 'big' ? null : compassRegion(t.text);
    if (name) return claim(k, [place(name, t.start, t.end, 0.8, 'de-plc-compass')]);
    const compassParts = /^(?:Nord|Süd|Ost|West|Mittel)-(?:Nord|Süd|Ost|West|Mittel)-/u.test(t.text); // a direction
    return AREA.test(t.text) && !compassParts ? claim(k, [place(t.text, t.start, t.end, 0.75, 'de-plc-area')]) : null;
  },
};

// a part of a known town: "Talheim-Nord", "Kleinfurt-Mitte", "Lindwerder-Altstadt"
const TOWN_PART =
  /^(\p{Lu}[\p{L}-]+?)-(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Mitte|Zentrum|Altstadt|Innenstadt)$/u;

/** A known town with a compass or part suffix is a place of its own ("Talheim-Nord"). */
export const townPartPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-town-part',
  at({ doc, k }) {
    const t = doc.tokens[k]!;
    const m = TOWN_PART.exec(t.text);
    if (!m || !placeTier(m[1]!) || placeTier(t.text)) return null;
    return claim(k, [place(t.text, t.start, t.end, 0.75, 'de-plc-town-part')]);
  },
};

/** A part of a double name: a known place or a name of settlement shape ("Talheim", "Quarnstedt"). */
function placePart(part: string): boolean {
  return !!placeTier(part) || isToponymShaped(part, fold(part));
}

/** A double name whose parts are all places is one place: a merged municipality or a village of a town ("Talheim-Quarnstedt"). */
export const doublePlace: TokenRule<PlaceAt> = {
  name: 'de-plc-double',
  at({ doc, k }) {
    const t = doc.tokens[k]!;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){1,2}$/u.test(t.text) || placeTier(t.text)) return null;
    const parts = t.text.split('-');
    // "Taiwan-Dollar": a currency or thing named by the place
    const thing = (p: string): boolean => (isFrequentGermanNoun(p) && !placeTier(p)) || isFrequentEnglish(p);
    if (!parts.every(placePart) || parts.some(thing)) return null;
    return claim(k, [place(t.text, t.start, t.end, 0.7, 'de-plc-double')]);
  },
};
