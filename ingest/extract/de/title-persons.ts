// Persons named with their title: "Landrätin Greta Wendlandt", "Die Leiterin des X, Andrea Quast,", "der Landrat".
import type { Candidate, Doc, Sentence } from '../core/types.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { germanTitle } from './titles.js';
import { COMPLEMENT, isNameWord, nameRun, skipHonorifics } from './names.js';
import { complementOrg } from './person-roles.js';
import { personCandidate } from './person-rule.js';
import { titlePhrase, titlePrefixOrg, type TitlePhrase } from './title-phrase.js';
import { claim, scanTokensWithRefs, type EntityRule, type TokenMatch, type TokenRule } from './scan.js';

const INTRO_ARTICLE = /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines)$/;

/** (A) title + name: "Landrätin Greta Wendlandt", "Landrat Dr. Heiko Brandl", "Frau Edith Knoll". */
export const titleThenName: TokenRule<TitlePhrase> = {
  name: 'de-per-title',
  at({ doc, s, k, ts, intro, roleTitle, roleOrg, past }) {
    const toks = doc.tokens;
    const t = toks[k]!;
    const comma = /^,\s+$/.test(t.post) && !intro && closedApposition(doc, s, ts, k);
    if ((/[,;:()!?]/.test(t.post) && !comma) || /\.\s/.test(t.post)) return null;
    // "die Frau Opfer …", "eines Herrn Unbekannt": after an article the intro word is the noun, not a form of address
    const before = toks[k - 1];
    if (intro && before && k > s.from && INTRO_ARTICLE.test(before.norm)) return null;
    const j = skipHonorifics(toks, k + 1, s.to);
    const e = nameRun(toks, j, s.to);
    if (e < j || (e === j && isPlaceGenitive(toks[j]!.text))) return null;
    const role = {
      title: roleTitle,
      organisation: roleOrg?.text ?? null,
      orgStart: roleOrg?.start,
      past,
      confidence: 0.85,
    };
    const roles = intro ? [] : [role];
    return claim(e, [personCandidate(doc, j, e, intro ? 'de-per-intro' : 'de-per-title', intro ? 0.8 : 0.9, roles)]);
  },
};

/**
 * "… freute sich auch die Erste Kreisrätin, Greta Wendlandt.": after an article, a title, a comma and a name that
 * closes the clause (comma or sentence end) are one apposition; "sagte der Landrat, Greta Wendlandt habe …" is not.
 */
function closedApposition(doc: Doc, s: Sentence, ts: number, k: number): boolean {
  const toks = doc.tokens;
  const art = toks[ts - 1];
  if (!art || ts <= s.from || !/^(?:der|die)$/.test(art.norm)) return false;
  const j = skipHonorifics(toks, k + 1, s.to);
  const e = nameRun(toks, j, s.to);
  if (e <= j || !isFirstName(toks[j]!.text)) return false;
  return e === s.to - 1 || /^[,.]/.test(toks[e]!.post);
}

/** "die jüngste Bäckermeisterin Europas", "Bayerns": a title before a place's genitive ranks, it names nobody. */
function isPlaceGenitive(word: string): boolean {
  // only places big enough to rank people by ("Meisterin Talheims" is rare, "Bürgermeister Peters" is a name)
  const tier = /s$/.test(word) ? placeTier(word.slice(0, -1)) : null;
  return (tier === 'country' || tier === 'region' || tier === 'big') && !isFirstName(word);
}

/** (B) title phrase + comma + name: "Die Leiterin des Beratungszentrums, Andrea Quast,". */
export const titlePhraseThenName: TokenRule<TitlePhrase> = {
  name: 'de-per-apposition',
  at({ doc, s, k, title, ts, roleTitle, roleOrg, past }): TokenMatch | null {
    const toks = doc.tokens;
    const t = toks[k]!;
    const next = toks[k + 1];
    // a title right after "Name," is that name's apposition, not the start of a new phrase
    const before = toks[ts - 1];
    const afterName = !!before && ts > s.from && /,\s*$/.test(before.post) && isNameWord(before);
    if (!title || !next || !COMPLEMENT.has(next.norm) || /[,;:.]/.test(t.post) || afterName) return null;
    for (let c = k + 1; c < s.to && c < k + 18; c++) {
      // the phrase ends at another title or a name: "…, Schau-Geschäftsführer Hanspeter Rauch"
      if (c > k + 1 && (germanTitle(toks[c]!.text) || (isFirstName(toks[c]!.text) && isNameWord(toks[c + 1])))) break;
      if (!/^,/.test(toks[c]!.post) && !nameWithoutComma(doc, k, c)) continue;
      const j = skipHonorifics(toks, c + 1, s.to);
      const e = nameRun(toks, j, s.to);
      if (e <= j) continue;
      const org = complementOrg(doc, toks.slice(k + 1, c + 1));
      const role = {
        title: roleTitle + doc.text.slice(t.end, toks[c]!.end),
        organisation: org?.text ?? roleOrg?.text ?? null,
        orgStart: org?.start ?? roleOrg?.start,
        past,
        confidence: 0.8,
      };
      return claim(e, [personCandidate(doc, j, e, 'de-per-apposition', 0.85, [role])]);
    }
    return null;
  },
};

/** A first name + name right after the phrase word c, without a comma ("Leiter des Amtes Klaus Berger"). */
function nameWithoutComma(doc: Doc, k: number, c: number): boolean {
  const toks = doc.tokens;
  const n1 = toks[c + 1];
  return (
    !!n1 && c > k + 1 && /^ $/.test(toks[c]!.post) && isFirstName(n1.text) && isNameWord(n1) && isNameWord(toks[c + 2])
  );
}

/** Title reference: "der Landrat", "so der Oberbürgermeister", "des Ministers" (resolved by coreference). */
export const titleReference: TokenRule<TitlePhrase> = {
  name: 'de-per-title-ref',
  at({ doc, k, title, ts, roleTitle }) {
    const t = doc.tokens[k]!;
    const art = doc.tokens[ts - 1];
    if (!title || !art || !/^(?:der|die|des|dem|den|das)$/.test(art.norm) || title.prefix) return null;
    return { candidates: [], last: k, titleRefs: [{ start: t.start, end: t.end, title: roleTitle }] };
  },
};

/** The title rules in the order they are tried at each title word. */
export const TITLE_RULES: readonly TokenRule<TitlePhrase>[] = [titleThenName, titlePhraseThenName, titleReference];

/** Persons with titles and title references, from the title rules. */
export const titlePersons: EntityRule = {
  name: 'de-per-title-family',
  propose(doc) {
    return scanTokensWithRefs(doc, TITLE_RULES, (s, k) => titlePhrase(doc, s, k));
  },
};

/** Organisations implied by organisation-like title prefixes: "WerkStark-Vorstand", "IHK-Präsident". */
export const titlePrefixOrgs: EntityRule = {
  name: 'de-org-title-prefix',
  propose(doc) {
    const candidates: Candidate[] = [];
    for (const s of doc.sentences) {
      for (let k = s.from; k < s.to; k++) {
        const t = doc.tokens[k]!;
        const pre = titlePrefixOrg(t);
        // a country before a title ("XY-Präsident") names a state, not an organisation
        if (!pre || placeTier(pre) === 'country') continue;
        const end = t.start + pre.length;
        candidates.push({
          type: 'Organisation',
          name: pre,
          start: t.start,
          end,
          confidence: 0.75,
          rule: 'de-org-title-prefix',
        });
      }
    }
    return { candidates };
  },
};
