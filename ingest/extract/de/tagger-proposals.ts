// The learned name tagger proposes spans; the German rules decide which become candidates, with what type and name.
import type { Candidate, Doc, Token } from '../core/types.js';
import type { TitleRef } from '../core/pack.js';
import { isAcronym } from '../core/tokens.js';
import { isFirstName, isFrequentGermanNoun, placeTier } from '../gazetteer/index.js';
import { sentenceWords } from '../ner/doc-words.js';
import type { NameTagger } from '../ner/tagger.js';
import { germanOrgHead, isSiteWord } from './org-lexicon.js';
import { germanTitle } from './titles.js';
import { DE_CALENDAR, DE_FUNCTION_WORDS, looksLikeCommonNoun } from './words.js';

const TYPE = { PER: 'Person', ORG: 'Organisation', LOC: 'Place' } as const;
// lower-case words that may sit inside a name ("Bundesministerium für Bildung und Forschung", "Frankfurt am Main")
const INNER = /^(?:für|und|der|des|die|das|am|an|im|in|ob|von|vom|zu|zur|zum|de|van|von|&)$/;

/** Adds the tagger's spans that no rule found and that pass the pack's checks. */
export function withTaggerProposals(
  doc: Doc,
  found: { candidates: Candidate[]; titleRefs: TitleRef[] },
  tagger: NameTagger,
): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const ruleSpans = [...found.candidates, ...found.titleRefs];
  const taken = (a: number, b: number): boolean => ruleSpans.some((c) => c.start < b && a < c.end);
  const added: Candidate[] = [];
  for (const s of doc.sentences) {
    const { words, tokenOf } = sentenceWords(doc, s);
    for (const span of tagger.spans(words)) {
      if (!(span.type in TYPE)) continue;
      const toks = tokenOf.slice(span.from, span.to).flatMap((k) => (k < 0 ? [] : [doc.tokens[k]!]));
      const cand = proposal(doc, toks, span.type as keyof typeof TYPE);
      if (cand && !taken(cand.start, cand.end)) added.push(cand);
    }
  }
  return { candidates: [...found.candidates, ...added], titleRefs: found.titleRefs };
}

/** The candidate for one tagger span, or null when the rules reject it (generic noun, title, broken boundary). */
function proposal(doc: Doc, toks: Token[], tag: keyof typeof TYPE): Candidate | null {
  // a title is a role, not part of the name ("Ministerin X" → X)
  while (toks.length > 1 && germanTitle(toks[0]!.text)) toks = toks.slice(1);
  if (toks.length === 0) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  if (!nameEdge(first) || !nameEdge(last)) return null;
  if (toks.some((t) => !t.cap && !INNER.test(t.text) && !/^\d/.test(t.text))) return null;
  if (toks.length === 1 && isGeneric(first)) return null;
  const surface = doc.text.slice(first.start, last.end);
  let type: Candidate['type'] = TYPE[tag];
  let name = surface;
  // the rules know better about some types: organisation heads, gazetteer places, sites
  if (germanOrgHead(last.text) && !germanOrgHead(last.text)!.bare) type = 'Organisation';
  else if (type !== 'Place' && ['country', 'region', 'big'].includes(placeTier(surface) ?? '')) type = 'Place';
  else if (type === 'Person' && toks.length === 1 && isSiteWord(first.text)) type = 'Place';
  if (type === 'Place' && /s$/.test(surface) && !placeTier(surface) && placeTier(surface.slice(0, -1)))
    name = surface.slice(0, -1); // genitive "Bayerns"
  if (type === 'Person' && toks.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(surface) && !isFirstName(surface)) return null; // a lone genitive is usually a noun or will come with the full name elsewhere
  const cand: Candidate = { type, name, start: first.start, end: last.end, confidence: 0.5, rule: `de-ner-${tag}` };
  if (type === 'Person' && toks.length === 1) cand.partial = true;
  return cand;
}

/** True when a word may start or end a name. */
function nameEdge(t: Token): boolean {
  return (t.cap || /^\d/.test(t.text)) && !DE_FUNCTION_WORDS.has(t.norm) && !DE_CALENDAR.has(t.norm);
}

/** A single word that names nothing on its own: a frequent noun, a title, a bare head ("Feuerwehr"). */
function isGeneric(t: Token): boolean {
  if (isAcronym(t)) return false;
  if (germanTitle(t.text)) return true;
  const head = germanOrgHead(t.text);
  if (head && (head.bare || head.plural)) return true;
  if (placeTier(t.text) || isFirstName(t.text)) return false;
  return isFrequentGermanNoun(t.text) || looksLikeCommonNoun(t.text);
}
