// Rule en-org-irish-school: Irish-language school names keep their lower-case article ("Gaelscoil an Locha",
// "Naíscoil na Mara"), which would otherwise end the capitalised run before the name.
import { isCapWord } from '../core/tokens.js';
import type { Doc } from '../core/types.js';
import { candidateAt, propose, type RunRule } from './proposals.js';

/** Irish school heads (folded): all-Irish primary, pre-school, secondary schools and colleges. */
const IRISH_SCHOOL = /^(?:gaelscoil|naiscoil|bunscoil|meanscoil|scoil|colaiste|gaelcholaiste)$/;
const IRISH_ARTICLE = /^(?:an|na)$/;

/** Last token of the capitalised words from i on (up to four, no punctuation between), or i-1 if none. */
function nameEnd(doc: Doc, i: number, to: number): number {
  let m = i - 1;
  while (m + 1 < to && m + 1 < i + 4 && isCapWord(doc.tokens[m + 1])) {
    m++;
    if (/[,;:.!?()]/.test(doc.tokens[m]!.post)) break;
  }
  return m;
}

/** An Irish school head + "an/na" + name is one school; the run after the article is consumed. */
export const irishSchool: RunRule = {
  name: 'en-org-irish-school',
  apply({ a, b, last, next }, { doc }) {
    const head = last.norm.normalize('NFD').replace(/\p{M}/gu, '');
    if (!IRISH_SCHOOL.test(head) || !next || !IRISH_ARTICLE.test(next.text) || /[,;:.!?()]/.test(last.post))
      return null;
    const to = doc.sentences[last.sent]!.to;
    const end = nameEnd(doc, b + 2, to);
    if (end < b + 2) return null;
    return [
      propose(candidateAt(doc, 'Organisation', a, end, 0.8, 'en-org-irish-school')),
      { kind: 'consumed', upTo: end },
    ];
  },
};
