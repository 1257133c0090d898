// How far an organisation name runs after its head: "(IHK)", "für A, B und C", "von X", "zu Y", "Landkreis X".
import type { Doc, Sentence, Token } from '../core/types.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import { DE_FUNCTION_WORDS, looksLikeCommonNoun } from './words.js';
import { isProperWord } from './proper-word.js';
import { DE_PREFIX_HEADS } from './org-lexicon.js';
import { qualifierEnd } from './place-qualified.js';
import type { OrgAt } from './org-rule.js';

// heads naming a territory: the following word must look like a place name
const TERRITORY = new Set(
  'landkreis landkreises kreis kreises stadt gemeinde samtgemeinde verbandsgemeinde markt hansestadt landeshauptstadt region bezirk bezirks'.split(
    ' ',
  ),
);
// words that may follow a place name; anything else ("im Landkreis Fuß fassen") makes it a noun phrase
const AFTER_NAME = new Set(
  'und in im am an auf hat haben ist sind wird werden wurde mit für bei sowie als zu zum zur über unter vor nach aus von vom der die das des den dem ein eine einen sich gemeinsam bereits erneut'.split(
    ' ',
  ),
);

/** Last token of the name after the head at k, and the abbreviation given in brackets ("(IHK)"). */
export function rightExtension({ doc, s, k, head }: OrgAt): { endK: number; aliases: string[] } {
  const toks = doc.tokens;
  let endK = k;
  const aliases: string[] = [];
  let j = k + 1;
  const abbr = toks[j];
  if (abbr && isAcronym(abbr) && /\($/.test(abbr.pre) && /^\)/.test(abbr.post)) {
    aliases.push(abbr.text);
    endK = j;
    j++;
  }
  const nj = toks[j];
  if (!nj || j >= s.to) return { endK, aliases };
  // "Polizeidirektion 5", "Referat 31": an office numbered within its body (not "Landkreis 2024")
  if (/^\d{1,2}$/.test(nj.text) && endK === k && !TERRITORY.has(toks[k]!.norm) && DE_PREFIX_HEADS.has(toks[k]!.norm))
    return { endK: j, aliases };
  if (/^(?:fuer|von|zu)$/.test(nj.norm) && !/[,;:.]/.test(toks[j - 1]!.post))
    return { endK: remitEnd(doc, s, j, endK), aliases };
  if (head && SCHOOL_HEAD.test(head.head) && endK === k) {
    const at = siteEnd(doc, s, j);
    if (at > k) return { endK: at, aliases };
  }
  if (
    isProperWord(nj) &&
    !/[,;:.()]/.test(toks[j - 1]!.post) &&
    !isPersonStart(toks, j) &&
    (!TERRITORY.has(toks[k]!.norm) || head || looksLikeName(doc, j, s.to))
  )
    return { endK: seatEnd(doc, s, nameEnd(doc, s, j)), aliases };
  return { endK, aliases };
}

// schools named by their site: "Grundschule am Lindenberg", "Gymnasium an der Talaue"
const SCHOOL_HEAD = /^(?:schule|gymnasium|kita|kindergarten|kindertagesstaette)$/;
const SITE_PREPOSITION = /^(?:am|an|im|auf)$/;
const SITE_WORD =
  /(?:berg|weg|park|feld|wald|bach|see|tor|markt|platz|ring|strasse|gasse|hof|garten|aue|hang|bruch|grund|hain)$/;

/** Last token of "am/an der/im + site name" at j (one or two words), or j-1 when there is none. */
function siteEnd(doc: Doc, s: Sentence, j: number): number {
  const toks = doc.tokens;
  const p = toks[j];
  if (!p || !SITE_PREPOSITION.test(p.norm) || /[,;:.()]/.test(toks[j - 1]!.post)) return j - 1;
  let n = j + 1;
  if (p.norm === 'an' && /^(?:der|dem)$/.test(toks[n]?.norm ?? '')) n++;
  const w = toks[n];
  if (!w || n >= s.to || !isCapWord(w) || DE_FUNCTION_WORDS.has(w.norm) || germanTitle(w.text)) return j - 1;
  if (!isProperWord(w) && !SITE_WORD.test(w.norm)) return j - 1;
  // „Grüne Schule am Bach“: a quoted title (an award) is no school's name
  return /[“”"]/.test(w.post) ? j - 1 : n;
}

/** Last token of a place-like name at j after an acronym ("IHK Talland", "HWK Kleinfurt zu Aue"), or j-1 if none. */
export function acronymPlaceEnd(doc: Doc, s: Sentence, j: number): number {
  const toks = doc.tokens;
  const t = toks[j];
  if (t?.norm === 'zu') return seatEnd(doc, s, j - 1); // "IHK zu Kleinfurt"
  if (!t || j >= s.to || /[,;:.()]/.test(toks[j - 1]!.post) || !isProperWord(t) || isAcronym(t)) return j - 1;
  if (isPersonStart(toks, j) || !looksLikeName(doc, j, s.to)) return j - 1;
  return seatEnd(doc, s, j);
}

/** "Ärztekammer Talland zu Kleinfurt": the seat after "zu" belongs to the name (a place-like word). */
function seatEnd(doc: Doc, s: Sentence, m: number): number {
  const toks = doc.tokens;
  const z = toks[m + 1];
  const p = toks[m + 2];
  if (!z || z.norm !== 'zu' || m + 2 >= s.to || /[,;:.()]/.test(toks[m]!.post)) return m;
  return isProperWord(p) && !isPersonStart(toks, m + 2) && looksLikeName(doc, m + 2, s.to) ? m + 2 : m;
}

const REMIT_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:isch|lich|al|ig|iv|ell|ar|andt|iert|nd)(?:e|en)$/u;

