// German organisation heads and name shapes.
import { fold } from '../../../src/domain/index.js';
import { suffixIndex } from '../core/suffix-index.js';

/** Heads that name an authority or territory when a proper name follows ("Landkreis Talheim"). */
export const DE_PREFIX_HEADS = new Set(
  (
    'fachbereich abteilung referat dezernat fakultaet lehrstuhl institut landkreis kreis stadt gemeinde samtgemeinde verbandsgemeinde markt hansestadt landeshauptstadt ' +
    'region bezirk regierung universitaet hochschule fachhochschule tu fh jobcenter landratsamt ' +
    'bezirksamt polizeipraesidium polizeidirektion polizeiinspektion regierungspraesidium ' +
    'handwerkskammer kreishandwerkerschaft agentur zentralverband verband amt ministerium'
  ).split(' '),
);

/** Heads whose proper name follows and is the organisation's name by itself ("Firma Lenz und Hauer"). */
export const DE_INTRO_HEADS = new Set([
  'firma',
  'unternehmen',
  'pflegeunternehmen',
  'betrieb',
  'verein',
  'traditionsunternehmen',
  'familienunternehmen',
]);

/** Compound endings that make a word an organisation (with a non-empty first part). */
const COMPOUND_HEADS = (
  'ministerium behoerde amt kammer verband verein stiftung hochschule universitaet schule gymnasium kita ' +
  'kindergarten kindertagesstaette zentrum familienwerk hilfswerk sozialwerk studierendenwerk ' +
  'gesellschaft genossenschaft agentur praesidium kanzlei verwaltung direktion gericht sparkasse ' +
  'krankenkasse bank institut akademie klinikum klinik krankenhaus museum museumsdorf bibliothek ' +
  'feuerwehr jobcenter handwerkerschaft buergerschaft polizei regierung kreistag landtag bundestag ' +
  'gemeinderat ortschaftsrat stadtrat beirat bundesrat fraktion partei gewerkschaft innung pflegeheim ' +
  'altenheim seniorenheim kinderheim jugendheim ' +
  'tagespflege wohngruppe wirtschaftsfoerderung pressestelle beratungsstelle koordinierungsstelle ' +
  'geschaeftsstelle fachstelle ferienstaette begegnungsstaette werkstaette generationenhaus ' +
  'jugendhaus familienhaus buergerbuero landesbuero senat kommission dienststelle ' +
  'leitstelle wache inspektion revier ausschuss gremium kuratorium sportbund jugendring ' +
  'kirchengemeinde bistum erzbistum landeskirche diakonie caritas werkstatt kommissariat staatsanwaltschaft ' +
  // religious communities: "Jüdische Landesgemeinde X" (not "-gemeinde" alone: Nachbargemeinde is a town)
  'kultusgemeinde landesgemeinde pfarrgemeinde synagogengemeinde religionsgemeinschaft glaubensgemeinschaft ' +
  'stadtwerke kreiswerke gemeindewerke verkehrsbetriebe'
).split(' ');

/** Heads that are plural in form but name one body ("die Stadtwerke Talheim", "den Kleinfurter Stadtwerken"). */
const PLURAL_BODIES = new Set(['stadtwerke', 'kreiswerke', 'gemeindewerke', 'verkehrsbetriebe']);

/** Words ending in an organisation head that are not organisations. */
const NOT_ORGS = new Set(
  (
    'ehrenamt gesamt insgesamt beamt amt hauptamt nebenamt zentrum stadtzentrum ortszentrum gymnasium ' +
    'gesellschaft zivilgesellschaft stadtgesellschaft wohnheim daheim verwaltung regierung polizei ' +
    'feuerwehr schule ministerium behoerde kammer verband verein stiftung hochschule universitaet ' +
    'klinik bank gericht institut akademie museum kita werkstatt heim partei zentrale fachstelle ' +
    'kommission fraktion agentur dienststelle wache jugend amtsgericht kommissariat'
  ).split(' '),
);
// "amtsgericht" is kept out above only as a bare word; it is re-allowed with a place name.

