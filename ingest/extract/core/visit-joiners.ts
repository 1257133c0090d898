// Rule "visit-joiners": a sentence that only says who else came along ("Mit dabei waren A und B", "Zur Delegation
// gehörten auch …", "Also present were …") adds its persons to the visiting party: each goes wherever the party's
// leader goes, whether that sentence comes before or after the stops. It names no visitor of its own.
import type { Located } from './located.js';
import type { Sentence } from './types.js';
import { mentionsIn, type VisitContext } from './visit-sentence.js';

/** The persons a sentence adds to the visiting party, or undefined when it is no such sentence. */
export function partyJoiners(ctx: VisitContext, s: Sentence): Located[] | undefined {
  const cue = ctx.cues.joiners?.exec(s.text);
  if (!cue) return undefined;
  const at = s.start + cue.index;
  // the persons named after the cue ("Mit dabei waren A und B") or before a final one ("A und B waren mit dabei")
  const persons = mentionsIn(ctx, s).filter((l) => l.entity.type === 'Person');
  return persons.length > 0 && persons.some((p) => p.start >= at || p.end <= at) ? persons : undefined;
}
