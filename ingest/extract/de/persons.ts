// German person rules: title + name, title phrase + apposition, name + apposition, first-name gazetteer.
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';
import type { TitleRef } from '../core/pack.js';
import { isAcronym, isCapWord } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { DE_HONORIFICS, DE_PERSON_INTRO, germanTitle, isTitleAdjective } from './titles.js';
import { germanOrgHead, isSiteWord } from './org-lexicon.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, DE_STATE_ADJECTIVES, denominalizeGenitive, looksLikeCommonNoun } from './words.js';

const PARTICLES = new Set(['von', 'van', 'de', 'zu', 'der', 'den', 'di', 'da', 'le', 'ten', 'vom']);
const COMPLEMENT = new Set(['des', 'der', 'fuer', 'von', 'vom', 'im', 'am', 'zu', 'bei', 'beim', 'in']);
const PAST = /^(?:ehemalige|frühere|einstige|vormalige|bisherige|langjährige)[rnms]?$/i;
const PARL_TITLES = new Set(['MdL', 'MdB', 'MdEP']);


/** True for a word that can be part of a person's name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || !isCapWord(t) || isAcronym(t)) return false;
  if (t.text.length < 2 || /\.$/.test(t.text)) return false;
  if (DE_FUNCTION_WORDS.has(t.norm) || DE_CALENDAR.has(t.norm) || DE_HONORIFICS.has(t.norm)) return false;
  if (germanTitle(t.text) || germanOrgHead(t.text) || isSiteWord(t.text)) return false;
  if (looksLikeCommonNoun(t.text) && !isFirstName(t.text)) return false;
  return true;
}

/** Index of the last token of a name starting at i (honorifics before it skipped by caller), or i-1. */
function nameRun(toks: Token[], i: number, to: number, max = 3): number {
  let m = i - 1;
  let words = 0;
  while (m + 1 < to && words < max) {
    const n = toks[m + 1]!;
    if (isNameWord(n)) {
      m++;
      words++;
    } else if (words > 0 && PARTICLES.has(n.norm) && isNameWord(toks[m + 2]) && (m + 2 < to)) {
      m += 2;
      words++;
    } else break;
    if (/[,;:.!?()\[\]„“”"]/.test(toks[m]!.post)) break;
  }
  return m;
}

/** Skips "Dr." / "Prof." / "Professor" tokens. */
function skipHonorifics(toks: Token[], i: number, to: number): number {
  while (i < to && (DE_HONORIFICS.has(toks[i]!.norm.replace(/\.$/, '')) || toks[i]!.text === 'h.c')) i++;
  return i;
}

/** Title word without case endings ("Polizeipräsidenten" → "Polizeipräsident"). */
export function titleNominative(word: string): string {
  const m = germanTitle(word);
  if (!m) return word;
  if (/(?:beauftragt|vorsitzend|abgeordnet|beigeordnet|bevollmaechtigt|delegiert)$/.test(m.head)) {
    return word.replace(/(?:en|em|es)$/, 'e');
  }
  if (m.feminine) return word.replace(/nen$/, '');
  if (/(?:ent|ant|at|ekt|or|on|ef)(?:en|s|es)$/.test(word) && !/(?:en|s|es)$/.test(m.head)) return word.replace(/(?:en|es|s)$/, '');
  if (/(?:er|and|ar|eur|or)s$/.test(word)) return word.replace(/s$/, '');
  return word;
}

interface PersonOut {
  persons: Candidate[];
  titleRefs: TitleRef[];
  /** Organisations implied by "X-Vorstand" prefixes. */
  orgs: Candidate[];
}

/** Finds person candidates and title references in a German release. */
export function findGermanPersons(doc: Doc): PersonOut {
  const toks = doc.tokens;
  const persons: Candidate[] = [];
  const titleRefs: TitleRef[] = [];
  const orgs: Candidate[] = [];
  const taken = new Set<number>();

  const addPerson = (a: number, b: number, rule: string, conf: number, roles: RoleCandidate[]): Candidate => {
    const first = toks[a]!;
    const last = toks[b]!;
    const name = doc.text.slice(first.start, last.end);
    const words = b - a + 1;
    const c: Candidate = {
      type: 'Person', name, start: first.start, end: last.end, confidence: conf, rule, roles,
      partial: words === 1 && !isFirstName(first.text),
    };
    for (let m = a; m <= b; m++) taken.add(m);
    persons.push(c);
    return c;
  };

  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      const t = toks[k]!;
      const title = germanTitle(t.text);
      const parl = PARL_TITLES.has(t.text);
      const intro = DE_PERSON_INTRO.has(t.norm);
      if (!title && !parl && !intro) continue;
      // title phrase start: adjectives before the title ("Parlamentarische Staatssekretärin")
      let ts = k;
      let past = false;
      while (ts > s.from && isTitleAdjective(toks[ts - 1]!.text) && /^ $/.test(toks[ts - 1]!.post)) ts--;
      for (let m = Math.max(s.from, ts - 2); m < k; m++) if (PAST.test(toks[m]!.text)) past = true;
      let roleOrg: { text: string; start: number } | null = null;
      if (title?.prefix) {
        const pre = title.prefix.replace(/[-‐‑–]$/, '');
        if (/^\p{Lu}/u.test(pre) && !germanTitle(pre)) {
          roleOrg = { text: pre, start: t.start };
          orgs.push({ type: 'Organisation', name: pre, start: t.start, end: t.start + pre.length, confidence: 0.75, rule: 'de-org-title-prefix' });
        }
      }
      if (!roleOrg && ts > s.from) roleOrg = placeBeforeTitle(doc, ts);
      const titleText = title
        ? doc.text.slice(toks[ts]!.start, t.start) + titleNominative(title.prefix ? t.text.slice(title.prefix.length) : t.text)
        : t.text;
      const roleTitle = titleText.replace(/^(?:neue[rn]?|ehemalige[rn]?|frühere[rn]?)\s+/i, '');
      // (A) title + name: "Landrätin Anna Kebschull", "Landrat Dr. Heiko Schmid"
      if (!/[,;:.()]/.test(t.post) || /^\.\s$/.test(t.post) === false && !/[,;:()]/.test(t.post)) {
        const j = skipHonorifics(toks, k + 1, s.to);
        if (!/[,;:()!?]/.test(t.post) && !/\.\s/.test(t.post)) {
          const e = nameRun(toks, j, s.to);
          if (e >= j && !taken.has(j)) {
            const roles: RoleCandidate[] = intro ? [] : [{ title: roleTitle, organisation: roleOrg?.text ?? null, orgStart: roleOrg?.start, past, confidence: 0.85 }];
            addPerson(j, e, intro ? 'de-per-intro' : 'de-per-title', intro ? 0.8 : 0.9, roles);
            k = e;
            continue;
          }
        }
      }
      if (!title) continue;
      // (B) title phrase + comma + name: "Die Leiterin des Migrationszentrums, Andrea Börgeling,"
      const next = toks[k + 1];
      if (next && COMPLEMENT.has(next.norm) && !/[,;:.]/.test(t.post)) {
        let found = false;
        for (let c = k + 1; c < s.to && c < k + 18; c++) {
          if (!/^,/.test(toks[c]!.post)) continue;
          const j = skipHonorifics(toks, c + 1, s.to);
          const e = nameRun(toks, j, s.to);
          if (e > j || (e === j && isFirstName(toks[j]!.text) === false && /^,/.test(toks[e]!.post) && false)) {
            const complement = toks.slice(k + 1, c + 1);
            const org = complementOrg(doc, complement);
            const phrase = roleTitle + doc.text.slice(t.end, toks[c]!.end);
            addPerson(j, e, 'de-per-apposition', 0.85, [{ title: phrase, organisation: org?.text ?? roleOrg?.text ?? null, orgStart: org?.start ?? roleOrg?.start, past, confidence: 0.8 }]);
            k = e;
            found = true;
            break;
          }
        }
        if (found) continue;
      }
      // title reference: "der Landrat", "so der Oberbürgermeister", "des Ministers"
      const art = toks[ts - 1];
      if (art && /^(?:der|die|des|dem|den|das)$/.test(art.norm) && !title.prefix) {
        titleRefs.push({ start: t.start, end: t.end, title: roleTitle });
      }
    }
  }

  // (D) first-name gazetteer: "Sandra Joachim-Meyer", "Edith Braig"
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (taken.has(k)) continue;
      const t = toks[k]!;
      if (!isCapWord(t) || !t.text.split(/[-‐‑–]/).every((p) => isFirstName(p))) continue;
      const prev = toks[k - 1];
      if (prev && k > s.from && /^(?:st|sankt|hl)$/i.test(prev.text)) continue;
      if (/[„"“]$/.test(t.pre) && k > s.from && germanOrgHead(toks[k - 1]!.text)) continue;
      const e = nameRun(toks, k, s.to);
      if (e <= k || [...Array(e - k + 1).keys()].some((d) => taken.has(k + d))) continue;
      // the surname must not be a place or common noun we know
      const last = toks[e]!;
      if (placeTier(last.text) === 'country' || placeTier(last.text) === 'region') continue;
      addPerson(k, e, 'de-per-firstname', 0.75, []);
      k = e;
    }
  }

  // (C) name + apposition: "Klaus-Peter Murawski, Staatssekretär und Chef der Staatskanzlei,"
  for (const p of persons) {
    const lastIdx = toks.findIndex((x) => x.end === p.end);
    if (lastIdx < 0) continue;
    let j = lastIdx;
    // skip "(Mitte)", "(CDU)"
    if (/\(\s*$/.test(toks[j]!.post) || /^\s*\(/.test(toks[j]!.post)) {
      while (j < toks.length - 1 && !/\)/.test(toks[j]!.post)) j++;
    }
    if (!/,\s*$/.test(toks[j]!.post.replace(/\)/, ''))) continue;
    const sentEnd = doc.sentences[toks[j]!.sent]!.to;
    let m = j + 1;
    while (m < sentEnd && m < j + 5) {
      const x = toks[m]!;
      if (/^(?:der|die|des|dem|den)$/.test(x.norm) || /^\d+-jährige[rn]?$/i.test(x.text) || isTitleAdjective(x.text) || (!x.cap && /(?:e|er|en)$/.test(x.text) && !germanTitle(x.text))) m++;
      else break;
    }
    const tt = toks[m];
    if (!tt || m >= sentEnd || !germanTitle(tt.text)) continue;
    const roles = appositionRoles(doc, m, sentEnd);
    for (const r of roles) p.roles!.push(r);
  }
  return { persons, titleRefs, orgs };
}

