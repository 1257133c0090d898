// German organisation rules: compound heads, "Landkreis X", "Ministerium für …", legal forms, acronyms.
import type { Candidate, Doc, Token } from '../core/types.js';
import { isAcronym, isCamelCase, isCapWord } from '../core/tokens.js';
import { fold } from '../../../src/domain/index.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import {
  DE_INTRO_HEADS,
  DE_ORG_ACRONYMS,
  DE_PREFIX_HEADS,
  LEGAL_FORMS,
  germanOrgHead,
  headGender,
  isSiteWord,
} from './org-lexicon.js';
import {
  DE_CALENDAR,
  DE_FUNCTION_WORDS,
  DE_STATE_ADJECTIVES,
  denominalizeGenitive,
  looksLikeCommonNoun,
} from './words.js';

const GENITIVE_ARTICLES = new Set(['des', 'eines', 'dieses']);
// heads naming a territory: the following word must look like a place name
const TERRITORY = new Set(
  'landkreis landkreises kreis kreises stadt gemeinde samtgemeinde verbandsgemeinde markt hansestadt landeshauptstadt region bezirk bezirks'.split(
    ' ',
  ),
);

/** A capitalised word that can be (part of) a proper name after a head noun. */
export function isProperWord(t: Token | undefined): boolean {
  if (!t || (!isCapWord(t) && !isAcronym(t) && !/^\d{1,4}$/.test(t.text))) return false;
  if (/^\d/.test(t.text)) return false;
  const f = t.norm;
  if (DE_FUNCTION_WORDS.has(f) || DE_CALENDAR.has(f)) return false;
  if (germanTitle(t.text)) return false;
  if (germanOrgHead(t.text) && !isAcronym(t)) return false;
  if (looksLikeCommonNoun(t.text)) return false;
  if (t.text.length >= 4 && isFrequentGermanNoun(t.text) && !placeTier(t.text) && !isFirstName(t.text)) return false;
  return true;
}

