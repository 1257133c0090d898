// Rule "de-ini-scope-adjective": a capitalised national or state adjective that is part of a programme or award
// name, "Deutscher Heckenpreis", "den Bayerischen Brunnenpreis" (→ Bayerischer Brunnenpreis), "das
// europäische Förderprogramm" is not one (a lower-case adjective describes). The adjective must stand inside
// the sentence, where a capital marks a name. Parliaments and funds that are bodies look alike (a national
// adjective + "…tag" or "…fonds"), which is why "-tag" and "-fonds" are no heads here.
import { initiative, type InitiativeMatch } from './initiative-candidate.js';
import { isGenericPrice } from './initiative-generic.js';
import { bareAwardGender, forComplementEnd } from './initiative-for-complement.js';
import { DE_STATE_ADJECTIVES, denominalizeGenitive } from './words.js';
import type { Doc, Sentence, Token } from '../core/types.js';

const SCOPE = /^(?:Deutsch|Europäisch|International|National)(?:e|er|es|en|em)$/;
/** Heads of award and programme names with their grammatical gender. */
const HEADS: [RegExp, 'm' | 'f' | 'n'][] = [
  [/(?:preis|award|pakt|wettbewerb|kongress|gipfel)(?:e?s)?$/, 'm'],
  [/(?:programm|projekt|festival|netzwerk|forum|gesetz)(?:e?s)?$/, 'n'],
  [/(?:initiative|kampagne|strategie|offensive|reform|woche|nacht|auszeichnung|medaille|plakette)$/, 'f'],
];
const ENDING = { m: 'er', n: 'es', f: 'e' } as const;

/** Gender of an award or programme compound (modifier of 3+ letters), or null for other words. */
function headGenderOf(t: Token): 'm' | 'f' | 'n' | null {
  if (!t.cap || isGenericPrice(t.norm)) return null;
  for (const [re, g] of HEADS) {
    const m = re.exec(t.norm);
    if (m && t.norm.length - m[0].length >= 3) return g;
  }
  return null;
}

/** An inflected -isch state adjective ("Bayerische"); town adjectives in -er ("Berliner") do not inflect. */
const STATE_FORM = /^\p{Lu}[\p{L}-]*isch(?:e|er|es|en|em)$/u;

const isScopeAdjective = (w: string): boolean =>
  SCOPE.test(w) || (STATE_FORM.test(w) && DE_STATE_ADJECTIVES.some(([re]) => re.test(w)));

/** Scope adjective + award/programme compound, both in the nominative singular. */
export function scopeAdjectiveRule(doc: Doc, s: Sentence, k: number): InitiativeMatch | null {
  const toks = doc.tokens;
  const a = toks[k]!;
  const n = toks[k + 1];
  if (k === s.from || !a.cap || !n || k + 1 >= s.to || a.post !== ' ' || n.pre !== '') return null;
  if (!/isch|^(?:deutsch|europ|internation|national)/.test(a.norm) || !isScopeAdjective(a.text)) return null;
  // a bare award word names one only with what it is for ("Deutscher Preis für Denkmalschutz")
  const bare = bareAwardGender(n.norm);
  const e = bare ? forComplementEnd(toks, s, k + 1) : k + 1;
  const g = bare ?? headGenderOf(n);
  if (!g || e < 0) return null;
  const stem = a.text.replace(/(?:er|es|en|em|e)$/, '');
  const noun = /^(?:des|eines)$/.test(toks[k - 1]?.norm ?? '') ? denominalizeGenitive(n.text) : n.text;
  const name = `${stem}${ENDING[g]} ${noun}${doc.text.slice(n.end, toks[e]!.end)}`;
  const surface = doc.text.slice(a.start, toks[e]!.end);
  return { candidates: [initiative(name, a.start, toks[e]!.end, 0.75, 'de-ini-scope-adjective', [surface])], last: e };
}
