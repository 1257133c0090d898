// German official titles: heads that may stand alone or end a compound ("Wirtschafts|ministerin"),
// with gender and inflection endings generated rather than listed.
import { fold } from '../../../src/domain/index.js';
import { suffixIndex } from '../core/suffix-index.js';

/** Noun heads, masculine base form; feminine is base + "in" (umlauted where listed). */
const NOUN_HEADS: [string, string?][] = [
  ['Minister'],
  ['Präsident'],
  ['Vizepräsident'],
  ['Sekretär'],
  ['Landrat', 'Landrätin'],
  ['Kreisrat', 'Kreisrätin'],
  ['Stadtrat', 'Stadträtin'],
  ['Regierungsrat', 'Regierungsrätin'],
  ['Ministerialrat', 'Ministerialrätin'],
  ['Amtsrat', 'Amtsrätin'],
  ['Studienrat', 'Studienrätin'],
  ['Bürgermeister'],
  ['Oberbürgermeister'],
  ['Meister'],
  ['Leiter'],
  ['Führer'],
  ['Direktor'],
  ['Dezernent'],
  ['Referent'],
  ['Sprecher'],
  ['Vorstand', 'Vorständin'],
  ['Kommandant'],
  ['Kanzler'],
  ['Rektor'],
  ['Prorektor'],
  ['Chef'],
  ['Koordinator'],
  ['Senator'],
  ['Kämmerer', 'Kämmerin'],
  ['Pfarrer'],
  ['Professor'],
  ['Intendant'],
  ['Kommissar'],
  ['Richter'],
  ['Berater'],
  ['Manager'],
  ['Obmann', 'Obfrau'],
  ['Pate', 'Patin'],
  ['Preisträger'],
  ['Stellvertreter'],
  ['Ortsvorsteher'],
  ['Superintendent'],
  ['Bischof', 'Bischöfin'],
  ['Dekan'],
  ['Justitiar'],
  ['Jurist'],
  ['Botschafter'],
  ['Konsul'],
  ['Generalkonsul'],
  ['Staatsanwalt', 'Staatsanwältin'],
  ['Polizeipräsident'],
  ['Inspekteur'],
  ['Hauptmann', 'Hauptfrau'],
  ['Sachbearbeiter'],
  ['Ansprechpartner'],
  ['Kurator'],
  ['Gründer'],
  ['Inhaber'],
  ['Eigentümer'],
  ['Vertreter'],
  ['Pressesprecher'],
  ['Schulleiter'],
  ['Kanzleichef'],
  ['Verwaltungschef'],
  ['Beauftragter'],
  ['Ratsherr', 'Ratsfrau'],
  ['Bezirksvorsteher'],
  ['Regierungspräsident'],
  ['Vorsteher'],
  ['Moderator'],
  ['Laudator'],
  ['Initiator'],
  ['Trainer'],
  ['Oberst'],
  ['General'],
  ['Brandmeister'],
  ['Wehrführer'],
  ['Kreisbrandmeister'],
  ['Geschäftsführer'],
  ['Präses'],
  ['Prokurist'],
  ['Mitglied'],
  ['Schirmherr', 'Schirmherrin'],
  ['Gesellschafter'],
  ['Kassierer'],
  ['Beisitzer'],
  ['Dozent'],
  ['Chefarzt', 'Chefärztin'],
  ['Pastor'],
  ['Diakon'],
  ['Rabbiner'],
];

/** Adjectival heads (noun-ised participles): Landesbeauftragte/r/n, Vorsitzende/r/n. */
const ADJ_HEADS = ['Beauftragt', 'Vorsitzend', 'Abgeordnet', 'Beigeordnet', 'Bevollmächtigt', 'Delegiert', 'Verordnet'];

/** Heads that only count inside a compound (bare "Meister", "Führer" are not titles). */
const COMPOUND_ONLY = new Set(['meister', 'fuehrer', 'rat', 'vertreter', 'berater', 'manager', 'trainer', 'general']);
/** Compounds ending in a head that are not titles. */
const NOT_TITLES = new Set([
  'begleiter',
  'mitbegleiter',
  'reisefuehrer',
  'gleiter',
  'fahrzeugfuehrer',
  'hundefuehrer',
  'fachleiter',
  'meister',
  'weltmeister',
  'europameister',
  'handwerksmeister',
  'ansprechpartner',
  'vertreter',
  'interessenvertreter',
  'trainer',
  'richter',
  'manager',
  'rat',
  'berater',
  'general',
]);