/** Finds organisation candidates in a German release. */
export function findGermanOrganisations(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = toks[k]!;
      // legal form: extend left over the name ("Nordlicht GmbH", „Lenz & Hauer Systems GmbH“)
      if (
        (LEGAL_FORMS.has(t.text.replace(/\.$/, '')) && k > s.from && !/^(?:AG|SE|UG|Co)$/.test(t.text)) ||
        (/^(?:AG|SE|UG)$/.test(t.text) && k > s.from && isCapWord(toks[k - 1]))
      ) {
        const span = legalFormSpan(doc, s.from, k);
        if (span) out.push(span);
        continue;
      }
      const f = t.norm;
      if (DE_INTRO_HEADS.has(denominalizeGenitive(f)) || DE_INTRO_HEADS.has(f)) {
        const end = properRun(doc, k + 1, s.to, true);
        if (end > k) {
          const first = toks[k + 1]!;
          const last = toks[end]!;
          const name = doc.text.slice(first.start, last.end).replace(/[„“"]/g, '');
          out.push(cand(name, first.start, last.end, 0.8, 'de-org-intro', [doc.text.slice(t.start, last.end)]));
          k = end;
        }
        continue;
      }
      const head = germanOrgHead(t.text);
      const isPrefixHead = DE_PREFIX_HEADS.has(f) || DE_PREFIX_HEADS.has(fold(denominalizeGenitive(t.text)));
      if (!head && !isPrefixHead) {
        if ((isAcronym(t) && DE_ORG_ACRONYMS.has(t.text)) || (isCamelCase(t) && !germanTitle(t.text))) {
          // acronym + place ("TU Kleinfurt") is one name
          let end = k;
          if ((t.text === 'TU' || t.text === 'FH') && isProperWord(toks[k + 1]) && k + 1 < s.to) end = k + 1;
          out.push(cand(doc.text.slice(t.start, toks[end]!.end), t.start, toks[end]!.end, 0.7, 'de-org-acronym'));
          k = end;
        }
        continue;
      }
      if (isSiteWord(t.text)) continue;
      // left extension: capitalised adjectives ("Städtische Musikschule"), truncated compounds ("Industrie- und"), state adjectives
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
          !looksLikeCommonNoun(p.text) &&
          /(?:ische|isches|ischen|ischer|ige|iges|igen|iger|ale|ales|alen|aler|er)$/.test(p.text)
        ) {
          startK -= 1;
          continue;
        }
        if (DE_STATE_ADJECTIVES.some(([re]) => re.test(p.text)) && /^ $/.test(p.post)) {
          startK -= 1;
          continue;
        }
        break;
      }
      // quoted name after the head: Tagespflege "Marta Kellner", Pflegeheim „Haus am Lindenhang“
      const q = toks[k + 1];
      if (q && k + 1 < s.to && /[„"“]$/.test(q.pre) && /^\s*$/.test(t.post.replace(/[„"“]/g, ''))) {
        let e = k + 1;
        while (e < s.to && e < k + 10 && !/[“”"]/.test(toks[e]!.post)) e++;
        if (e < s.to && e < k + 10) {
          const inner = doc.text.slice(q.start, toks[e]!.end);
          const full = doc.text.slice(toks[startK]!.start, toks[e]!.end + 1);
          out.push(cand(full, toks[startK]!.start, toks[e]!.end + 1, 0.8, 'de-org-quoted-name', [inner]));
          k = e;
          continue;
        }
      }
      // right extension
      let endK = k;
      const aliases: string[] = [];
      let j = k + 1;
      // abbreviation in parentheses: "(IHK)"
      const abbr = toks[j];
      if (abbr && isAcronym(abbr) && /\($/.test(abbr.pre) && /^\)/.test(abbr.post)) {
        aliases.push(abbr.text);
        endK = j;
        j++;
      }
      const nj = toks[j];
      if (
        nj &&
        j < s.to &&
        (nj.norm === 'fuer' || nj.norm === 'von' || nj.norm === 'zu') &&
        !/[,;:.]/.test(toks[j - 1]!.post)
      ) {
        // "für Soziales, Integration und Gleichstellung", "von Oberland", "zu Dortmund"
        let m = j + 1;
        let last = -1;
        while (m < s.to && isCapWord(toks[m]) && !DE_FUNCTION_WORDS.has(toks[m]!.norm) && !germanTitle(toks[m]!.text)) {
          last = m;
          const nx = toks[m + 1];
          if (/^,\s$/.test(toks[m]!.post) && nx && isCapWord(nx) && !isPersonStart(toks, m + 1)) {
            m++;
            continue;
          }
          if (nx && nx.norm === 'und' && isCapWord(toks[m + 2])) {
            m += 2;
            continue;
          }
          break;
        }
        if (last > 0 && (nj.norm === 'fuer' || isProperWord(toks[j + 1]))) {
          endK = last;
          j = last + 1;
        }
        // "Amt für Jugend Kleinfurt": a place name after the remit
        if (
          nj.norm === 'fuer' &&
          endK === last &&
          toks[j] &&
          j < s.to &&
          placeTier(toks[j]!.text) &&
          !/[,;:.()]/.test(toks[endK]!.post)
        ) {
          endK = j;
          j++;
        }
      } else if (
        nj &&
        j < s.to &&
        isProperWord(nj) &&
        !/[,;:.()]/.test(toks[j - 1]!.post) &&
        !isPersonStart(toks, j) &&
        (!TERRITORY.has(f) || head || looksLikeName(doc, j, s.to))
      ) {
        // "Landkreis Talheim", "Zentralverband Imkerei", "Kreisjägerschaft Kleinfurt"
        let m = j;
        const stAbbr = (x: Token): boolean => /^(?:St|Sankt|Hl)$/.test(x.text) && /^\.?\s$/.test(x.post);
        const nameGoesOn = (x: number): boolean =>
          isProperWord(toks[x + 1]) || !!placeTier(`${toks[x]!.text} ${toks[x + 1]?.text ?? ''}`);
        while (m + 1 < s.to && m - j < 3 && nameGoesOn(m) && (!/[,;:.()]/.test(toks[m]!.post) || stAbbr(toks[m]!))) m++;
        endK = m;
        j = m + 1;
      }
      if (isPrefixHead && endK === k && !head) {
        continue; // "der Landkreis" alone: resolved by coreference
      }
      if (head?.plural && endK === k && !isPrefixHead) continue; // plural: a generic class of bodies
      if (head?.bare && endK === k && startK === k) {
        // bare "Feuerwehr", "Ministerium": only an alias of a named one (coreference)
        out.push({ ...cand(nominative(doc, k), t.start, t.end, 0.3, 'de-org-bare'), partial: true });
        continue;
      }
      // genitive complement naming an organisation: "Beratungszentrum der WerkStark"
      const g = toks[endK + 1];
      const gn = toks[endK + 2];
      if (
        g &&
        gn &&
        endK + 2 < s.to &&
        (g.norm === 'der' || g.norm === 'des') &&
        !/[,;:.()]/.test(toks[endK]!.post) &&
        (isCamelCase(gn) || (isAcronym(gn) && DE_ORG_ACRONYMS.has(gn.text)))
      ) {
        out.push(cand(gn.text, gn.start, gn.end, 0.7, 'de-org-genitive-inner'));
        endK = endK + 2;
      }
      const first = toks[startK]!;
      const lastT = toks[endK]!;
      const headName = nominative(doc, k);
      let name = nominativeAdjectives(doc, startK, k) + headName + doc.text.slice(t.end, lastT.end);
      // "des Polizeipräsidiums Oberlands" → "Polizeipräsidium Oberland"
      if (endK > k && headName !== t.text && /s$/.test(lastT.text) && placeTier(lastT.text.slice(0, -1)))
        name = name.slice(0, -1);
      const conf = endK > k || startK < k ? 0.85 : 0.7;
      out.push(cand(name, first.start, lastT.end, conf, isPrefixHead ? 'de-org-prefix' : 'de-org-compound', aliases));
      k = endK;
    }
  }
  return out;
}

