// Organisations named by a head noun: "Städtische Musikschule", Pflegeheim „Haus am Lindenhang“, "Landkreis X".
import type { Candidate, Doc, Sentence, Token } from '../core/types.js';
import { isAcronym, isCamelCase } from '../core/tokens.js';
import { placeTier } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import { fold } from '../../../src/domain/index.js';
import { DE_ORG_ACRONYMS, DE_PREFIX_HEADS, germanOrgHead, headGender, pluralBodyNominative } from './org-lexicon.js';
import {
  DE_CALENDAR,
  DE_FUNCTION_WORDS,
  DE_STATE_ADJECTIVES,
  denominalizeGenitive,
  looksLikeCommonNoun,
} from './words.js';
import { rightExtension } from './org-extension.js';
import { org, type OrgAt } from './org-rule.js';
import { claim, type TokenMatch, type TokenRule } from './scan.js';

const GENITIVE_ARTICLES = new Set(['des', 'eines', 'dieses']);
const INDEFINITE =
  /^(?:ein|eine|einer|einem|einen|eines|kein|keine|keiner|keinem|keinen|keines|jede|jeder|jedem|jeden|jedes)$/;

/** Quoted name after the head: Tagespflege "Marta Kellner", Pflegeheim „Haus am Lindenhang“. */
export const quotedNameAfterHead: TokenRule<OrgAt> = {
  name: 'de-org-quoted-name',
  at({ doc, s, k }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const q = toks[k + 1];
    if (!q || k + 1 >= s.to || !/[„"“]$/.test(q.pre) || !/^\s*$/.test(t.post.replace(/[„"“]/g, ''))) return null;
    let e = k + 1;
    while (e < s.to && e < k + 10 && !/[“”"]/.test(toks[e]!.post)) e++;
    if (e >= s.to || e >= k + 10) return null;
    const startK = leftExtension(doc, s, k);
    const inner = doc.text.slice(q.start, toks[e]!.end);
    const full = doc.text.slice(toks[startK]!.start, toks[e]!.end + 1);
    return claim(e, [org(full, toks[startK]!.start, toks[e]!.end + 1, 0.8, 'de-org-quoted-name', [inner])]);
  },
};

/** Head noun with adjectives before it and a name, remit or abbreviation after it; bare and plural heads decided here. */
export const headedName: TokenRule<OrgAt> = {
  name: 'de-org-compound',
  at(at): TokenMatch {
    const { doc, s, k, head, prefixHead } = at;
    const toks = doc.tokens;
    const t = toks[k]!;
    const startK = leftExtension(doc, s, k);
    const ext = rightExtension(at);
    let endK = ext.endK;
    if (prefixHead && endK === k && !head) return claim(k); // "der Landkreis" alone: resolved by coreference
    // plural: a generic class of bodies, also with a remit ("Wohnungsbaugesellschaften für Talland")
    if (head?.plural && !prefixHead) return claim(k);
    // "eine Fluggesellschaft", "jeder Sportverein": an unnamed head after an indefinite word is a class, no body
    if (endK === k && startK === k && afterIndefinite(doc, s, k)) return claim(k);
    if (head?.bare && endK === k && startK === k) {
      // bare "Feuerwehr", "Ministerium": only an alias of a named one (coreference)
      return claim(k, [{ ...org(nominative(doc, k), t.start, t.end, 0.3, 'de-org-bare'), partial: true }]);
    }
    const acronym = classifiedAcronym(at, startK, endK);
    if (acronym) return claim(endK, [acronym]);
    const out: Candidate[] = [];
    const inner = genitiveInner(doc, s, endK);
    if (inner) {
      out.push(inner);
      endK += 2;
    }
    const lastT = toks[endK]!;
    const headName = nominative(doc, k);
    let name = nominativeAdjectives(doc, startK, k) + headName + doc.text.slice(t.end, lastT.end);
    // "des Polizeipräsidiums Oberlands" → "Polizeipräsidium Oberland"
    if (endK > k && headName !== t.text && /s$/.test(lastT.text) && placeTier(lastT.text.slice(0, -1)))
      name = name.slice(0, -1);
    const conf = endK > k || startK < k ? 0.85 : 0.7;
    const rule = prefixHead ? 'de-org-prefix' : 'de-org-compound';
    // a bracketed qualifier of the name's place closes inside the name: "Stadt Talburg (Aue)"
    const closes = name.lastIndexOf('(') > name.lastIndexOf(')') && /^\)/.test(lastT.post);
    // the bracketed abbreviation is an alias, not part of the name: "Landesamt (LAUN) für Umwelt"
    const abbr = ext.aliases[0];
    const bare = abbr ? name.replace(` (${abbr}`, '').replace(/^([^(]*?)\)/, '$1') : name;
    const c = org(
      bare !== name ? bare : closes ? `${name})` : name,
      toks[startK]!.start,
      lastT.end + (closes ? 1 : 0),
      conf,
      rule,
      ext.aliases,
    );
    // "Region Talland-Ost" names an area, not a body
    out.push(t.norm === 'region' && endK > k ? { ...c, type: 'Place', rule: 'de-plc-region' } : c);
    return claim(endK, out);
  },
};

/** True when an indefinite word stands before the head, maybe with lower-case adjectives between ("einer kleinen"). */
function afterIndefinite(doc: Doc, s: Sentence, k: number): boolean {
  let j = k - 1;
  while (
    j > s.from &&
    /^\p{Ll}+(?:e|em|en|er|es)$/u.test(doc.tokens[j]!.text) &&
    !DE_FUNCTION_WORDS.has(doc.tokens[j]!.norm)
  )
    j--;
  return j >= s.from && j < k && INDEFINITE.test(doc.tokens[j]!.norm);
}

