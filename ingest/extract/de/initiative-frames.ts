// Contexts that name a programme compound without a name element: "im Rahmen der Dorferneuerungsförderung",
// "Mittel aus dem Heckenfonds", "gefördert aus dem Sofortprogramm". Only a compound whose modifier says what it funds
// is a name there; "aus dem Förderprogramm", "im Rahmen des Landesprogramms" say only whose programme it is.
import type { Sentence, Token } from '../core/types.js';

/** Modifiers that say only whose or what kind of programme it is, not which. */
const GENERIC_MODIFIER = /^(?:foerder|landes|bundes|sonder|modell|pilot|teil|unter|haupt|folge|nachfolge|eu)s?$/;
/** Words of funding near the compound: "Fördermittel", "gefördert", "Zuschuss", "finanziert". */
const FUNDING =
  /^(?:foerder\p{L}*|mittel\p{L}*|geld\p{L}*|zuschu\p{L}*|zuwendung\p{L}*|gefoerdert|finanziert|bezuschusst|kofinanziert|unterstuetzt)$/u;
/** Prepositions of a source of money ("aus dem", "über das", "durch den"). */
const SOURCE = /^(?:aus|ueber|durch|von)$/;
/** How many tokens before or after the compound a funding word may stand. */
const REACH = 8;

/** "im Rahmen des/der" right before token k. */
function inFrameOf(toks: Token[], s: Sentence, k: number): boolean {
  return (
    toks[k - 2]?.norm === 'rahmen' &&
    /^(?:des|der)$/.test(toks[k - 1]?.norm ?? '') &&
    toks[k - 3]?.norm === 'im' &&
    k - 3 >= s.from
  );
}

/** "aus dem/der …" (or "vom …") with a funding word within reach in the same sentence. */
function fundedFrom(toks: Token[], s: Sentence, k: number): boolean {
  const art = toks[k - 1]?.norm ?? '';
  const source = (/^(?:dem|der|den|das|des)$/.test(art) && SOURCE.test(toks[k - 2]?.norm ?? '')) || art === 'vom';
  if (!source || k - 2 < s.from) return false;
  for (let i = Math.max(s.from, k - REACH); i < Math.min(s.to, k + REACH); i++)
    if (i !== k && FUNDING.test(toks[i]!.norm)) return true;
  return false;
}

/** True when token k (a programme compound whose head is `head` letters long) is named by its context. */
export function inNamingFrame(toks: Token[], s: Sentence, k: number, head: number): boolean {
  const modifier = toks[k]!.norm.slice(0, toks[k]!.norm.length - head);
  if (GENERIC_MODIFIER.test(modifier)) return false;
  return inFrameOf(toks, s, k) || fundedFrom(toks, s, k);
}
