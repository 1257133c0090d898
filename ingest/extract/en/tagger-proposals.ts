// The learned name tagger proposes spans; the English rules decide which become candidates, with what type and name.
import type { Candidate, Doc, Token } from '../core/types.js';
import type { TitleRef } from '../core/pack.js';
import { isAcronym } from '../core/tokens.js';
import { isFirstName, placeTier } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { sentenceWords } from '../ner/doc-words.js';
import type { NameTagger } from '../ner/tagger.js';
import { EN_HONORIFICS, EN_INITIATIVE_HEADS, EN_ORG_HEADS, EN_SITE_HEADS } from './lexicon.js';
import { isGenericPlural, isHeadlessCommonPhrase, isSchoolKind } from './generic-names.js';
import { withoutHeadlineOnlyNames } from './headline.js';
import { academicKey } from './short-forms.js';
import { CONNECT, isCalendarWord, isTitleWord } from './words.js';

const TYPE = { PER: 'Person', ORG: 'Organisation', LOC: 'Place' } as const;

/** Adds the tagger's spans that no rule found and that pass the English checks. */
export function withEnglishTaggerProposals(
  doc: Doc,
  found: { candidates: Candidate[]; titleRefs: TitleRef[] },
  tagger: NameTagger,
): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const refs = found.titleRefs;
  const rules = [...found.candidates];
  const added: Candidate[] = [];
  for (const s of doc.sentences) {
    const { words, tokenOf } = sentenceWords(doc, s);
    for (const span of tagger.spans(words)) {
      if (!(span.type in TYPE)) continue;
      const toks = tokenOf.slice(span.from, span.to).flatMap((k) => (k < 0 ? [] : [doc.tokens[k]!]));
      const weak = span.type === 'PER' ? rules.findIndex((c) => isGuessedOrgInPerson(c, toks)) : -1;
      if (weak >= 0) {
        rules[weak] = { ...rules[weak]!, type: 'Person', rule: `${rules[weak]!.rule}+en-ner-PER` };
        continue;
      }
      const cand = proposal(doc, toks, span.type as keyof typeof TYPE);
      if (!cand) continue;
      const overlaps = (c: { start: number; end: number }): boolean => c.start < cand.end && cand.start < c.end;
      // the rules' spans and title references stay: the tagger only fills gaps the rules left
      if (refs.some(overlaps) || rules.some(overlaps) || added.some(overlaps)) continue;
      added.push(sameAcademicBody(cand, rules));
    }
  }
  return { candidates: [...rules, ...withoutHeadlineOnlyNames(doc, added)], titleRefs: refs };
}

/**
 * An unknown multi-word name that the rules could only guess to be an organisation ("Harrow Forge") and that ends a
 * tagger person span behind a title no list knows ("Tánaiste Dervla Quinlan"): a person.
 */
function isGuessedOrgInPerson(rule: Candidate, toks: Token[]): boolean {
  if (rule.rule !== 'en-org-unknown' || toks.length < 2) return false;
  const inside = toks.filter((t) => t.start >= rule.start && t.end <= rule.end);
  // only with a word in front that the tagger reads as part of the person (a title): alone, such two words are as
  // often a foreign-language body ("Scoil Mhuire") as a person
  return rule.end === toks[toks.length - 1]!.end && rule.start > toks[0]!.start && inside.length >= 2;
}

