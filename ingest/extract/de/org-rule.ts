// What every German organisation rule shares: where it is tried, and the candidate it makes.
import type { Candidate } from '../core/types.js';
import type { germanOrgHead } from './org-lexicon.js';
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