function cand(
  name: string,
  start: number,
  end: number,
  confidence: number,
  rule: string,
  aliases: string[] = [],
): Candidate {
  return { type: 'Organisation', name: name.trim(), start, end, confidence, rule, aliases };
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
  return genitive ? denominalizeGenitive(t.text) : t.text;
}

// words that may follow a place name; anything else ("im Landkreis Fuß fassen") makes it a noun phrase
const AFTER_NAME = new Set(
  'und in im am an auf hat haben ist sind wird werden wurde mit für bei sowie als zu zum zur über unter vor nach aus von vom der die das des den dem ein eine einen sich gemeinsam bereits erneut'.split(
    ' ',
  ),
);

/** True when the words at j look like a territory or proper name (gazetteer, hyphenated, or followed by a clause boundary). */
function looksLikeName(doc: Doc, j: number, to: number): boolean {
  const t = doc.tokens[j]!;
  if (placeTier(t.text) || /[-‐‑–]/.test(t.text) || isAcronym(t)) return true;
  const n = doc.tokens[j + 1];
  if (n && j + 1 < to && placeTier(`${t.text} ${n.text}`)) return true; // "Bad Kleinfurt"

  if (!n || j + 1 >= to || /[,;:.!?()[\]„“”"]/.test(t.post)) return true;
  return AFTER_NAME.has(n.norm) || (isProperWord(n) && !!placeTier(`${t.text} ${n.text}`));
}

/** End index of a run of proper words starting at i (quoted names allowed), or i-1 if none. */
function properRun(doc: Doc, i: number, to: number, allowQuoted: boolean): number {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || i >= to) return i - 1;
  if (allowQuoted && /[„"“]$/.test(t.pre)) {
    for (let m = i; m < to && m < i + 8; m++) if (/[“”"]/.test(toks[m]!.post)) return m;
    return i - 1;
  }
  let m = i - 1;
  while (m + 1 < to && m + 1 < i + 4) {
    const n = toks[m + 1]!;
    if (isProperWord(n) || (n.norm === 'und' && m >= i && isProperWord(toks[m + 2]))) m++;
    else break;
    if (/[,;:.()]/.test(n.post)) break;
  }
  return m;
}

/** True when tokens at i look like "Firstname Lastname" (so they are not part of an org name). */
function isPersonStart(toks: Token[], i: number): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  return !!a && !!b && isCapWord(a) && isCapWord(b) && /^ $/.test(a.post) && isFirstName(a.text);
}

/** Legal-form span: back from the legal form over capitalised words, or the quoted name. */
function legalFormSpan(doc: Doc, from: number, k: number): Candidate | null {
  const toks = doc.tokens;
  const t = toks[k]!;
  let end = t.end + (t.text === 'e.V' || t.text === 'Co' ? 1 : 0);
  // quoted: „… GmbH“
  for (let m = k; m >= from && m > k - 8; m--) {
    if (/[„"“]$/.test(toks[m]!.pre)) {
      const first = toks[m]!;
      return cand(doc.text.slice(first.start, end).replace(/[„“"]/g, ''), first.start, end, 0.9, 'de-org-legal-quoted');
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
  return cand(doc.text.slice(first.start, end), first.start, end, 0.85, 'de-org-legal');
}
