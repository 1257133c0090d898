// Closed-class German words and shape tests used by the rules.
import { GERMAN_MONTHS, GERMAN_WEEKDAYS } from '../../calendar/calendar-names.js';

/** Articles, pronouns, prepositions, conjunctions and other words that are never names. */
export const DE_FUNCTION_WORDS = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen im am an auf aus bei beim mit nach von vom ' +
    'zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um und oder aber sowie auch ' +
    'als wie wenn dass da so nur noch schon bereits jetzt heute gestern morgen hier dort dann zudem ' +
    'er sie es wir ihr ich du man sich sein seine ihre ihren ihrem ihrer unser unsere dieser diese dieses ' +
    'jeder jede alle allen mehr viele neue neuen neuer neues weitere weiteren insgesamt rund etwa ' +
    'nicht kein keine ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können ' +
    'bis seit während nachdem bevor denn doch ja nein mal besonders gemeinsam zunächst anschließend zuvor ' +
    'außerdem darüber dabei damit dazu hierzu daher deshalb gleichzeitig gleichermaßen großes große ' +
    'foto bild bildunterschrift bildzeile bu quelle pressemitteilung pressekontakt kontakt mitte links rechts ' +
    'v.l v.r v.l.n.r 2.v.r herausgegeben meldungsdatum alter tel telefon fax e-mail email url'
  ).split(' '),
);

/** Months and weekdays (capitalised, but never names or places). */
export const DE_CALENDAR = new Set([
  ...GERMAN_MONTHS,
  ...GERMAN_WEEKDAYS,
  ...'wochenende frühjahr sommer herbst winter'.split(' '),
]);

// Typical endings of German common nouns: such a word after a title is not a surname.
const COMMON_NOUN_ENDING =
  /(?:ung|heit|keit|schaft|tion|ität|nis|tum|ismus|ment|ierung|ungen|chen|lein|ien|zeug|werk|stelle|wesen|kräfte|zentrum|bereich|kosten|mittel)$/;

/** True when a capitalised word looks like a German common noun rather than a name. */
export function looksLikeCommonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return DE_COMMON_NOUNS.has(w) || (w.length >= 6 && COMMON_NOUN_ENDING.test(w));
}

/** Frequent capitalised nouns of press releases that look like names to the rules. */
export const DE_COMMON_NOUNS = new Set(
  (
    'besuch gast gäste gespräch anliegen jahr jahre jahren euro mio mrd prozent foto bild film rahmen ziel ' +
    'arbeit menschen kinder leute region land stadt kreis ort orte termin termine programm projekt thema themen ' +
    'beispiel dank grüße grußwort wort worte worten weg wege zeit tag tage woche wochen monat monate auftakt ' +
    'ende anfang teil seite seiten platz punkt frage fragen antwort blick bürger bürgerinnen gemeinden ' +
    'kommunen betriebe unternehmen firmen schulen vereine gruppen team mitte links rechts presse medien ' +
    'homepage internet kamera netzwerk zukunft vorfeld anschluss vergleich zusammenarbeit einsatz erfolg ' +
    'entwicklung chef chefin frau herr herrn familie eltern schüler lehrer fall stelle amt haus hause'
  ).split(' '),
);

/** Prepositions after which a capitalised word is likely a place. */
export const DE_LOCATIVE = new Set(['in', 'nach', 'aus', 'bei', 'bis', 'zwischen', 'gen', 'auf', 'von', 'vom', 'im']);

/** Words that are also place names but mostly ordinary words in German text. */
export const DE_PLACE_HOMOGRAPHS = new Set(
  (
    'essen weil hall bad laufen wald berg feld mark marks kirchen stein gut haus hof horn rain roth ' +
    'au aue wie lage halle linden bergen buch hagen mitte stadt land kreis forst wiesen brück ' +
    'sachsen bayern westen osten norden süden werk anger bauer bach dorf tal hausen ' +
    'kraft ende zell elf gera mainz'
  ).split(' '),
);

/** German state adjectives → state (for "niedersächsische Sozialministerin"). */
export const DE_STATE_ADJECTIVES: [RegExp, string][] = [
  [/^niedersächsisch/i, 'Niedersachsen'],
  [/^hessisch/i, 'Hessen'],
  [/^bayerisch/i, 'Bayern'],
  [/^baden[-–]württembergisch/i, 'Baden-Württemberg'],
  [/^sächsisch/i, 'Sachsen'],
  [/^thüringisch/i, 'Thüringen'],
  [/^brandenburgisch/i, 'Brandenburg'],
  [/^saarländisch/i, 'Saarland'],
  [/^rheinland[-–]pfälzisch/i, 'Rheinland-Pfalz'],
  [/^nordrhein[-–]westfälisch/i, 'Nordrhein-Westfalen'],
  [/^schleswig[-–]holsteinisch/i, 'Schleswig-Holstein'],
  [/^mecklenburg[-–]vorpommersch/i, 'Mecklenburg-Vorpommern'],
  [/^berliner$/i, 'Berlin'],
  [/^hamburg(?:isch|er$)/i, 'Hamburg'],
  [/^bremisch/i, 'Bremen'],
  [/^sachsen[-–]anhaltisch/i, 'Sachsen-Anhalt'],
];

/** Genitive → nominative for German nouns and names after des/eines ("Landkreises" → "Landkreis"). */
export function denominalizeGenitive(word: string): string {
  if (/ums$/.test(word)) return word.slice(0, -1);
  if (/(?:s|ß|[tdkg]|ch)es$/.test(word) && word.length > 4) return word.slice(0, -2);
  if (/[^s]s$/.test(word) && word.length > 4) return word.slice(0, -1);
  return word;
}