interface HeadForm {
  key: string;
  adj: boolean;
  feminine: boolean;
}

function buildHeadForms(): HeadForm[] {
  const out: HeadForm[] = [];
  for (const [m, f] of NOUN_HEADS) {
    out.push({ key: fold(m), adj: false, feminine: false });
    out.push({ key: fold(f ?? `${m}in`), adj: false, feminine: true });
  }
  for (const a of ADJ_HEADS) out.push({ key: fold(a), adj: true, feminine: false });
  return out.sort((a, b) => b.key.length - a.key.length);
}

/** Title head forms, longest key first (built once at load, never changed). */
const HEAD_FORMS: readonly HeadForm[] = buildHeadForms();

const NOUN_ENDINGS = ['', 's', 'es', 'en', 'n', 'nen', 'innen'];
const ADJ_ENDINGS = ['e', 'er', 'en', 'es', 'em'];

/** What a word says as a title. */
export interface TitleMatch {
  /** The head as folded key, e.g. "landraetin". */
  head: string;
  feminine: boolean;
  /** Text before the head inside the word, e.g. "WerkStark-" or "Wirtschafts". */
  prefix: string;
}

// every inflected form of every head, ranked as the heads are ordered (longest first) and then by ending
const TITLE_ENDINGS = suffixIndex(
  HEAD_FORMS.flatMap((h, k) =>
    (h.adj ? ADJ_ENDINGS : NOUN_ENDINGS).map((e, j) => ({ ending: h.key + e, rank: k * 10 + j, value: h })),
  ),
);

/** Recognises a German title word incl. compounds and inflection ("Landrätin", "WerkStark-Vorstand"). */
export function germanTitle(word: string): TitleMatch | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const parts = word.split(/[-‐‑–]/);
  const last = parts[parts.length - 1] ?? '';
  const f = fold(last);
  if (NOT_TITLES.has(f)) return null;
  for (const { ending, value: h } of TITLE_ENDINGS.endingsOf(f)) {
    const inner = f.slice(0, f.length - ending.length);
    if (inner === '' && COMPOUND_ONLY.has(h.key) && parts.length === 1) continue;
    // "…rat" heads need one of the listed compounds: skip "Apparat", "Referat"
    if (inner !== '' && /^(?:rat|raetin)$/.test(h.key)) continue;
    // an inner rest must look like a compound part (Wirtschafts-, Haupt-, Ober-), not "Mini-ster"
    if (inner !== '' && inner.length < 3 && !/^(?:ob|vi)/.test(inner)) continue;
    const prefix = parts.length > 1 ? word.slice(0, word.length - last.length) : '';
    return { head: h.key, feminine: h.feminine || /innen$/.test(f), prefix };
  }
  return null;
}

/** True for words that only modify a following title ("Parlamentarische Staatssekretärin"). */
export function isTitleAdjective(word: string): boolean {
  return (
    /^(?:parlamentarische|stellvertretende|erste|zweite|regierende|amtierende|ehemalige|frühere|neue|designierte|kommissarische|geschäftsführende|leitende|ehrenamtliche|hauptamtliche|ständige|kaufmännische|technische|wissenschaftliche|künstlerische|medizinische|pädagogische|operative)[rnms]?$/i.test(
      word,
    ) || /politische[rn]?$/i.test(word)
  );
}

/** Honorifics that precede names but are not part of them. */
export const DE_HONORIFICS = new Set([
  'dr',
  'prof',
  'professor',
  'professorin',
  'dipl',
  'ing',
  'med',
  'h.c',
  'mdl',
  'mdb',
  'mdep',
]);
/** Words that introduce a person without a role. */
export const DE_PERSON_INTRO = new Set(['frau', 'herr', 'herrn', 'gattin', 'ehefrau', 'ehemann', 'tochter', 'sohn']);
