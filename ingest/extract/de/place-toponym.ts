// Villages the gazetteer does not know, told by the shape of German place names and a locating word:
// "weiter nach Pölkenried", "in Quarnstedt-Ost", "von Hellwarden bis Brunnsiek", "besuchte er Trellbüttel".
import type { Candidate, Doc, Token } from '../core/types.js';
import { isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentEnglish, placeTier } from '../gazetteer/index.js';
import { isSiteWord } from './org-lexicon.js';
import { afterStopCue } from './place-cues.js';
import { isProperWord } from './proper-word.js';
import { germanTitle } from './titles.js';
import { place, type PlaceAt } from './place-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

// endings (folded) of German settlement names: -dorf, -hausen, -stedt, -büttel, -itz, -ow, …
const TOPONYM_ENDING = new RegExp(
  '(?:dorf|hagen|hausen|husen|heim|ingen|stedt|staedt|stadt|leben|rode|roda|reuth|feld|felde|berg|burg|bach|beck|' +
    'kirchen|kirch|hofen|hoven|kofen|buettel|siek|warden|wurth|brueck|bruecken|furt|born|brunn|hain|horst|hude|moor|' +
    'muende|wede|lohe|thal|heide|wedel|werder|winkel|zell|weiler|ried|gruen|kamp|fleth|koog|marsch|muenster|' +
    'ow|itz|witz|zig|au|ach|ensen|ingerode|stetten|staett|huetten|muehlen|wald|walde|see|stein|tal)$',
);
// common nouns with those endings ("Innenstadt", "Pflegeheim", "Umfeld", "Neubau", "Besitz", "Zentrum")
const NOT_TOPONYM =
  /(?:haupt|innen|gross|klein|kreis|alt|neu|heimat|partner|nachbar|vater)stadt$|(?:pflege|alten|kinder|eigen|wohn|senioren|vereins|jugend|studenten|tier|ferien)heim$|(?:um|vor|spiel|arbeits|themen|handlungs|aufgaben|taetigkeits|berufs|kraft|sport|fussball|such|sicht|blick|schlacht|baufeld)feld$|(?:berufs|vereins|privat|familien|nacht|alltags|zusammen|dorf|kultur|gemeinde|stadt|wirtschafts|arbeits|ueber|schul|studenten)leben$|(?:grund|meilen|bau|eck|edel|natur|back|sand|kalk|granit|pflaster|ziegel|feld|mauer|schluss|stolper|grab|gedenk|bims|kies)stein$|(?:misch|nadel|laub|stadt|ur|berg|schutz|wirtschafts|nutz|regen|buchen|eichen|fichten|kiefern)wald$|(?:bade|stau|bagger|binnen|tief)see$|(?:blick|augen)winkel$|(?:ein|durch|fuss|auf|aus|vor)marsch$|(?:bringen|ringen|springen|dingen|klingen|zwingen|gelingen|misslingen|bau|schau|frau|show|stau|genau|grau|sitz|dach|fach|schach|ruecksicht|ausflug|kapital|hospital|pital|metall|denkmal|zentrum|museum|studium|gymnasium|publikum|datum|eigentum|wachstum|konsortium|ministerium|kuratorium|podium|stadium|medium|minimum|maximum|forum|jubilaeum|verbrauch|gebrauch|einbruch|aufbruch|verbund|marketing|training|meeting|recycling|camping|doping|coaching|ranking|rating|leasing|parking|catering|controlling|shopping|casting|hearing|feeling|briefing|boarding|mentoring|monitoring|gendering|bewerbung)$/;
// words after which an unknown name of that shape is a place (folded): locatives, routes, surroundings
const CUES = new Set([
  'in',
  'nach',
  'aus',
  'bei',
  'bis',
  'ueber',
  'durch',
  'um',
  'richtung',
  'nahe',
  'zwischen',
  'gen',
]);
// a part suffix after a hyphen: "Quarnstedt-Ost", "Rödlitz-Mitte"
const PART = /-(?:Nord|Süd|Ost|West|Mitte|Dorf|Siedlung)$/u;

/** True when the word has the shape of an unknown German settlement name. */
export function isToponymShaped(word: string, norm: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(word) || placeTier(word)) return false;
  const base = PART.test(word) ? norm.replace(/-[^-]+$/, '') : norm;
  if (base.includes('-') || base.length < 5 || !TOPONYM_ENDING.test(base) || NOT_TOPONYM.test(base)) return false;
  return !isSiteWord(word) && !isFrequentEnglish(word) && !isFirstName(word);
}

