// German initiative rules tried at each capitalised token, in order: the first rule that applies proposes its
// candidates and scanning goes on after the last token it used. The overlap resolver decides between these and the
// other rules' candidates.
import type { Candidate, Doc } from '../core/types.js';
import type { InitiativeTokenRule } from './initiative-candidate.js';
import { ofTheMonthRule } from './initiative-of-the.js';
import { acronymNameRule } from './initiative-acronym.js';
import { namedDayRule } from './initiative-day.js';
import { quotedNameRule } from './initiative-quoted.js';
import { quotedBeforeRule } from './initiative-quoted-before.js';
import { quotedListRule } from './initiative-quoted-list.js';
import { eponymRule } from './initiative-eponym.js';
import { lawTitleRule } from './initiative-law-title.js';
import { compoundCueRule } from './initiative-compound.js';
import { headNameRule } from './initiative-head-name.js';
import { namedHeadRule } from './initiative-named-head.js';
import { journeyRule } from './initiative-journey.js';
import { honourRule } from './initiative-honour.js';
import { englishNameRule } from './initiative-english.js';
import { localEventRule } from './initiative-local-event.js';
import { hyphenEventRule } from './initiative-hyphen-event.js';
import { eventYearRule } from './initiative-event-year.js';
import { scopeAdjectiveRule } from './initiative-scope-adjective.js';

/** The German initiative token rules, in the order they are tried at each token. */
export const GERMAN_INITIATIVE_RULES: readonly InitiativeTokenRule[] = [
  acronymNameRule,
  ofTheMonthRule,
  namedDayRule,
  quotedNameRule,
  quotedBeforeRule,
  quotedListRule,
  eponymRule,
  lawTitleRule,
  headNameRule,
  namedHeadRule,
  englishNameRule,
  localEventRule,
  scopeAdjectiveRule,
  hyphenEventRule,
  eventYearRule,
  journeyRule,
  honourRule,
  compoundCueRule,
];

/** Finds initiative candidates in a German release. */
export function findGermanInitiatives(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let k = s.from; k < s.to; k++) {
      // every rule starts at a capitalised word: lower-case tokens are skipped before the rules are called
      if (!doc.tokens[k]!.cap) continue;
      for (const rule of GERMAN_INITIATIVE_RULES) {
        const m = rule(doc, s, k);
        if (!m) continue;
        out.push(...m.candidates);
        k = m.last;
        break;
      }
    }
  }
  return out;
}