/** "die Nachrichtenagentur NDA", "Gewerkschaft GDV": a class noun before an acronym describes it; the acronym is the name. */
function classifiedAcronym({ doc, k, head, prefixHead }: OrgAt, startK: number, endK: number): Candidate | null {
  const a = doc.tokens[k + 1];
  if (!head || prefixHead || startK !== k || endK !== k + 1 || !a || !isAcronym(a) || /\($/.test(a.pre)) return null;
  if (placeTier(a.text)) return null;
  return org(a.text, a.start, a.end, 0.8, 'de-org-classified-acronym', [doc.text.slice(doc.tokens[k]!.start, a.end)]);
}

/** First token of the name before the head: adjectives ("Städtische"), "Industrie- und", state adjectives. */
function leftExtension(doc: Doc, s: Sentence, k: number): number {
  const toks = doc.tokens;
  let startK = k;
  while (startK > s.from) {
    const p = toks[startK - 1]!;
    const pp = toks[startK - 2];
    if (p.norm === 'und' && pp && /^[-‐‑–]\s/.test(pp.post) && startK - 2 >= s.from) {
      startK -= 2;
      continue;
    }
    if (
      /^\p{Lu}\p{Ll}+(?:e|es|er|en)$/u.test(p.text) &&
      !DE_FUNCTION_WORDS.has(p.norm) &&
      !germanTitle(p.text) &&
      !DE_CALENDAR.has(p.norm) &&
      startK - 1 > s.from &&
      /^ $/.test(p.post) &&
      // "-ischen" ends like the noun ending "-chen" but is an adjective ("der Städtischen Musikschule")
      (!looksLikeCommonNoun(p.text) || /ischen$/.test(p.text)) &&
      /(?:ische|isches|ischen|ischer|ige|iges|igen|iger|ale|ales|alen|aler|er)$/.test(p.text)
    ) {
      startK -= 1;
      continue;
    }
    if (DE_STATE_ADJECTIVES.some(([re]) => re.test(p.text)) && /^ $/.test(p.post)) {
      startK -= 1;
      continue;
    }
    // "Deutsche Rentenversicherung", "der Grünen Landtagsfraktion": national and party adjectives
    if (
      /^ $/.test(p.post) &&
      (NATIONAL_ADJECTIVE.test(p.text) || (PARTY_ADJECTIVE.test(p.text) && isCaucus(toks[k]!)))
    ) {
      startK -= 1;
      continue;
    }
    break;
  }
  return startK;
}

// "-sche(n)" does not end like the adjectives above ("-ische"), so the national adjective is listed
const NATIONAL_ADJECTIVE = /^Deutsch(?:e|er|es|en)$/;
// party names used as adjectives: only before a parliamentary group ("Grüne Landtagsfraktion")
const PARTY_ADJECTIVE = /^(?:Grüne|Grünen|Linke|Linken)$/;

/** True for a parliamentary group head ("Fraktion", "Landtagsfraktion"). */
function isCaucus(t: Token): boolean {
  return /fraktion$/.test(fold(t.text));
}

/** Genitive complement naming an organisation: "Beratungszentrum der WerkStark" → also "WerkStark". */
function genitiveInner(doc: Doc, s: Sentence, endK: number): Candidate | null {
  const toks = doc.tokens;
  const g = toks[endK + 1];
  const gn = toks[endK + 2];
  if (!g || !gn || endK + 2 >= s.to || (g.norm !== 'der' && g.norm !== 'des')) return null;
  if (/[,;:.()]/.test(toks[endK]!.post)) return null;
  if (!isCamelCase(gn) && !(isAcronym(gn) && DE_ORG_ACRONYMS.has(gn.text))) return null;
  return org(gn.text, gn.start, gn.end, 0.7, 'de-org-genitive-inner');
}

/** Adjectives before a head in the nominative: "der Städtischen Musikschule" → "Städtische ". */
function nominativeAdjectives(doc: Doc, startK: number, k: number): string {
  const toks = doc.tokens;
  const raw = doc.text.slice(toks[startK]!.start, toks[k]!.start);
  const art = toks[startK - 1];
  if (startK === k || !art || !/^(?:der|des|dem|den|einer|eines|einem|zur|zum|im|vom|beim)$/.test(art.norm)) return raw;
  const ending = { f: 'e', m: 'er', n: 'es' }[headGender(toks[k]!.text)];
  return raw.replace(/(\p{L}{3,}?)en(\s)/gu, (_m, stem: string, sp: string) => `${stem}${ending}${sp}`);
}

/** Head word in the nominative: "des Landkreises" → "Landkreis", "Beratungszentrums" → "Beratungszentrum". */
function nominative(doc: Doc, k: number): string {
  const t = doc.tokens[k]!;
  const prev = doc.tokens[k - 1];
  const prev2 = doc.tokens[k - 2];
  const genitive =
    (prev && GENITIVE_ARTICLES.has(prev.norm)) ||
    (prev2 && GENITIVE_ARTICLES.has(prev2.norm) && /^\p{L}+(?:e|en|es|er)$/u.test(prev?.text ?? ''));
  return genitive ? genitiveHead(t.text) : pluralBodyNominative(t.text);
}

/** A head after a genitive article without its ending; a head already in the nominative ("des Landkreis X") stays. */
function genitiveHead(word: string): string {
  const stem = denominalizeGenitive(word);
  if (stem === word || !(DE_PREFIX_HEADS.has(fold(word)) || germanOrgHead(word)?.head === fold(word))) return stem;
  return word;
}
