// Rule "de-org-role-named": a title's genitive complement that names a body no organisation rule knows the head of
// ("Geschäftsführer der Wohnbau Talheim", "Leiterin der Lebenshilfe Kleinfurt"), also in a predicate after the name.
// The complement of a title names whom the holder works for, so a noun followed by a proper name there is a body,
// unless it names a place, a time or an event.
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';
import { placeTier } from '../gazetteer/index.js';
import { predicateRolesAfter } from './predicative-roles.js';
import { isProperWord } from './proper-word.js';
import { germanTitle } from './titles.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, denominalizeGenitive } from './words.js';
import type { EntityRule } from './scan.js';

/** First words that make the complement a programme, an event or a time, not a body ("des Projekts X", "des Jahres"). */
const NOT_A_BODY =
  /(?:initiative|programm|projekt|kampagne|wettbewerb|preis|aktion|veranstaltung|reihe|festival|tour|fonds|strategie|plan|netzwerk|bündnis|konzept|ausstellung|tag|woche|nacht|fest|jahr|monat|gesetz|region|land|kreis|stadt|gemeinde|ort|ortsteil|stadtteil|bezirk|viertel|straße|platz)(?:s|es|e|en|n)?$/iu;

/** Bodies named in title complements that no earlier rule found. */
export const roleNamedOrgs: EntityRule = {
  name: 'de-org-role-named',
  propose(doc, earlier) {
    const candidates: Candidate[] = [];
    for (const p of earlier) {
      if (p.type !== 'Person') continue;
      // also the predicate after the name ("X ist Geschäftsführerin der Lebenshilfe Talheim")
      for (const r of [...(p.roles ?? []), ...predicateRolesAfter(doc, p.start, p.end, true)]) {
        const c = namedComplement(doc, r, earlier);
        if (c && !candidates.some((x) => x.start === c.start)) candidates.push(c);
      }
    }
    return { candidates };
  },
};

/** The complement of role r as a body when it is a noun and a proper name that no earlier candidate covers. */
function namedComplement(doc: Doc, r: RoleCandidate, earlier: readonly Candidate[]): Candidate | null {
  const start = r.orgStart;
  if (start === undefined || start < 0 || !r.organisation) return null;
  const from = doc.tokens.findIndex((t) => t.start === start);
  const n = r.organisation.split(/\s+/).length;
  if (from < 0 || n < 2 || n > 5) return null;
  const toks = doc.tokens.slice(from, from + n);
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  if (toks.length < n || toks.some((t) => t.sent !== first.sent) || !isBodyNoun(first)) return null;
  // the name: proper words after the noun, joined by connectors at most ("Kita Am Lindenberg", "Haus St. Martin")
  if (!toks.slice(1).every((t) => isProperWord(t) || DE_FUNCTION_WORDS.has(t.norm) || /^St\.?$/.test(t.text)))
    return null;
  if (!isProperWord(last) && !placeTier(last.text)) return null;
  if (toks.slice(0, -1).some((t) => /[,;:()„“"]/.test(t.post))) return null;
  if (earlier.some((o) => o.type !== 'Person' && o.start < last.end && first.start < o.end)) return null;
  const name = `${denominalizeGenitive(first.text)}${doc.text.slice(first.end, last.end)}`;
  return { type: 'Organisation', name, start: first.start, end: last.end, confidence: 0.7, rule: 'de-org-role-named' };
}

/** A capitalised noun that can head a body's name: no adjective, title, place, time or event word. */
function isBodyNoun(t: Token): boolean {
  return (
    t.cap &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
    !/(?:ische[nrs]?|e[nrs])$/u.test(t.text) &&
    !germanTitle(t.text) &&
    !placeTier(t.text) &&
    !DE_CALENDAR.has(t.norm) &&
    !NOT_A_BODY.test(t.text)
  );
}