/** Heads that alone are generic ("die Behörde"); whole-word heads like "Kreistag" are names by themselves. */
const GENERIC_HEADS = new Set(
  (
    'behoerde amt kammer verband verein stiftung hochschule universitaet schule gymnasium kita kindergarten zentrum ' +
    'gesellschaft genossenschaft agentur praesidium kanzlei verwaltung direktion gericht bank institut ' +
    'akademie klinikum klinik krankenhaus museum bibliothek regierung polizei feuerwehr fraktion partei ' +
    'gewerkschaft innung senat kommission wache inspektion revier ausschuss gremium kuratorium werkstatt ' +
    'dienststelle leitstelle tagespflege wohngruppe stadtwerke kreiswerke gemeindewerke verkehrsbetriebe'
  ).split(' '),
);

/** Compounds that name a kind of body, not one ("Fachbehörde", "Aufnahmebehörde", "Bürgergesellschaft"). */
const GENERIC_COMPOUNDS =
  /^(?:(?:kreis|landes|aufnahme|fach|sicherheits|ordnungs|aufsichts|genehmigungs)behoerde|(?:buerger|zivil)gesellschaft|wirtschaftsfoerderung)$/;

// Words that end in a body's head only by word formation: "Brandstiftung" (arson, from "stiften"), building types,
// officials ("Vollzugsbeamte" ends like "Amt"), adverbs ("allesamt", "mitsamt").
const FALSE_HEADS =
  /^(?:(?:brand|an)stiftung|(?:ein|zwei|drei|mehr)familienhaus)(?:en|es|s)?$|beamt(?:e|en|er|in|innen)$|^(?:alle|insge|ge|mit)samt$/;

/** Grammatical gender of organisation heads (for nominative adjectives: "der Städtischen Musikschule" → "Freiwillige"). */
export function headGender(word: string): 'f' | 'm' | 'n' {
  const f = fold(word);
  if (
    /(?:verband|verein|kreistag|landtag|bundestag|rat|senat|ausschuss|dienst|bund|ring|betrieb|fachbereich)(?:e?s)?$/.test(
      f,
    )
  )
    return 'm';
  if (
    /(?:amt|ministerium|zentrum|institut|gymnasium|museum|museumsdorf|werk|haus|heim|gericht|krankenhaus|klinikum|buero|praesidium|gremium|kuratorium|jobcenter|bistum|familienwerk|kommissariat)(?:e?s)?$/.test(
      f,
    )
  )
    return 'n';
  return 'f';
}

const ORG_HEAD_FORMS = ['', 's', 'es', 'n', 'en', 'e'];
// every inflected form of every head, ranked in list order and then by ending
const ORG_ENDINGS = suffixIndex(
  COMPOUND_HEADS.flatMap((h, k) =>
    ORG_HEAD_FORMS.map((e, j) => ({ ending: h + e, rank: k * 10 + j, value: { h, e } })),
  ),
);

/** Matches a word (or the last part of a hyphenated word) against the compound heads. */
export function germanOrgHead(word: string): { head: string; bare: boolean; plural: boolean } | null {
  const last = word.split(/[-‐‑–]/).pop() ?? word;
  const f = fold(last);
  if (FALSE_HEADS.test(f)) return null;
  const first = ORG_ENDINGS.endingsOf(f)[0];
  if (!first) return null;
  const { h, e } = first.value;
  const stem = f.slice(0, f.length - e.length);
  const whole = fold(word);
  const bare =
    (NOT_ORGS.has(stem) || (stem === h && GENERIC_HEADS.has(h)) || GENERIC_COMPOUNDS.test(stem)) && whole === f;
  // "-n/-en" on these (mostly feminine) heads is a plural: "Innungen", "Sicherheitsbehörden"
  return { head: h, bare, plural: (e === 'n' || e === 'en') && !PLURAL_BODIES.has(h) };
}

