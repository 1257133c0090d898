// The title phrase around a title word: adjectives before it, past markers, the role's organisation and title.
import type { Doc, Sentence, Token } from '../core/types.js';
import { DE_PERSON_INTRO, germanTitle, isTitleAdjective } from './titles.js';
import { PARL_TITLES, PAST, titleNominative } from './names.js';
import { placeBeforeTitle } from './person-roles.js';
import { germanOrgHead } from './org-lexicon.js';
import type { At } from './scan.js';

/** A title word (or person intro word) at k and what the words around it say about the role. */
export interface TitlePhrase extends At {
  title: ReturnType<typeof germanTitle>;
  /** "Frau", "Herr": a person follows, but no role. */
  intro: boolean;
  /** First token of the phrase (adjectives before the title: "Parlamentarische Staatssekretärin"). */
  ts: number;
  past: boolean;
  roleOrg: { text: string; start: number } | null;
  /** The title in the nominative, with its adjectives ("Erste Kreisrätin"). */
  roleTitle: string;
}

const ORG_LIKE_START = /^\p{Lu}(?:\p{Lu}|\p{Ll}+\p{Lu})/u;

/** The organisation-like prefix of a compound title ("WerkStark-", "IHK-", "OSL-"; not "Leibniz-Preisträger"). */
export function titlePrefixOrg(t: Token): string | null {
  // the prefix starts the word, so the word must start like an acronym or a CamelCase name (cheap test first)
  if (!ORG_LIKE_START.test(t.text)) return null;
  const title = germanTitle(t.text);
  if (!title?.prefix) return null;
  const pre = title.prefix.replace(/[-‐‑–]$/, '');
  return (/^\p{Lu}{2,}$/u.test(pre) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(pre)) && !germanTitle(pre) ? pre : null;
}

/** The title phrase at token k, or null when k is no title, parliament title or intro word. */
export function titlePhrase(doc: Doc, s: Sentence, k: number): TitlePhrase | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  const title = germanTitle(t.text);
  const intro = DE_PERSON_INTRO.has(t.norm);
  if (!title && !PARL_TITLES.has(t.text) && !intro) return null;
  let ts = k;
  let past = false;
  while (ts > s.from && isTitleAdjective(toks[ts - 1]!.text) && /^ $/.test(toks[ts - 1]!.post)) ts--;
  for (let m = Math.max(s.from, ts - 2); m < k; m++) if (PAST.test(toks[m]!.text)) past = true;
  const pre = titlePrefixOrg(t);
  let roleOrg: { text: string; start: number } | null = pre ? { text: pre, start: t.start } : null;
  for (let m = ts; !roleOrg && m > s.from && m >= ts - 1; m--) roleOrg = placeBeforeTitle(doc, m);
  for (let m = ts; !roleOrg && m < k; m++) roleOrg = placeBeforeTitle(doc, m + 1);
  // a prefix that names a kind of body stays with the title ("Kita-Leiterin": the Kita is the role's body)
  const kindPrefix = !pre && !!title?.prefix && !!germanOrgHead(title.prefix.replace(/[-‐‑–]$/, ''));
  const titleText = title
    ? doc.text.slice(toks[ts]!.start, t.start) +
      (kindPrefix ? title.prefix : '') +
      titleNominative(title.prefix ? t.text.slice(title.prefix.length) : t.text)
    : t.text;
  // "der Ersten Kreisrätin" → "Erste Kreisrätin": adjectives of a title in the nominative
  const roleTitle = titleText
    .replace(/^(?:neue[rn]?|ehemalige[rn]?|frühere[rn]?)\s+/i, '')
    .replace(/^(\p{L}+)en(\s)/u, (_m, stem: string, sp: string) => `${stem}${title?.feminine ? 'e' : 'er'}${sp}`);
  return { doc, s, k, title, intro, ts, past, roleOrg, roleTitle };
}
