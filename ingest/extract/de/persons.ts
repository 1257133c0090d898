// German person rules: title + name, title phrase + apposition, name + apposition, first-name gazetteer.
import type { Candidate, Doc, RoleCandidate } from '../core/types.js';
import type { TitleRef } from '../core/pack.js';
import { isCapWord } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { DE_PERSON_INTRO, germanTitle, isTitleAdjective } from './titles.js';
import { germanOrgHead } from './org-lexicon.js';
import { COMPLEMENT, PARL_TITLES, PAST, isNameWord, nameRun, skipHonorifics, titleNominative } from './names.js';
import { appositionRoles, complementOrg, placeBeforeTitle, roleAfterAls, surnameAppositions } from './person-roles.js';

export { isNameWord, titleNominative } from './names.js';

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
      type: 'Person',
      name,
      start: first.start,
      end: last.end,
      confidence: conf,
      rule,
      roles,
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
        // only organisation-like prefixes: "WerkStark-", "IHK-", "OSL-" (not "Leibniz-Preisträger")
        if ((/^\p{Lu}{2,}$/u.test(pre) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(pre)) && !germanTitle(pre)) {
          roleOrg = { text: pre, start: t.start };
          orgs.push({
            type: 'Organisation',
            name: pre,
            start: t.start,
            end: t.start + pre.length,
            confidence: 0.75,
            rule: 'de-org-title-prefix',
          });
        }
      }
      for (let m = ts; !roleOrg && m > s.from && m >= ts - 1; m--) roleOrg = placeBeforeTitle(doc, m);
      for (let m = ts; !roleOrg && m < k; m++) roleOrg = placeBeforeTitle(doc, m + 1);
      const titleText = title
        ? doc.text.slice(toks[ts]!.start, t.start) +
          titleNominative(title.prefix ? t.text.slice(title.prefix.length) : t.text)
        : t.text;
      // "der Ersten Kreisrätin" → "Erste Kreisrätin": adjectives of a title in the nominative
      const roleTitle = titleText
        .replace(/^(?:neue[rn]?|ehemalige[rn]?|frühere[rn]?)\s+/i, '')
        .replace(/^(\p{L}+)en(\s)/u, (_m, stem: string, sp: string) => `${stem}${title?.feminine ? 'e' : 'er'}${sp}`);
      // (A) title + name: "Landrätin Greta Wendlandt", "Landrat Dr. Heiko Brandl"
      if (!/[,;:.()]/.test(t.post) || (/^\.\s$/.test(t.post) === false && !/[,;:()]/.test(t.post))) {
        const j = skipHonorifics(toks, k + 1, s.to);
        if (!/[,;:()!?]/.test(t.post) && !/\.\s/.test(t.post)) {
          const e = nameRun(toks, j, s.to);
          if (e >= j && !taken.has(j)) {
            const roles: RoleCandidate[] = intro
              ? []
              : [
                  {
                    title: roleTitle,
                    organisation: roleOrg?.text ?? null,
                    orgStart: roleOrg?.start,
                    past,
                    confidence: 0.85,
                  },
                ];
            addPerson(j, e, intro ? 'de-per-intro' : 'de-per-title', intro ? 0.8 : 0.9, roles);
            k = e;
            continue;
          }
        }
      }
      if (!title) continue;
      // (B) title phrase + comma + name: "Die Leiterin des Beratungszentrums, Andrea Quast,"
      const next = toks[k + 1];
      // a title right after "Name," is that name's apposition (rule C), not the start of a new phrase
      const before = toks[ts - 1];
      const afterName = !!before && ts > s.from && /,\s*$/.test(before.post) && isNameWord(before);
      if (next && COMPLEMENT.has(next.norm) && !/[,;:.]/.test(t.post) && !afterName) {
        let found = false;
        for (let c = k + 1; c < s.to && c < k + 18; c++) {
          // the phrase ends at another title or a name: "…, Schau-Geschäftsführer Hanspeter Rauch"
          if (c > k + 1 && (germanTitle(toks[c]!.text) || (isFirstName(toks[c]!.text) && isNameWord(toks[c + 1]))))
            break;
          const n1 = toks[c + 1];
          const noComma =
            !!n1 &&
            c > k + 1 &&
            /^ $/.test(toks[c]!.post) &&
            isFirstName(n1.text) &&
            isNameWord(n1) &&
            isNameWord(toks[c + 2]);
          if (!/^,/.test(toks[c]!.post) && !noComma) continue;
          const j = skipHonorifics(toks, c + 1, s.to);
          const e = nameRun(toks, j, s.to);
          if (e > j || (e === j && isFirstName(toks[j]!.text) === false && /^,/.test(toks[e]!.post) && false)) {
            const complement = toks.slice(k + 1, c + 1);
            const org = complementOrg(doc, complement);
            const phrase = roleTitle + doc.text.slice(t.end, toks[c]!.end);
            addPerson(j, e, 'de-per-apposition', 0.85, [
              {
                title: phrase,
                organisation: org?.text ?? roleOrg?.text ?? null,
                orgStart: org?.start ?? roleOrg?.start,
                past,
                confidence: 0.8,
              },
            ]);
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

  // (D) first-name gazetteer: "Sandra Lenz-Hauer", "Edith Knoll"
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

  // (C) name + apposition: "Klaus-Peter Tiedemann, Staatssekretär und Chef der Staatskanzlei,"
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
      if (
        /^(?:der|die|des|dem|den)$/.test(x.norm) ||
        /^\d+-jährige[rn]?$/i.test(x.text) ||
        isTitleAdjective(x.text) ||
        (!x.cap && /(?:e|er|en)$/.test(x.text) && !germanTitle(x.text))
      )
        m++;
      else break;
    }
    const tt = toks[m];
    if (!tt || m >= sentEnd || !germanTitle(tt.text)) continue;
    // "…, den neuen Polizeipräsidenten Roland Eibl": a list of persons, not an apposition
    if (isNameWord(toks[skipHonorifics(toks, m + 1, sentEnd)])) continue;
    const roles = appositionRoles(doc, m, sentEnd);
    for (const r of roles) p.roles!.push(r);
  }
  surnameAppositions(doc, persons);
  roleAfterAls(doc, persons);
  return { persons, titleRefs, orgs };
}

/** "Hollweg, die Patin des Bürgerhauses Kleinfurt ist": apposition after a surname-only mention. */