/** True when the word names a person elsewhere in the release: after a first name, a title or Herr/Frau. */
function namesPerson(doc: Doc, word: string): boolean {
  return doc.tokens.some((t, i) => {
    if (t.text !== word || i === 0) return false;
    const prev = doc.tokens[i - 1]!;
    if (!/^ $/.test(prev.post) || !prev.cap) return false;
    return isFirstName(prev.text) || !!germanTitle(prev.text) || /^(?:herr|herrn|frau)$/.test(prev.norm);
  });
}

/** The locating words around k: a locative, a route word, "von … bis/nach", a visit verb (and a pronoun), "bei Y". */
function cueBefore(doc: Doc, k: number, from: number, to: number): boolean {
  const toks = doc.tokens;
  const prev = toks[k - 1];
  if (!prev || k - 1 < from || prev.post !== ' ') return false;
  if (CUES.has(prev.norm)) return true;
  // "von Hellwarden bis Brunnsiek": "von" alone is also a name particle or an agent
  if (prev.norm === 'von') return toks.slice(k + 1, to).some((t) => /^(?:bis|nach|ueber)$/.test(t.norm));
  if (afterStopCue(toks, k, from)) return true;
  // "Rödwisch bei Kleinfurt": a village located by the town next to it
  const bei = toks[k + 1];
  const town = toks[k + 2];
  return (
    bei?.norm === 'bei' && k + 2 < to && !!town && (!!placeTier(town.text) || isToponymShaped(town.text, town.norm))
  );
}

/** "in Talheim, Quarnstedt und Pölkenhagen": the token at k continues a list whose item before is a place. */
function continuesPlaceList(doc: Doc, k: number, found: readonly Candidate[]): boolean {
  const last = found[found.length - 1];
  const prev = doc.tokens[k - 1];
  if (!last || !prev) return false;
  if (prev.end === last.end) return /^,\s$/.test(prev.post);
  const p2 = doc.tokens[k - 2];
  return /^(?:und|sowie|oder)$/.test(prev.norm) && !!p2 && p2.end === last.end && /^ $/.test(p2.post);
}

/** An unknown name of settlement shape after a locating word or in a list of places. */
export const toponymPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-toponym',
  at({ doc, s, k, found }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    if (k === s.from || !isProperWord(t) || !isToponymShaped(t.text, t.norm)) return null;
    const next: Token | undefined = toks[k + 1];
    // a capitalised word right after starts a longer name ("bei Rosenberg Consulting")
    if (next && k + 1 < s.to && t.post === ' ' && isCapWord(next)) return null;
    if (!cueBefore(doc, k, s.from, s.to) && !continuesPlaceList(doc, k, found)) return null;
    if (namesPerson(doc, t.text)) return null;
    return claim(k, [place(t.text, t.start, t.end, 0.6, 'de-plc-toponym')]);
  },
};

// first words of two-word village names: "Wendisch Quarnstedt", "Hohen Pölkow", "Groß Lüttmarn", "Bad Trebsal"
const NAME_FIRST = /^(?:\p{Lu}\p{Ll}+(?:isch|sch)|Hohen|Groß|Klein|Neu|Alt|Ober|Unter|Nieder|Bad|Markt|Sankt)$/u;

/** A two-word village name after a locating word: a name prefix or a land adjective and a settlement name. */
export const twoWordToponymPlace: TokenRule<PlaceAt> = {
  name: 'de-plc-toponym-pair',
  at({ doc, s, k }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    const next = toks[k + 1];
    if (k === s.from || !next || k + 1 >= s.to || t.post !== ' ' || !NAME_FIRST.test(t.text)) return null;
    const known = placeTier(`${t.text} ${next.text}`);
    if (known || !(placeTier(next.text) || isToponymShaped(next.text, next.norm)) || !isProperWord(next)) return null;
    const after = toks[k + 2];
    if (after && k + 2 < s.to && next.post === ' ' && isCapWord(after)) return null;
    if (!cueBefore(doc, k, s.from, s.to)) return null;
    const name = doc.text.slice(t.start, next.end);
    return claim(k + 1, [place(name, t.start, next.end, 0.6, 'de-plc-toponym')]);
  },
};
