// English title-led runs: "Secretary of State for Wales Owen Pryce", "Commissioner Varga", "Principal Claudette Vane";
// a title without a name is a title reference, or the role of a person before "as".
import type { Doc, RoleCandidate, Token } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { roleAfterAs } from './appositions.js';
import { EN_HONORIFICS, EN_ORG_HEADS, EN_POSTNOMINALS, EN_ROLE_POSTNOMINALS, EN_TITLE_HEADS } from './lexicon.js';
import { personWithApposition } from './person-rules.js';
import { candidateAt, type Proposal, type Run, type RunContext, type RunRule } from './proposals.js';
import { isHead, isNameWord, isTitleWord } from './words.js';

/** Index of the run's first word after honorifics when the run is led (or ended) by a title, else -1. */
function titleHead({ a, b, words, last }: Run, toks: Token[]): number {
  let h = a;
  while (h < b && EN_HONORIFICS.has(toks[h]!.norm)) h++;
  const led =
    isTitleWord(toks[h]!) ||
    (h < b && isTitleWord(toks[h + 1]!) && !isNameWord(toks[h])) ||
    (isTitleWord(last) && !EN_ORG_HEADS.has(last.norm) && !words.some((w) => isFirstName(w.text) && isNameWord(w)));
  return led ? h : -1;
}

/** True for a first name that starts a name inside a title run ("Environment Minister Rebecca Pow"). */
function startsName(toks: Token[], i: number, b: number): boolean {
  const t = toks[i]!;
  const n = toks[i + 1]!;
  return (
    isFirstName(t.text) &&
    t.cap &&
    !isTitleWord(t) &&
    !isHead(t) &&
    n.cap &&
    !isTitleWord(n) &&
    !isHead(n) &&
    b - i <= 3
  );
}

/** Index where the name after the title starts: up to three trailing name words, or an earlier first name. */
function nameStart(toks: Token[], h: number, b: number): number {
  let j = b + 1;
  while (j - 1 > h && b - (j - 1) < 3 && isNameWord(toks[j - 1]) && !EN_POSTNOMINALS.has(toks[j - 1]!.text)) j--;
  for (let i = h + 1; i < b; i++) {
    if (!startsName(toks, i, b)) continue;
    return Math.min(i, j);
  }
  return j;
}

/** The person after the title toks[h..j-1], with the title (and role post-nominals) as roles; null if no name. */
function titledPerson(doc: Doc, h: number, jStart: number, b: number): Proposal[] | null {
  const toks = doc.tokens;
  let j = jStart;
  let e = b;
  while (e >= j && EN_POSTNOMINALS.has(toks[e]!.text)) e--;
  // a Title Case headline runs on after the name ("Minister Ann Vale Opens New Wing"): the name ends before the
  // first common word after the surname
  for (let q = j + 2; q <= e; q++)
    if (isFirstName(toks[j]!.text) && isCommonEnglish(toks[q]!.text)) {
      e = q - 1;
      break;
    }
  const hasComplement = toks.slice(h, j).some((w) => w.norm === 'of' || w.norm === 'for');
  if (j === e && (hasComplement || isCommonEnglish(toks[j]!.text))) j = e + 1; // "…Funds and Regional" is no name
  if (!(j <= e && j > h)) return null;
  const title = doc.text.slice(toks[h]!.start, toks[j - 1]!.end);
  const roles: RoleCandidate[] = (hasComplement ? stackedTitles(doc, h, j - 1) : title.split(/\s+and\s+/)).map(
    (part) => ({
      title: part,
      organisation: null,
      confidence: 0.8,
    }),
  );
  for (let m = e + 1; m <= b; m++)
    if (EN_ROLE_POSTNOMINALS.has(toks[m]!.text))
      roles.push({ title: toks[m]!.text, organisation: null, confidence: 0.8 });
  return personWithApposition(doc, j, e, 0.85, 'en-per-title', roles, b);
}

/**
 * "Assistant Minister for Housing Senator Mary Holt": a title head after a title's remit starts a second title
 * (the remit of "for/of" is no title head itself: "Minister for Education Senator" → both).
 */
