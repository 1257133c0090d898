// What every German organisation rule shares: where it is tried, and the candidate it makes.
import { fold } from '../../../src/domain/index.js';
import type { Candidate, Doc, Sentence } from '../core/types.js';
import { DE_PREFIX_HEADS, germanOrgHead } from './org-lexicon.js';
import { denominalizeGenitive } from './words.js';
import type { At } from './scan.js';

/** Where an organisation rule is tried: a token with its head-noun reading. */
export interface OrgAt extends At {
  /** The organisation head the word ends in ("…ministerium"), if any. */
  head: ReturnType<typeof germanOrgHead>;
  /** A head that needs a name after it ("Landkreis", "Stadt"). */
  prefixHead: boolean;
}

/** An organisation candidate. */
export function org(
  name: string,
  start: number,
  end: number,
  confidence: number,
  rule: string,
  aliases: string[] = [],
): Candidate {
  return { type: 'Organisation', name: name.trim(), start, end, confidence, rule, aliases };
}

/** The organisation reading of the token at k: its head noun and whether it needs a name after it. */
export function orgAt(doc: Doc, s: Sentence, k: number): OrgAt {
  const t = doc.tokens[k]!;
  const prefixHead = DE_PREFIX_HEADS.has(t.norm) || DE_PREFIX_HEADS.has(fold(denominalizeGenitive(t.text)));
  // nouns are capitalised, in their last part at least ("intakt-Musikinstitut"): "verlangsamte" only ends like "Amt"
  const noun = /^\p{Lu}/u.test(t.text.split(/[-‐‑–]/).pop() ?? '');
  return { doc, s, k, head: noun ? germanOrgHead(t.text) : null, prefixHead };
}