/** Roles in "Staatssekretär und Chef der Staatskanzlei" (stops at a comma or clause end). */
function appositionRoles(doc: Doc, m: number, to: number): RoleCandidate[] {
  const toks = doc.tokens;
  const roles: RoleCandidate[] = [];
  let start = m;
  let k = m;
  const flush = (endIdx: number): void => {
    const titleTok = toks[start]!;
    const title = titleNominative(titleTok.text) + doc.text.slice(titleTok.end, toks[endIdx]!.end);
    const org = complementOrg(doc, toks.slice(start + 1, endIdx + 1));
    roles.push({ title, organisation: org?.text ?? null, orgStart: org?.start, confidence: 0.8 });
  };
  while (k < to) {
    const x = toks[k]!;
    if (/[,;:.!?)]/.test(x.post) || k === to - 1) { flush(k); break; }
    const n = toks[k + 1];
    if (n && n.norm === 'und' && germanTitle(toks[k + 2]?.text ?? '')) { flush(k); start = k + 2; k += 2; continue; }
    if (n && !n.cap && !COMPLEMENT.has(n.norm) && n.norm !== 'und') { flush(k); break; }
    k++;
  }
  return roles;
}

/** The organisation named in a title complement ("des Migrationszentrums" → Migrationszentrum). */
function complementOrg(doc: Doc, complement: Token[]): { text: string; start: number } | null {
  const first = complement[0];
  if (!first || !/^(?:des|der|von|vom|im|am|zu|bei|beim)$/.test(first.norm)) return null;
  const words = complement.slice(1).filter((t) => t.cap);
  if (words.length === 0) return null;
  const head = words[0]!;
  const lastTok = complement[complement.length - 1]!;
  const text = denominalizeGenitive(head.text) + doc.text.slice(head.end, lastTok.end);
  return { text: text.replace(/[,;:]$/, ''), start: head.start };
}

/** "Bayerns Innenminister", "hessische Wissenschaftsminister" → the state as role organisation. */
function placeBeforeTitle(doc: Doc, ts: number): { text: string; start: number } | null {
  const p = doc.tokens[ts - 1]!;
  for (const [re, state] of DE_STATE_ADJECTIVES) if (re.test(p.text)) return { text: state, start: -1 };
  if (p.cap && /s$/.test(p.text)) {
    const base = p.text.slice(0, -1);
    const tier = placeTier(base);
    if (tier === 'region' || tier === 'country') return { text: base, start: p.start };
  }
  return null;
}
