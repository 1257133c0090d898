// English entity rules over capitalised runs: title + name, peers, first names, org/initiative/site heads, gazetteer.
import type { Candidate, Doc, RoleCandidate, Token } from '../core/types.js';
import type { TitleRef } from '../core/pack.js';
import { isAcronym, startsParagraph } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import {
  EN_HONORIFICS,
  EN_INITIATIVE_HEADS,
  EN_LOCATIVE,
  EN_ORG_HEADS,
  EN_ORG_NAMES,
  EN_PEERS,
  EN_POSTNOMINALS,
  EN_PARTIES,
  EN_ROLE_POSTNOMINALS,
  EN_SITE_HEADS,
  EN_SPEECH,
} from './lexicon.js';
import { capitalisedRuns, type AndSplit } from './runs.js';
import { englishExtras } from './extras.js';
import { CONNECT, isNameWord, isTitleWord, tier } from './words.js';
import { readApposition, roleAfterAs, type EnContext } from './appositions.js';

const ORG_PREFIX = new Set(['university', 'department', 'ministry', 'bank', 'college']);
const LOWER_INITIATIVE =
  /^(?:campaign|programme|program|scheme|fund|initiative|project|strategy|awards?|festival|challenge|pilots?|plan|tour)$/;
const ORG_INTRO =
  /^(?:company|firm|business|charity|organisation|organization|manufacturer|group|retailer|developer|provider|operator|supplier|producer|specialist|employer|brand|startup|start-up)$/;

const isHead = (t: Token): boolean =>
  EN_ORG_HEADS.has(t.norm) || EN_INITIATIVE_HEADS.has(t.norm) || EN_SITE_HEADS.has(t.norm);

// "Coast Authority and Harrow Forge UK": split when the left side already ends in a head word
// "Varga and Lenz in Estonia": two surnames; "Cardiff and Vale University Health Board" stays one name
const splitsAtAnd: AndSplit = (toks, _from, to) =>
  (isHead(toks[to]!) && !isTitleWord(toks[to]!)) ||
  (isNameWord(toks[to]) && isNameWord(toks[to + 2]) && !isCommonEnglish(toks[to]!.text) && !toks[to + 3]?.cap);