/** The candidate for one tagger span, or null when the rules reject it (common word, title, weak single word). */
function proposal(doc: Doc, toks: Token[], tag: keyof typeof TYPE): Candidate | null {
  // a title or honorific is not part of the name ("Minister X", "Dr X" → X); nor is a leading article
  while (toks.length > 1 && (isTitleWord(toks[0]!) || EN_HONORIFICS.has(toks[0]!.norm) || toks[0]!.norm === 'the'))
    toks = toks.slice(1);
  // a person's name starts at its first name ("… Policy Anna Kowal" → "Anna Kowal")
  if (tag === 'PER') {
    const at = toks.findIndex((t) => isFirstName(t.text));
    if (at > 0) toks = toks.slice(at);
    // a capitalised common word in front is a heading or title word, not a name ("Policy Anna Kowal")
    while (toks.length > 2 && isCommonEnglish(toks[0]!.text) && !isFirstName(toks[0]!.text)) toks = toks.slice(1);
  }
  if (toks.length === 0) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  if (!nameEdge(first) || !nameEdge(last)) return null;
  if (toks.some((t) => !t.cap && !CONNECT.has(t.norm) && !/^\d/.test(t.text))) return null;
  if (toks.length === 1 && isGeneric(first)) return null;
  // an initiative ("… Fund", "… Programme") is the rules' business
  if (EN_INITIATIVE_HEADS.has(last.norm)) return null;
  let end = last.end;
  let name = doc.text.slice(first.start, end);
  if (/[’']s$/.test(name)) {
    end -= 2;
    name = name.slice(0, -2);
  } // possessive
  let type: Candidate['type'] = TYPE[tag];
  // the rules know better about some types: organisation heads, sites, countries and regions
  if (EN_ORG_HEADS.has(last.norm)) type = 'Organisation';
  else if (EN_SITE_HEADS.has(last.norm) && toks.length > 1) type = 'Place';
  else if (type !== 'Place' && ['country', 'region'].includes(placeTier(name) ?? '')) type = 'Place';
  if (type === 'Place' && toks.length === 1 && isAcronym(first)) type = 'Organisation';
  // a class of bodies ("Housing Associations") or ordinary words without a head (a product, a slogan) name no body
  if (isGenericPlural(toks) || isSchoolKind(toks) || (type === 'Organisation' && isHeadlessCommonPhrase(toks)))
    return null;
  // one word is weak evidence in English, where every name is capitalised: the tagger adds it only where a word list
  // agrees (a gazetteer place, an acronym body); a lone surname comes with the full name elsewhere
  if (toks.length === 1) {
    if (type === 'Person') return null;
    if (type === 'Place' && !placeTier(name)) return null;
    if (type === 'Organisation' && !isAcronym(first)) return null;
  }
  // a place "named" with a first name is a person the tagger mistyped
  if (type === 'Place' && isFirstName(first.text) && !placeTier(name)) type = 'Person';
  // a place the word lists do not know needs a site head ("… Harbour"); else it is often a mistyped person
  if (type === 'Place' && !placeTier(name) && !EN_SITE_HEADS.has(last.norm)) return null;
  const cand: Candidate = { type, name, start: first.start, end, confidence: 0.5, rule: `en-ner-${tag}` };
  return cand;
}

/** True when a word may start or end a name. */
function nameEdge(t: Token): boolean {
  // no digits at the edges: times and codes ("11h30"), not names
  return t.cap && !/\d/.test(t.text) && !CONNECT.has(t.norm) && !isCalendarWord(t.norm);
}

/** A single word that names nothing on its own: a common word, a title, a bare head ("Council"). */
function isGeneric(t: Token): boolean {
  if (isAcronym(t)) return false;
  if (isTitleWord(t) || EN_HONORIFICS.has(t.norm)) return true;
  if (EN_ORG_HEADS.has(t.norm) || EN_SITE_HEADS.has(t.norm) || EN_INITIATIVE_HEADS.has(t.norm)) return true;
  if (placeTier(t.text) || isFirstName(t.text)) return false;
  return isCommonEnglish(t.text);
}

/** A tagger body named like a rule's body in the other order ("University of Orlby", "Orlby University") takes its name. */
function sameAcademicBody(cand: Candidate, rules: readonly Candidate[]): Candidate {
  const key = cand.type === 'Organisation' ? academicKey(cand.name) : null;
  const twin = key ? rules.find((c) => c.type === 'Organisation' && academicKey(c.name) === key) : undefined;
  return twin && twin.name !== cand.name
    ? { ...cand, name: twin.name, aliases: [...(cand.aliases ?? []), cand.name] }
    : cand;
}