function stackedTitles(doc: Doc, h: number, last: number): string[] {
  const toks = doc.tokens;
  const whole = doc.text.slice(toks[h]!.start, toks[last]!.end);
  const link = toks.slice(h, last).findIndex((w) => w.norm === 'of' || w.norm === 'for') + h;
  const tail = toks[last]!;
  if (link <= h || last - link < 2 || !EN_TITLE_HEADS.has(tail.norm) || !/^ $/.test(toks[last - 1]!.post))
    return [whole];
  return [doc.text.slice(toks[h]!.start, toks[last - 1]!.end), tail.text];
}

/** Honorifics left at the end of a title before the name ("Leader Cllr" → "Leader"). */
const TRAILING_HONORIFIC = /(?:\s+(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?)+$/;

/**
 * Rule en-per-org-title: "Talland Government Economy Minister Vaughan Pryce", "Eastbury Council Leader Cllr Jane Arlow":
 * an organisation ending in a body head, then a title, then the name; the organisation is the role's.
 */
function orgLedTitle(doc: Doc, { a, b }: Run): Proposal[] | null {
  const toks = doc.tokens;
  const t = toks.slice(a + 1, b).findIndex((w) => isTitleWord(w) && !EN_ORG_HEADS.has(w.norm)) + a + 1;
  if (t <= a) return null;
  let o = t - 1;
  while (o >= a && !EN_ORG_HEADS.has(toks[o]!.norm)) o--;
  if (o < a || o === t) return null;
  const person = titledPerson(doc, o + 1, nameStart(toks, t, b), b);
  if (!person) return null;
  // the run may have been trimmed of a capitalised adjective that is part of the body ("Talland Government")
  let s = a;
  while (
    s > 0 &&
    toks[s - 1]!.cap &&
    toks[s - 1]!.sent === toks[a]!.sent &&
    /^ $/.test(toks[s - 1]!.post) &&
    toks[s - 1]!.norm !== 'the'
  )
    s--;
  const org = candidateAt(doc, 'Organisation', s, o, 0.7, 'en-org-title-lead');
  const withOrg = person.map((p) =>
    p.kind === 'candidate' && p.candidate.type === 'Person'
      ? {
          ...p,
          candidate: {
            ...p.candidate,
            roles: (p.candidate.roles ?? []).map((r, i) =>
              i === 0
                ? { ...r, title: r.title.replace(TRAILING_HONORIFIC, ''), organisation: org.name, orgStart: org.start }
                : r,
            ),
          },
        }
      : p,
  );
  return [{ kind: 'candidate', candidate: org }, ...withOrg];
}

/**
 * The title a plural phrase gives each name after it: "Commissioners for Jobs, Ann Vale" → "Commissioner for Jobs"
 * (only when the first word is a title head with a plural -s).
 */
export function singularHead(head: Token, title: string): string {
  const single = head.norm.replace(/s$/, '');
  if (single === head.norm || !EN_TITLE_HEADS.has(single) || EN_TITLE_HEADS.has(head.norm)) return title;
  return title.slice(0, head.text.length - 1) + title.slice(head.text.length);
}

/** Rule en-per-title: title + name; a title alone is a reference ("the Minister") or a role after "as". */
export const titleLed: RunRule = {
  name: 'en-per-title',
  apply(run: Run, { doc, found }: RunContext) {
    const toks = doc.tokens;
    const h = titleHead(run, toks);
    if (h < 0) return orgLedTitle(doc, run);
    const person = titledPerson(doc, h, nameStart(toks, h, run.b), run.b);
    if (person) return person;
    const title = doc.text.slice(toks[h]!.start, run.last.end);
    if (run.prev && /^as$/i.test(run.prev.text)) return roleAfterAs(doc, found, run.a, title);
    // a title phrase without a name: a reference, or the role of the next name ("…, Carys Lloyd said")
    const ref = { start: toks[h]!.start, end: run.last.end, title };
    return [{ kind: 'title-ref', ref, last: { b: run.b, title: singularHead(toks[h]!, title) } }];
  },
};
