// English entity recognition: capitalised runs, trimmed, are decided by the ordered run rules (run-rules.ts); rules
// outside runs add quoted names, owners and lower-case title references; one step applies the proposals.
import type { TitleRef } from '../core/pack.js';
import type { Candidate, Doc, Sentence, Token } from '../core/types.js';
import { isFirstName } from '../gazetteer/index.js';
import { isCommonEnglish } from '../nlp/lexicon.js';
import { EN_HONORIFICS, EN_ORG_HEADS, EN_ORG_NAMES, EN_PARTIES, EN_PEERS } from './lexicon.js';
import { acronymAliasProposals } from './acronym-aliases.js';
import { basedPlaces } from './based-places.js';
import { withoutHeadlineOnlyNames } from './headline.js';
import { oneReadingProposals } from './one-reading.js';
import { ownedByProposals } from './owned-by.js';
import { theSite } from './place-rules.js';
import { makeRun, type LastTitle, type Proposal } from './proposals.js';
import { quotedInitiatives } from './quoted-names.js';
import { applyCandidateProposals } from './resolve.js';
import { RUN_RULES } from './run-rules.js';
import { shortFormProposals } from './short-forms.js';
import { capitalisedRuns, type AndSplit } from './runs.js';
import { lowerTitleRefs } from './title-refs.js';
import { CONNECT, isHead, isNameWord, isTitleWord } from './words.js';

/** What the run rules have proposed so far in one release (owned by one recognise call). */
interface RunState {
  candidates: Candidate[];
  titleRefs: TitleRef[];
  /** Role and retype proposals, applied once at the end. */
  edits: Proposal[];
  lastTitle: LastTitle | null;
  /** Last token index already read as an apposition. */
  consumed: number;
}

/** Legal-form letters that end a body's name ("… Homes CIC and …"); Ltd/plc are organisation heads already. */
const LEGAL_FORM = /^(?:CIC|CIO|LLP|LLC)$/;

// "Coast Authority and Harrow Forge UK": split when the left side already ends in a head word
// "Varga and Lenz in Estonia": two surnames; "Cardiff and Vale University Health Board" stays one name
const splitsAtAnd: AndSplit = (toks, from, to) =>
  (isHead(toks[to]!) && !isTitleWord(toks[to]!) && !inRemit(toks, from, to)) ||
  LEGAL_FORM.test(toks[to]!.text) ||
  twoHeadedBodies(toks, from, to) ||
  (isNameWord(toks[to]) && isNameWord(toks[to + 2]) && !isCommonEnglish(toks[to]!.text) && !toks[to + 3]?.cap) ||
  secondPerson(toks, to);

/** "Mayor Owen Pryce and Mrs Mary Pryce": a name, then an honorific or title and a name after "and": two persons. */
function secondPerson(toks: Token[], to: number): boolean {
  const lead = toks[to + 2];
  if (!lead || !isNameWord(toks[to]) || !isNameWord(toks[to + 3]) || toks[to + 3]!.sent !== lead.sent) return false;
  return (
    (EN_HONORIFICS.has(lead.norm) && lead.norm !== 'the') || (isTitleWord(lead) && isFirstName(toks[to + 3]!.text))
  );
}

/** "Office of Clean Water and Waste Water": the head word ends a remit after "of/for", so "and" goes on with it. */
function inRemit(toks: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if ((toks[k]!.norm === 'of' || toks[k]!.norm === 'for') && EN_ORG_HEADS.has(toks[k - 1]!.norm)) return true;
  return false;
}

/** "University of Orlby and Tarnby College": both sides name a body of their own (a head word each, the right one
 * led by a name word), unlike "Department of Health and Social Care". */
function twoHeadedBodies(toks: Token[], from: number, to: number): boolean {
  if (!toks.slice(from, to + 1).some((t) => EN_ORG_HEADS.has(t.norm))) return false;
  const lead = toks[to + 2];
  if (!lead || !isNameWord(lead) || isCommonEnglish(lead.text)) return false;
  for (let k = to + 3; k <= to + 5 && toks[k]?.cap; k++)
    if (EN_ORG_HEADS.has(toks[k]!.norm) && !toks[k + 1]?.cap) return true;
  return false;
}

