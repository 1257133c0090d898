// "im Landkreis", "des Landkreises" without a name: the district of the dateline (or publisher) is meant.
import { nameKey } from '../../../src/domain/index.js';
import type { Candidate, Doc } from '../core/types.js';
import { isProperWord } from './organisations.js';

const BARE = /^(?:landkreis|landkreises|kreis|kreises)$/;

/** Candidates "Landkreis <place>" for bare district mentions when the text names none. */
export function impliedDistrict(doc: Doc, cands: Candidate[]): Candidate[] {
  const named = cands.some((c) => c.type === 'Organisation' && /^(?:landkreis|kreis) /.test(nameKey(c.name)));
  if (named) return [];
  const place = doc.release.dateline ?? cands.find((c) => c.rule === 'de-plc-dateline')?.name ?? publisherDistrict(doc.release.publisher);
  if (!place) return [];
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!BARE.test(t.norm) || !t.cap) continue;
    if (isProperWord(toks[k + 1]) && toks[k + 1]!.sent === t.sent && /^ $/.test(t.post)) continue;
    const head = t.norm.startsWith('land') ? 'Landkreis' : 'Kreis';
    const base = place.replace(/^(?:Landkreis|Kreis)\s+/, '');
    out.push({ type: 'Organisation', name: `${head} ${base}`, start: t.start, end: t.end, confidence: 0.55, rule: 'de-org-implied-district' });
  }
  return out;
}

function publisherDistrict(publisher: string | null): string | null {
  const m = /^(?:Landkreis|Kreis)\s+([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)/u.exec(publisher ?? '');
  return m ? m[1]! : null;
}
