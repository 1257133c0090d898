// Organisations named by a legal form: "Nordlicht GmbH", „Lenz & Hauer Systems GmbH“, "Förderverein X e.V.".
import type { Candidate, Doc } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { LEGAL_FORMS } from './org-lexicon.js';
import { DE_FUNCTION_WORDS } from './words.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenRule } from './scan.js';

/** A legal form extends left over the name (or the quoted name); the form word is claimed even without a name. */
export const legalForm: TokenRule<OrgAt> = {
  name: 'de-org-legal',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const isForm =
      (LEGAL_FORMS.has(t.text.replace(/\.$/, '')) && k > s.from && !/^(?:AG|SE|UG|Co)$/.test(t.text)) ||
      (/^(?:AG|SE|UG)$/.test(t.text) && k > s.from && isCapWord(toks[k - 1]));
    if (!isForm) return null;
    const span = legalFormSpan(doc, s.from, k);
    return claim(k, span ? [span] : []);
  },
};

/** Legal-form span: back from the legal form over capitalised words, or the quoted name. */
function legalFormSpan(doc: Doc, from: number, k: number): Candidate | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  let end = t.end + (t.text === 'e.V' || t.text === 'Co' ? 1 : 0);
  // quoted: „… GmbH“
  for (let m = k; m >= from && m > k - 8; m--) {
    if (/[„"“]$/.test(toks[m]!.pre)) {
      const first = toks[m]!;
      return org(doc.text.slice(first.start, end).replace(/[„“"]/g, ''), first.start, end, 0.9, 'de-org-legal-quoted');
    }
    if (m < k && /[“”"]/.test(toks[m]!.post)) break;
  }
  let m = k - 1;
  while (m >= from && m > k - 6) {
    const p = toks[m]!;
    if (/[,;:.()]/.test(p.post) && m < k - 1) break;
    if (isCapWord(p) || p.text === '&' || (p.norm === 'und' && m > from && isCapWord(toks[m - 1])) || isAcronym(p)) {
      if (DE_FUNCTION_WORDS.has(p.norm) && p.norm !== 'und') break;
      m--;
      continue;
    }
    break;
  }
  if (m === k - 1) return null;
  const first = toks[m + 1]!;
  if (t.text === 'e.V' || t.text === 'e. V') end = Math.min(doc.text.length, t.end + 1);
  return org(doc.text.slice(first.start, end), first.start, end, 0.85, 'de-org-legal');
}
