// Persons found by their first name: "Sandra Lenz-Hauer", "Edith Knoll" (no title needed).
import type { Candidate, Doc, Token } from '../core/types.js';
import { isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanOrgHead } from './org-lexicon.js';
import { nameRun } from './names.js';
import { personCandidate } from './person-rule.js';
import type { EntityRule } from './scan.js';

const ARTICLE = /^(?:ein|eine|einem|einen|einer|eines|am|im|vom|zum|zur|beim|ins)$/;

/** "der Boden", "des Mercedes": a definite article before a first name that is also a frequent noun. */
const nounAfterArticle = (prev: Token, t: Token): boolean =>
  /^(?:der|die|das|dem|den|des)$/.test(prev.norm) && isFrequentGermanNoun(t.text);

/** (D) a first name (or hyphenated first names) followed by a surname no earlier person rule took. */
export const firstNamePersons: EntityRule = {
  name: 'de-per-firstname',
  propose(doc, earlier) {
    const toks = doc.tokens;
    const taken = personTokens(doc, earlier);
    const candidates: Candidate[] = [];
    for (const s of doc.sentences) {
      for (let k = s.from; k < s.to; k++) {
        if (taken[k]) continue;
        const t = toks[k]!;
        if (!isCapWord(t) || !t.text.split(/[-‐‑–]/).every((p) => isFirstName(p))) continue;
        const prev = toks[k - 1];
        if (prev && k > s.from && /^(?:st|sankt|hl|rue|via|avenida|calle)$/i.test(prev.text)) continue;
        // a name takes no article: "einem Mercedes", "am Boden", "der Tor…" are nouns that are also first names
        if (prev && k > s.from && (ARTICLE.test(prev.norm) || nounAfterArticle(prev, t))) continue;
        if (/[„"“]$/.test(t.pre) && k > s.from && germanOrgHead(toks[k - 1]!.text)) continue;
        const e = nameRun(toks, k, s.to);
        if (e <= k || taken.slice(k, e + 1).some(Boolean)) continue;
        // the surname must not be a place we know
        const last = toks[e]!;
        if (placeTier(last.text) === 'country' || placeTier(last.text) === 'region') continue;
        candidates.push(personCandidate(doc, k, e, 'de-per-firstname', 0.75, []));
        k = e;
      }
    }
    return { candidates };
  },
};

/** For each token index: true when an earlier person candidate covers it. */
function personTokens(doc: Doc, earlier: readonly Candidate[]): boolean[] {
  const taken = doc.tokens.map(() => false);
  for (const c of earlier) {
    if (c.type !== 'Person') continue;
    for (const t of doc.tokens) if (t.start >= c.start && t.end <= c.end) taken[t.i] = true;
  }
  return taken;
}