/** Finds English entity candidates and title references. */
export function recogniseEnglish(doc: Doc): { candidates: Candidate[]; titleRefs: TitleRef[] } {
  const state: RunState = { candidates: [], titleRefs: [], edits: [], lastTitle: null, consumed: -1 };
  for (const s of doc.sentences) {
    state.lastTitle = null;
    for (const [ra, rb] of capitalisedRuns(doc, s, splitsAtAnd)) {
      if (ra <= state.consumed) continue; // already read as an apposition
      if (SAINTS_DAY.test(doc.text.slice(doc.tokens[ra]!.start, doc.tokens[rb]!.end + 12))) continue;
      const site = theSite(doc, s, ra, rb);
      const span = site ? null : trimRun(doc, s, ra, rb);
      if (site) take(doc, state, [site]);
      else if (span) classify(doc, state, span[0], span[1]);
    }
  }
  const runCandidates = state.candidates;
  const titleRefs = [...state.titleRefs, ...lowerTitleRefs(doc, runCandidates)];
  const edits = [
    ...state.edits,
    ...ownedByProposals(doc, runCandidates),
    ...shortFormProposals(runCandidates),
    ...acronymAliasProposals(doc, runCandidates),
    ...oneReadingProposals([...runCandidates, ...basedPlaces(doc)]),
  ];
  const all = [...applyCandidateProposals(runCandidates, edits), ...quotedInitiatives(doc), ...basedPlaces(doc)];
  const candidates = withoutHeadlineOnlyNames(doc, all);
  return { candidates, titleRefs };
}

/** A saint's feast ("St Ninian’s Day", "St Agnes' Eve") is a date, not a place or person. */
const SAINTS_DAY = /^(?:St|Saint)\.?\s+\p{Lu}\p{L}+(?:[’']s?)\s+(?:Day|Eve|Night)\b/u;

/** "St"/"Saint" before a name starts the name ("St Anselm School …") even at a sentence start. */
const SAINT = /^(?:st|saint|ste|sts)$/;

/** True for a sentence-initial ordinary word ("Tomorrow", "The", "Afterwards") that is no part of a name. */
function isLeadingCommonWord(doc: Doc, s: Sentence, a: number, b: number): boolean {
  const t: Token = doc.tokens[a]!;
  return (
    (a === s.from || /[“"‘„]$/.test(t.pre)) &&
    isCommonEnglish(t.text) &&
    !isTitleWord(t) &&
    !isFirstName(t.text) &&
    !EN_PEERS.has(t.norm) &&
    !EN_HONORIFICS.has(t.norm) &&
    !(a < b && SAINT.test(t.norm)) &&
    !(a < b && isTitleWord(doc.tokens[a + 1]!))
  );
}

/** The run without leading ordinary words and connectors at either end, or null if nothing is left. */
function trimRun(doc: Doc, s: Sentence, ra: number, rb: number): [number, number] | null {
  const toks = doc.tokens;
  let a = ra;
  let b = rb;
  // "Plaid Cymru said": a known party starts with no ordinary word to trim
  const whole = doc.text.slice(toks[ra]!.start, toks[rb]!.end);
  if (EN_PARTIES.includes(whole) || EN_ORG_NAMES.has(whole)) return [ra, rb];
  while (a <= b && isLeadingCommonWord(doc, s, a, b)) a++;
  // "Kelby-based Tellmore Systems": the place is read by en-plc-based, the name starts after it
  while (a < b && /[-‐]based$/i.test(toks[a]!.text)) a++;
  while (a <= b && CONNECT.has(toks[a]!.norm)) a++;
  while (b >= a && CONNECT.has(toks[b]!.norm)) b--;
  return a > b ? null : [a, b];
}

/** Runs the run rules in order over toks[a..b]; the first that applies decides. */
function classify(doc: Doc, state: RunState, a: number, b: number): void {
  const run = makeRun(doc, a, b);
  const ctx = { doc, found: state.candidates, lastTitle: state.lastTitle };
  for (const rule of RUN_RULES) {
    const out = rule.apply(run, ctx);
    if (!out) continue;
    take(doc, state, out);
    return;
  }
}

/** Records a rule's proposals in order; a sub-run is classified where it stands. */
function take(doc: Doc, state: RunState, proposals: Proposal[]): void {
  for (const p of proposals) {
    if (p.kind === 'run') classify(doc, state, p.a, p.b);
    else if (p.kind === 'candidate') state.candidates.push(p.candidate);
    else if (p.kind === 'consumed') state.consumed = p.upTo;
    else if (p.kind === 'title-ref') {
      state.titleRefs.push(p.ref);
      if (p.last) state.lastTitle = p.last;
    } else state.edits.push(p);
  }
}
