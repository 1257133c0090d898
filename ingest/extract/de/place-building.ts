// Named buildings with an adjective: "im Neuen Palais" → "Neues Palais", "der Alten Kapelle" → "Alte Kapelle".
import { fold } from '../../../src/domain/index.js';
import { suffixIndex } from '../core/suffix-index.js';
import { denominalizeGenitive } from './words.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenRule } from './scan.js';

// adjectives of age, size, position and colour that name a building; the ending follows the noun
const BUILDING_ADJECTIVE = /^(Alt|Neu|Groß|Klein|Ober|Unter|Hoh|Rot|Weiß|Schwarz|Grün|Blau|Golden)(?:e|en|er|es|em)$/u;

// building nouns (folded) by gender; those in COMPOUNDS also end compounds ("Kornhaus", "Wassermühle")
const BUILDINGS: Record<'f' | 'm' | 'n', string> = {
  f: 'synagoge kirche kapelle muehle burg bruecke kaserne wache post oper schmiede brauerei ziegelei scheune villa halle muenze apotheke feuerwache pforte',
  m: 'turm markt hof bahnhof speicher dom friedhof garten hafen saal schlachthof',
  n: 'schloss haus tor palais kloster stift spital theater kino zeughaus',
};
const COMPOUNDS = new Set(['haus', 'hof', 'turm', 'muehle', 'kirche', 'kapelle', 'bruecke', 'burg', 'garten', 'hafen']);

const BUILDING_ENDINGS = suffixIndex(
  (['f', 'm', 'n'] as const).flatMap((g) =>
    BUILDINGS[g].split(' ').map((noun, rank) => ({ ending: noun, rank, value: { noun, g } })),
  ),
);

/** The gender of a building noun or compound ("Kornhaus" → n), or null when the word is no building. */
export function buildingGender(word: string): 'f' | 'm' | 'n' | null {
  const f = fold(word);
  for (const e of BUILDING_ENDINGS.endingsOf(f)) {
    if (f === e.value.noun || COMPOUNDS.has(e.value.noun)) return e.value.g;
  }
  return null;
}

/** A capitalised age, size or colour adjective inside a sentence before a building noun is the building's name. */
export const namedBuilding: TokenRule<PlaceAt> = {
  name: 'de-plc-building',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const adj = toks[k]!;
    const noun = toks[k + 1];
    const m = BUILDING_ADJECTIVE.exec(adj.text);
    // the sentence start capitalises any adjective ("Neue Häuser …")
    if (!m || !noun || k === s.from || k + 1 >= s.to || !/^ $/.test(adj.post)) return null;
    const singular = buildingGender(noun.text) ? noun.text : denominalizeGenitive(noun.text);
    const g = buildingGender(singular);
    if (!g) return null;
    const name = `${m[1]}${{ f: 'e', m: 'er', n: 'es' }[g]} ${singular}`;
    return claim(k + 1, [place(name, adj.start, noun.end, 0.75, 'de-plc-building')]);
  },
};
