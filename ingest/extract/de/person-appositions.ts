// Roles stated next to a person found by another rule: "X, Staatssekretär und Chef der Y,", "als Sprecher".
import type { Candidate, Doc, RoleCandidate } from '../core/types.js';
import { germanTitle, isTitleAdjective } from './titles.js';
import { isNameWord, skipHonorifics } from './names.js';
import { singularTitle } from './plural-titles.js';
import { appositionRoles, roleAfterAls, surnameAppositions } from './person-roles.js';
import type { EntityRule, RoleProposal } from './scan.js';

const persons = (cs: readonly Candidate[]): Candidate[] => cs.filter((c) => c.type === 'Person');

/** (C) name + apposition: "Klaus-Peter Tiedemann, Staatssekretär und Chef der Staatskanzlei,". */
export const nameApposition: EntityRule = {
  name: 'de-per-name-apposition',
  propose(doc, earlier) {
    return { roles: persons(earlier).flatMap((p) => appositionAfter(doc, p)) };
  },
};

/** "Hollweg, die Patin des …": apposition after a later surname-only mention. */
export const surnameApposition: EntityRule = {
  name: 'de-per-surname-apposition',
  propose: (doc, earlier) => ({ roles: surnameAppositions(doc, persons(earlier)) }),
};

/** "in seinem Amt als handwerkspolitischer Sprecher", "Amtsleiter wird …": a role for the sentence's one person. */
export const roleAsPredicate: EntityRule = {
  name: 'de-per-role-als',
  propose: (doc, earlier) => ({ roles: roleAfterAls(doc, persons(earlier)) }),
};

/** The roles of the apposition right after person p (after an optional "(Mitte)" or "(CDU)"). */
function appositionAfter(doc: Doc, p: Candidate): RoleProposal[] {
  const toks = doc.tokens;
  const lastIdx = toks.findIndex((x) => x.end === p.end);
  if (lastIdx < 0) return [];
  const bracketed = bracketTitle(doc, lastIdx);
  if (bracketed.length > 0) return bracketed.map((role) => ({ person: p, role }));
  let j = lastIdx;
  // the opening bracket may end this token's trailing text or start the next token's leading text
  if (/\(\s*$/.test(toks[j]!.post) || /^\s*\(/.test(toks[j]!.post) || /\(\s*$/.test(toks[j + 1]?.pre ?? '')) {
    while (j < toks.length - 1 && !/\)/.test(toks[j]!.post)) j++;
  }
  if (!/,\s*$/.test(toks[j]!.post.replace(/\)/, ''))) return [];
  const sentEnd = doc.sentences[toks[j]!.sent]!.to;
  let m = j + 1;
  while (m < sentEnd && m < j + 5) {
    const x = toks[m]!;
    const skip =
      /^(?:der|die|des|dem|den)$/.test(x.norm) ||
      /^\d+-jährige[rn]?$/i.test(x.text) ||
      // ", seit 2015 Leiterin der Musikschule,": the time since belongs to the apposition
      (x.norm === 'seit' && /^\d{4}$/.test(toks[m + 1]?.text ?? '')) ||
      (/^\d{4}$/.test(x.text) && toks[m - 1]?.norm === 'seit') ||
      isTitleAdjective(x.text) ||
      (!x.cap && /(?:e|er|en)$/.test(x.text) && !germanTitle(x.text));
    if (!skip) break;
    m++;
  }
  const tt = toks[m];
  if (!tt || m >= sentEnd || !germanTitle(tt.text)) return [];
  // "mit Landrat X, Abgeordneten, Kreisrätinnen und …": a bare plural title lists further guests, no apposition
  const lower = tt.text.toLowerCase();
  if (m === j + 1 && singularTitle(lower) !== lower) return [];
  // "…, den neuen Polizeipräsidenten Roland Eibl": a list of persons, not an apposition
  if (isNameWord(toks[skipHonorifics(toks, m + 1, sentEnd)])) return [];
  return appositionRoles(doc, m, sentEnd).map((role) => ({ person: p, role }));
}

/** "Greta Wendlandt (Referentin für Klimaschutz)": a title in brackets right after the name is an apposition. */
function bracketTitle(doc: Doc, lastIdx: number): RoleCandidate[] {
  const toks = doc.tokens;
  const open = toks[lastIdx + 1];
  if (!open || !(/\(\s*$/.test(toks[lastIdx]!.post) || /^\s*\(/.test(open.pre))) return [];
  let m = lastIdx + 1;
  while (isTitleAdjective(toks[m]?.text ?? '')) m++;
  const tt = toks[m];
  if (!tt || tt.sent !== toks[lastIdx]!.sent || !germanTitle(tt.text) || isNameWord(toks[m + 1])) return [];
  return appositionRoles(doc, lastIdx + 1, doc.sentences[tt.sent]!.to);
}
