// Rule "visit-delegation": visitors named together as the visitors of one sentence travel as a delegation, so each
// member visits every stop of the others. A stop stated later for one member named alone is that member's own
// ("Tomorrow A and B will be in X. … On Thursday, A will be in Y": only A went to Y).
import { nameKey, type ExtractedRelation } from '../../../src/domain/index.js';
import { round, type Located } from './located.js';

/** Visitors per evidence sentence (by its start offset). */
function visitorsBySentence(found: ExtractedRelation[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const r of found) {
    const at = r.evidence?.start ?? -1;
    out.set(at, (out.get(at) ?? new Set()).add(r.from));
  }
  return out;
}

/** Delegations: each visitor's group root (union of visitors named in one sentence) and its last joint sentence. */
function delegations(bySentence: Map<number, Set<string>>): {
  root: (id: string) => string;
  lastJoint: Map<string, number>;
} {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let x = id;
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const ids of bySentence.values()) {
    const [first, ...rest] = [...ids];
    for (const id of rest) if (root(id) !== root(first!)) parent.set(root(id), root(first!));
  }
  const lastJoint = new Map<string, number>();
  for (const [at, ids] of bySentence) {
    if (ids.size < 2) continue;
    const r = root([...ids][0]!);
    lastJoint.set(r, Math.max(lastJoint.get(r) ?? -1, at));
  }
  return { root, lastJoint };
}

/** VISITED facts that give every member of a delegation the stops of the others (not those repeated in `found`). */
export function delegationVisits(found: ExtractedRelation[], located: Located[]): ExtractedRelation[] {
  const bySentence = visitorsBySentence(found);
  const { root, lastJoint } = delegations(bySentence);
  const namedIn = (r: ExtractedRelation): boolean =>
    !!r.evidence && located.some((l) => l.id === r.from && l.start >= r.evidence!.start && l.end <= r.evidence!.end);
  // a member named alone after the last joint sentence went there alone
  const alone = (r: ExtractedRelation): boolean => {
    const at = r.evidence?.start ?? -1;
    return bySentence.get(at)!.size === 1 && at > (lastJoint.get(root(r.from)) ?? -1) && namedIn(r);
  };
  const byId = new Map(located.map((l) => [l.id, l.entity]));
  // a member does not visit their own body (the Landrat of the district the delegation tours)
  const ownStop = (member: string, to: string | null): boolean => {
    const stop = to ? byId.get(to)?.name : undefined;
    const roles = byId.get(member)?.roles ?? [];
    return !!stop && roles.some((x) => !!x.organisation && nameKey(x.organisation) === nameKey(stop));
  };
  const seen = new Set(found.map((r) => `${r.from}|${r.to}`));
  const members = [...new Set(found.map((r) => r.from))];
  const out: ExtractedRelation[] = [];
  for (const r of found) {
    if (!lastJoint.has(root(r.from)) || alone(r)) continue;
    for (const m of members) {
      const key = `${m}|${r.to}`;
      if (m === r.to || root(m) !== root(r.from) || seen.has(key) || ownStop(m, r.to)) continue;
      seen.add(key);
      out.push({ ...r, from: m, confidence: round(r.confidence * 0.8) });
    }
  }
  return out;
}