/** Finds English entity candidates and title references. */
export function recogniseEnglish(doc: Doc): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const toks = doc.tokens;
  const out: Candidate[] = [];
  const titleRefs: TitleRef[] = [];
  // a title run directly before a name run: "Minister for Rural Affairs, Carys Lloyd"
  let lastTitle: { b: number; title: string } | null = null;
  const push = (
    type: Candidate['type'],
    a: number,
    b: number,
    confidence: number,
    rule: string,
    extra: Partial<Candidate> = {},
  ): Candidate => {
    const start = toks[a]!.start;
    let end = toks[b]!.end;
    let name = doc.text.slice(start, end);
    if (/[’']s$/.test(name)) {
      end -= 2;
      name = name.slice(0, -2);
    } // possessive
    const c: Candidate = { type, name: extra.name ?? name, start, end, confidence, rule, ...extra };
    c.name = extra.name ?? name;
    out.push(c);
    return c;
  };
  const ctx: EnContext = { doc, out, push, consumed: -1 };
  const appositionRoles = (p: Candidate, endIdx: number): void => readApposition(ctx, p, endIdx);
  const asRole = (a: number, title: string): void => roleAfterAs(ctx, a, title);
  const person = (j: number, e: number, conf: number, rule: string, roles: RoleCandidate[]): Candidate => {
    const partial = e === j && !isFirstName(toks[j]!.text);
    const c = push('Person', j, e, partial ? conf - 0.15 : conf, rule, { roles, partial });
    return c;
  };

  for (const s of doc.sentences) {
    lastTitle = null;
    for (const [ra, rb] of capitalisedRuns(doc, s, splitsAtAnd)) {
      if (ra <= ctx.consumed) continue; // already read as an apposition
      let a = ra;
      let b = rb;
      // sentence-initial ordinary word ("Tomorrow", "The", "Afterwards") is not part of a name
      while (
        a <= b &&
        (a === s.from || /[“"‘„]$/.test(toks[a]!.pre)) &&
        isCommonEnglish(toks[a]!.text) &&
        !isTitleWord(toks[a]!) &&
        !isFirstName(toks[a]!.text) &&
        !EN_PEERS.has(toks[a]!.norm) &&
        !EN_HONORIFICS.has(toks[a]!.norm) &&
        !(a < b && isTitleWord(toks[a + 1]!))
      )
        a++;
      // "The Foundry": a site named only by its head keeps the article
      if (rb === ra + 1 && toks[ra]!.norm === 'the' && ra !== s.from && EN_SITE_HEADS.has(toks[rb]!.norm)) {
        push('Place', ra, rb, 0.6, 'en-plc-the-site');
        continue;
      }
      while (a <= b && CONNECT.has(toks[a]!.norm)) a++;
      while (b >= a && CONNECT.has(toks[b]!.norm)) b--;
      if (a > b) continue;
      classifyRun(a, b);
    }
  }

  function classifyRun(a: number, b: number): void {
    const words = toks.slice(a, b + 1);
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const next = toks[b + 1];
    const prev = toks[a - 1];
    // peers: "Lord Ashcombe"
    if (EN_PEERS.has(first.norm) && b > a && isNameWord(toks[a + 1])) {
      const e = a + 2 <= b && isNameWord(toks[a + 2]) ? a + 2 : a + 1;
      push('Person', a, e, 0.85, 'en-per-peer', { roles: [] });
      if (e < b) classifyRun(e + 1, b);
      return;
    }
    if (/^(?:river|lake|loch|lough|mount|forest|isle)$/.test(first.norm) && b > a) {
      push('Place', a, b, 0.7, 'en-plc-natural');
      return;
    }
    let h = a;
    while (h < b && EN_HONORIFICS.has(toks[h]!.norm)) h++;
    // title-led: "Secretary of State for the Coast Owen Pryce", "Commissioner Varga", "Principal Claudette Vane"
    const titleLed =
      isTitleWord(toks[h]!) ||
      (h < b && isTitleWord(toks[h + 1]!) && !isNameWord(toks[h])) ||
      (isTitleWord(last) && !EN_ORG_HEADS.has(last.norm) && !words.some((w) => isFirstName(w.text) && isNameWord(w)));
    if (titleLed) {
      let j = b + 1;
      while (j - 1 > h && b - (j - 1) < 3 && isNameWord(toks[j - 1]) && !EN_POSTNOMINALS.has(toks[j - 1]!.text)) j--;
      // "Environment Minister Rebecca Pow": a first name starts the name even if the surname is a word
      for (let i = h + 1; i < b; i++) {
        if (
          isFirstName(toks[i]!.text) &&
          toks[i]!.cap &&
          !isTitleWord(toks[i]!) &&
          !isHead(toks[i]!) &&
          toks[i + 1]!.cap &&
          !isTitleWord(toks[i + 1]!) &&
          !isHead(toks[i + 1]!) &&
          b - i <= 3
        ) {
          if (i < j) j = i;
          break;
        }
      }
      let e = b;
      const roles: RoleCandidate[] = [];
      while (e >= j && EN_POSTNOMINALS.has(toks[e]!.text)) e--;
      const hasComplement = toks.slice(h, j).some((w) => w.norm === 'of' || w.norm === 'for');
      if (j === e && (hasComplement || isCommonEnglish(toks[j]!.text))) j = e + 1; // "…Funds and Regional" is no name
      if (j <= e && j > h) {
        const title = doc.text.slice(toks[h]!.start, toks[j - 1]!.end);
        for (const part of hasComplement ? [title] : title.split(/\s+and\s+/))
          roles.push({ title: part, organisation: null, confidence: 0.8 });
        for (let m = e + 1; m <= b; m++)
          if (EN_ROLE_POSTNOMINALS.has(toks[m]!.text))
            roles.push({ title: toks[m]!.text, organisation: null, confidence: 0.8 });
        const c = person(j, e, 0.85, 'en-per-title', roles);
        appositionRoles(c, b);
        return;
      }
      // a title phrase without a name: reference or the role of the next name ("…, Carys Lloyd said")
      const title = doc.text.slice(toks[h]!.start, last.end);
      if (prev && /^as$/i.test(prev.text)) {
        asRole(a, title);
        return;
      }
      titleRefs.push({ start: toks[h]!.start, end: last.end, title });
      lastTitle = { b, title };
      return;
    }
    // a name inside the run: first name + 1–2 name words, or honorific + name
    const headEnd = isHead(last) && !isNameWord(last);
    for (let i = a; i <= b && !headEnd; i++) {
      const t = toks[i]!;
      const hon = EN_HONORIFICS.has(t.norm) && t.norm !== 'the';
      if (!hon && !(isFirstName(t.text) && isNameWord(t))) continue;
      let j = i;
      while (EN_HONORIFICS.has(toks[j]!.norm) && j < b) j++;
      if (!isNameWord(toks[j])) continue;
      let e = j;
      while (e < b && e - j < 2 && isNameWord(toks[e + 1])) e++;
      if (e === j && !hon) continue; // a lone first name is not enough
      const roles: RoleCandidate[] = [];
      if (i > a) classifyRun(a, i - 1);
      if (i === a && lastTitle && lastTitle.b === a - 1 && /^,\s*$/.test(toks[a - 1]!.post)) {
        roles.push({ title: lastTitle.title, organisation: null, confidence: 0.75 });
      }
      let after = e + 1;
      while (after <= b && EN_POSTNOMINALS.has(toks[after]!.text)) {
        if (EN_ROLE_POSTNOMINALS.has(toks[after]!.text))
          roles.push({ title: toks[after]!.text, organisation: null, confidence: 0.8 });
        after++;
      }
      const c = person(j, e, 0.85, hon ? 'en-per-honorific' : 'en-per-name', roles);
      appositionRoles(c, after - 1);
      if (after <= b) classifyRun(after, b);
      return;
    }
    // two or three name words right before a speech verb or after a title run: "Jane Pryor said"
    const speechNext = !!next && EN_SPEECH.has(next.norm) && next.sent === last.sent;
    const afterTitle = !!lastTitle && lastTitle.b === a - 1;
    if ((speechNext || afterTitle) && b - a <= 2 && b > a && words.every((w) => isNameWord(w))) {
      const roles: RoleCandidate[] = afterTitle
        ? [{ title: lastTitle!.title, organisation: null, confidence: 0.75 }]
        : [];
      const c = person(a, b, 0.75, 'en-per-speaker', roles);
      appositionRoles(c, b);
      return;
    }
    // "UK Shared Prosperity Fund for Rhyl": a programme named for a place
    for (let i = a + 1; i < b - 1; i++) {
      if (
        EN_INITIATIVE_HEADS.has(toks[i]!.norm) &&
        /^(?:for|in)$/.test(toks[i + 1]!.norm) &&
        tier(doc.text.slice(toks[i + 2]!.start, last.end))
      ) {
        classifyRun(a, i);
        classifyRun(i + 2, b);
        return;
      }
    }
    const whole = doc.text.slice(first.start, last.end).replace(/[’']s$/, '');
    if (
      EN_ORG_NAMES.has(whole) ||
      EN_PARTIES.includes(whole) ||
      (a === b && isAcronym(first) && EN_ORG_NAMES.has(first.text))
    ) {
      push('Organisation', a, b, 0.8, 'en-org-known');
      return;
    }
    const headThenPlace =
      b > a + 1 &&
      EN_INITIATIVE_HEADS.has(toks[b - 1]!.norm) &&
      (tier(last.text) === 'region' || tier(last.text) === 'country');
    if (
      EN_INITIATIVE_HEADS.has(last.norm) ||
      headThenPlace ||
      (/^\d{4}$/.test(last.text) && b > a && EN_INITIATIVE_HEADS.has(toks[b - 1]!.norm))
    ) {
      if (b > a) push('Initiative', a, b, 0.75, 'en-ini-head');
      return;
    }
    // lower-case cue after the run: "Year of Rail campaign"
    if (next && next.sent === last.sent && !next.cap && LOWER_INITIATIVE.test(next.norm) && !/[,;:.]/.test(last.post)) {
      push('Initiative', a, b, 0.65, 'en-ini-cue');
      return;
    }
    const ofIdx = words.findIndex((w) => w.norm === 'of' || w.norm === 'for');
    const intro = !!prev && ORG_INTRO.test(prev.norm) && !prev.cap;
    const chiefTitle = b > a && /^(?:chief|deputy|vice)$/.test(toks[b - 1]!.norm) && isTitleWord(last);
    if (chiefTitle) return;
    if (
      EN_ORG_HEADS.has(last.norm) ||
      (ORG_PREFIX.has(first.norm) && b > a) ||
      (ofIdx > 0 && EN_ORG_HEADS.has(words[ofIdx - 1]!.norm)) ||
      intro
    ) {
      if (b > a || intro) push('Organisation', a, b, intro ? 0.7 : 0.75, 'en-org-head');
      return;
    }
    if (EN_SITE_HEADS.has(last.norm) && b > a) {
      push('Place', a, b, 0.7, 'en-plc-site');
      return;
    }
    // gazetteer: whole run, else single words
    const wt = placeTier(whole);
    if (wt) {
      if (placeOk(a, wt)) push('Place', a, b, 0.75, `en-plc-gaz-${wt}`, { name: whole });
      return;
    }
    // "Harrow Forge UK": an unknown multi-word name is an organisation (weak)
    const nameish = words.every(
      (w) => /^\p{Lu}/u.test(w.text) && (isAcronym(w) || (!isCommonEnglish(w.text) && !isFirstName(w.text))),
    );
    // "Harrow Forge UK": an unknown first word makes the whole run a name
    const unknownLead =
      !isCommonEnglish(first.text) &&
      !isFirstName(first.text) &&
      !tier(first.text) &&
      words.every((w) => /^\p{Lu}/u.test(w.text) && !isTitleWord(w));
    const placeInside = words.slice(0, -1).some((w) => tier(w.text) === 'country' || tier(w.text) === 'region');
    if (b > a && (nameish || unknownLead) && !placeInside && a !== doc.sentences[first.sent]!.from) {
      push('Organisation', a, b, 0.45, 'en-org-unknown');
      return;
    }
    // "Owen Pryce" at a sentence start: a name-like pair, not the town of Pryce
    if (b === a + 1 && nameish) return;
    // longest gazetteer sub-span: "North Yorkshire" before "Yorkshire"
    for (let i = a; i <= b; i++) {
      for (let w = Math.min(3, b - i + 1); w >= 1; w--) {
        const sub = doc.text.slice(toks[i]!.start, toks[i + w - 1]!.end).replace(/[’']s$/, '');
        const tt = tier(sub);
        if (!tt || !placeOk(i, tt)) continue;
        push('Place', i, i + w - 1, 0.65, `en-plc-gaz-${tt}`, { name: sub });
        i += w - 1;
        break;
      }
    }
  }

  function placeOk(i: number, t: string): boolean {
    const tok = toks[i]!;
    if (startsParagraph(doc, tok) && /^\s[–-]\s/.test(tok.post)) return true; // dateline
    const sentenceStart = doc.sentences[tok.sent]!.from === i;
    if (t === 'country' || t === 'region' || t === 'big') return !isCommonEnglish(tok.text) || !sentenceStart;
    const prev = toks[i - 1];
    const locative = !!prev && EN_LOCATIVE.has(prev.norm) && prev.sent === tok.sent;
    // English capitalisation is reliable: a mid-size town needs no cue unless it starts the sentence
    return locative || (t === 'mid' && !sentenceStart && !isCommonEnglish(tok.text));
  }

  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (
      !t.cap &&
      isTitleWord(t) &&
      toks[k - 1]!.norm === 'the' &&
      !out.some((c) => c.start <= t.start && t.end <= c.end)
    ) {
      titleRefs.push({ start: t.start, end: t.end, title: t.text });
    }
  }
  out.push(...englishExtras(doc, out));
  return { candidates: out, titleRefs };
}
