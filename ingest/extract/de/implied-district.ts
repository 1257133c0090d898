// "im Landkreis", "des Landkreises" without a name: the district of the dateline (or publisher) is meant.
import { nameKey } from '../../../src/domain/index.js';
import type { Candidate, Doc } from '../core/types.js';
import { isProperWord } from './proper-word.js';
import { isDistrictOnly } from '../gazetteer/index.js';
import type { EntityRule, Revision } from './scan.js';

const BARE = /^(?:landkreis|landkreises|kreis|kreises)$/;

/** Bare district mentions become "Landkreis <place>"; district-only places next to their district become it. */
export const impliedDistrict: EntityRule = {
  name: 'de-org-implied-district',
  propose(doc, earlier) {
    const revisions = districtPlacesToOrgs(earlier);
    const revised = new Map(revisions.map((r) => [r.of, r.by]));
    return {
      revisions,
      candidates: bareDistricts(
        doc,
        earlier.map((c) => revised.get(c) ?? c),
      ),
    };
  },
};

/** Candidates for bare district mentions: the one district the text names, else "Landkreis <place>". */
function bareDistricts(doc: Doc, cands: readonly Candidate[]): Candidate[] {
  const named = new Set(
    cands.filter((c) => c.type === 'Organisation' && /^(?:landkreis|kreis) /.test(nameKey(c.name))).map((c) => c.name),
  );
  // one named district: the bare mentions refer back to it; several: which one is meant is unknown
  if (named.size > 1) return [];
  const namedOne = [...named][0];
  // "OSL-Landrat": the district is the Landrat's organisation
  const landratOrg = cands
    .flatMap((c) => c.roles ?? [])
    .find((r) => /^Landr(?:at|ätin)$/.test(r.title) && r.organisation)?.organisation;
  const place =
    doc.release.dateline ??
    cands.find((c) => c.rule === 'de-plc-dateline')?.name ??
    publisherDistrict(doc.release.publisher);
  if (!place && !landratOrg && !namedOne) return [];
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!BARE.test(t.norm) || !t.cap) continue;
    if (isProperWord(toks[k + 1]) && toks[k + 1]!.sent === t.sent && /^ $/.test(t.post)) continue;
    const head = t.norm.startsWith('land') ? 'Landkreis' : 'Kreis';
    const name = namedOne ?? landratOrg ?? `${head} ${place!.replace(/^(?:Landkreis|Kreis)\s+/, '')}`;
    out.push({
      type: 'Organisation',
      name,
      start: t.start,
      end: t.end,
      confidence: 0.55,
      rule: 'de-org-implied-district',
    });
  }
  return out;
}

/** A district-only place ("in Nordheide-Talland") next to "Landkreis Nordheide-Talland" is that district. */
function districtPlacesToOrgs(cands: readonly Candidate[]): Revision[] {
  const districts = new Map<string, string>();
  for (const c of cands) {
    const m = /^(?:Landkreis|Kreis)\s+(.+)$/.exec(c.name);
    if (c.type === 'Organisation' && m && isDistrictOnly(m[1]!)) districts.set(nameKey(m[1]!), c.name);
  }
  const out: Revision[] = [];
  for (const c of cands) {
    const full = c.type === 'Place' ? districts.get(nameKey(c.name)) : undefined;
    if (full)
      out.push({ of: c, by: { ...c, aliases: [...(c.aliases ?? []), c.name], type: 'Organisation', name: full } });
  }
  return out;
}

function publisherDistrict(publisher: string | null): string | null {
  const m = /^(?:Landkreis|Kreis)\s+([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)/u.exec(publisher ?? '');
  return m ? m[1]! : null;
}
