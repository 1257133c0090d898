// Words that stand before a name without being part of it: honorifics, articles and official titles
// (German and English). Titles are recognised by their head, so compounds ("Wirtschaftsministerin",
// "Oberbürgermeister") need no list of their own. All words are folded (src/domain/fold.ts).

/** Words dropped wherever they lead: honorifics, academic titles, articles. */
const LEADING_WORDS = new Set([
  'herr',
  'herrn',
  'frau',
  'dr',
  'prof',
  'professor',
  'professorin',
  'dipl',
  'ing',
  'med',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'dame',
  'the',
]);

/** Heads that end a title and also stand alone ("Minister", "Staatsministerin"). */
const TITLE_HEADS = [
  'minister',
  'praesident',
  'sekretaer',
  'meister',
  'direktor',
  'leiter',
  'senator',
  'kommissar',
  'dezernent',
  'referent',
  'sprecher',
  'vorstand',
  'stellvertreter',
  'vorsteher',
  'kanzler',
  'intendant',
  'botschafter',
  'beauftragte',
  'beauftragter',
  'vorsitzende',
  'vorsitzender',
  'abgeordnete',
  'abgeordneter',
  'staatsanwalt',
  'staatsanwaeltin',
];

/** Titles matched only whole: their heads are too short to be safe inside other words ("Murat"). */
const WHOLE_TITLES = new Set([
  'landrat',
  'landraetin',
  'stadtrat',
  'stadtraetin',
  'kreisrat',
  'kreisraetin',
  'gemeinderat',
  'gemeinderaetin',
  'regierungsrat',
  'regierungsraetin',
  'ministerialrat',
  'ministerialraetin',
  'chef',
  'chefin',
  'mayor',
  'councillor',
  'councilor',
  'secretary',
  'president',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'commissioner',
  'director',
  'governor',
  'senator',
  'chief',
  'executive',
  'deputy',
  'stellvertretende',
  'stellvertretender',
  'lord',
  'lady',
]);

/** Whether a folded word is an honorific, article or official title rather than part of a name. */
export function isTitleWord(word: string): boolean {
  if (LEADING_WORDS.has(word) || WHOLE_TITLES.has(word)) return true;
  // Feminine forms add "in"; the head may end a compound.
  const base = word.endsWith('in') ? word.slice(0, -2) : word;
  return TITLE_HEADS.some((head) => word.endsWith(head) || base.endsWith(head));
}