/** A plural-form body in the dative ("Stadtwerken") in its nominative ("Stadtwerke"); other words unchanged. */
export function pluralBodyNominative(word: string): string {
  const f = fold(word);
  return [...PLURAL_BODIES].some((h) => f.endsWith(`${h}n`)) ? word.slice(0, -1) : word;
}

/** Legal-form suffixes that end an organisation name. */
export const LEGAL_FORMS = new Set([
  'GmbH',
  'gGmbH',
  'mbH',
  'AG',
  'KG',
  'eG',
  'e.V',
  'e. V',
  'SE',
  'AöR',
  'KdöR',
  'GbR',
  'OHG',
  'UG',
  'Ltd',
  'Limited',
  'plc',
  'PLC',
  'LLP',
  'Inc',
  'LLC',
  'Co',
]);

/** Acronyms that name organisations (parties, associations, bodies). */
export const DE_ORG_ACRONYMS = new Set(
  (
    'CDU CSU SPD FDP AfD BSW IHK HWK AWO DRK THW ADAC NABU BUND VHS DGB KfW DAK AOK BAMF DLRG ASB VdK ' +
    'EU UN UNO NATO OSZE BUGA IGA TU FH RWTH LMU KIT DFB DOSB GEW ver.di IG WDR NDR SWR BR MDR ZDF ARD'
  ).split(' '),
);

/** Acronyms of bodies organised by region, whose place name follows ("IHK Talland", "DRK Kleinfurt"). */
export const DE_REGIONAL_ACRONYMS = new Set('IHK HWK AWO DRK THW VHS AOK ASB VdK DLRG NABU DGB'.split(' '));

/** Party names that are words. */
export const DE_PARTIES = new Set(['Grüne', 'Grünen', 'Linke', 'Die Linke', 'Freie Wähler', 'Bündnis 90/Die Grünen']);

/** Buildings and sites (Place): compound endings and their exclusions. */
const SITE_HEADS =
  'kreishaus rathaus landhaus schloss park gelaende platz halle stadion arena kaserne bahnhof flughafen campus forum kloster burg dom muenster'.split(
    ' ',
  );
const NOT_SITES = new Set(
  // "-platz" as a rank or position is no site: Tabellenplatz, Listenplatz, Schauplatz, Finanzplatz
  (
    'platz arbeitsplatz ausbildungsplatz studienplatz kitaplatz parkplatz spielplatz stellplatz sportplatz betreuungsplatz pflegeplatz standplatz halle park forum dom burg ' +
    'tabellenplatz listenplatz startplatz podestplatz abstiegsplatz sitzplatz stammplatz ehrenplatz schauplatz finanzplatz wirtschaftsplatz handelsplatz'
  ).split(' '),
);

/** True when a word names a building or site ("Kreishaus", "Lindenpark", "Schau-Gelände"). */
export function isSiteWord(word: string): boolean {
  const f = fold(word.split(/[-‐‑–]/).pop() ?? word);
  const whole = fold(word);
  if (NOT_SITES.has(f) && whole === f) return false;
  if (f === 'kreishaus' || f === 'rathaus' || f === 'landhaus') return true;
  // "Beethoven-Haus": a named house
  if (f === 'haus' && whole !== f && /^\p{Lu}/u.test(word)) return true;
  return SITE_HEADS.some((h) => f.endsWith(h) && (f.length > h.length || whole !== f));
}

/** Site heads that take a following name ("Campus Nordhang", "Forum Kleinfurt", "Burg X"). */
export const DE_SITE_PREFIX = new Set([
  'campus',
  'forum',
  'schloss',
  'burg',
  'kloster',
  'park',
  'halle',
  'dom',
  'zeche',
  'bahnhof',
  'hafen',
  'flughafen',
  'stadion',
  'gedenkstaette',
  'grube',
  'schacht',
  'insel',
]);