/** "für Soziales, Integration und Gleichstellung", "von Oberland", "zu Dortmund", "für Jugend Kleinfurt". */
function remitEnd(doc: Doc, s: Sentence, j: number, endK: number): number {
  const toks = doc.tokens;
  const nj = toks[j]!;
  let m = j + 1;
  let last = -1;
  while (m < s.to && isCapWord(toks[m]) && !DE_FUNCTION_WORDS.has(toks[m]!.norm) && !germanTitle(toks[m]!.text)) {
    last = m;
    const nx = toks[m + 1];
    // "für Seelische Gesundheit", "für Ländliche Entwicklung": a capitalised adjective goes on with its noun
    if (REMIT_ADJECTIVE.test(toks[m]!.text) && /^ $/.test(toks[m]!.post) && isCapWord(nx) && m + 1 < s.to) {
      m++;
      continue;
    }
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
  if (last <= 0 || (nj.norm !== 'fuer' && !isProperWord(toks[j + 1]))) return endK;
  // "Amt für Jugend Kleinfurt": a place name after the remit
  const after = toks[last + 1];
  const placeAfter =
    nj.norm === 'fuer' && !!after && last + 1 < s.to && !!placeTier(after.text) && !/[,;:.()]/.test(toks[last]!.post);
  return placeAfter ? last + 1 : last;
}

/** "Landkreis Talheim", "Zentralverband Imkerei", "Kreisjägerschaft Kleinfurt", "St. Otto": up to four words. */
function nameEnd(doc: Doc, s: Sentence, j: number): number {
  const toks = doc.tokens;
  let m = j;
  const stAbbr = (x: Token): boolean => /^(?:St|Sankt|Hl)$/.test(x.text) && /^\.?\s$/.test(x.post);
  const nameGoesOn = (x: number): boolean =>
    isProperWord(toks[x + 1]) || !!placeTier(`${toks[x]!.text} ${toks[x + 1]?.text ?? ''}`);
  // a bracket opens a qualifier ("Stadt Talburg (Aue)") or an aside, which is no part of the name
  const bracketed = (x: number): boolean => /\(/.test(toks[x + 1]?.pre ?? '');
  while (
    m + 1 < s.to &&
    m - j < 3 &&
    nameGoesOn(m) &&
    !bracketed(m) &&
    (!/[,;:.()]/.test(toks[m]!.post) || stAbbr(toks[m]!))
  )
    m++;
  return Math.max(m, qualifierEnd(doc, s, m));
}

/** True when the words at j look like a territory or proper name (gazetteer, hyphenated, or followed by a clause boundary). */
function looksLikeName(doc: Doc, j: number, to: number): boolean {
  const t = doc.tokens[j]!;
  if (placeTier(t.text) || /[-‐‑–]/.test(t.text) || isAcronym(t)) return true;
  const n = doc.tokens[j + 1];
  if (n && j + 1 < to && placeTier(`${t.text} ${n.text}`)) return true; // "Bad Kleinfurt"

  if (!n || j + 1 >= to || /[,;:.!?()[\]„“”"]/.test(t.post)) return true;
  if (AFTER_NAME.has(n.norm) || (isProperWord(n) && !!placeTier(`${t.text} ${n.text}`))) return true;
  // "Landkreis Lindenau baut …": an unknown name before a lower-case verb, unless it is a known noun ("Fuß fassen")
  return !n.cap && /^\p{Ll}+$/u.test(n.text) && !isFrequentGermanNoun(t.text) && !looksLikeCommonNoun(t.text);
}

/** True when tokens at i look like "Firstname Lastname" (so they are not part of an org name). */
function isPersonStart(toks: Token[], i: number): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  return !!a && !!b && isCapWord(a) && isCapWord(b) && /^ $/.test(a.post) && isFirstName(a.text);
}
