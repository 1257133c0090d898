// Rule "visit-home": a place named as the genitive owner of a visitor's title ("Talheims Bürgermeister Jonas
// Elberfeld") and a body the visitor holds a role in are that visitor's own: the party may visit them, that
// visitor does not.
import { nameKey, type ExtractedRelation } from '../../../src/domain/index.js';
import type { Located } from './located.js';
import type { Doc } from './types.js';

/** Title words between a genitive place and the person ("Kleinfurts Erster Beigeordneter"). */
const TITLE_BETWEEN = /^\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u;

/** Visitor id → ids of the places that own their title in the text. */
function homes(doc: Doc, located: Located[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const places = located.filter((l) => l.entity.type === 'Place' && /s$/.test(doc.text.slice(l.start, l.end)));
  for (const p of located) {
    if (p.entity.type !== 'Person') continue;
    const home = places.find((l) => l.end < p.start && TITLE_BETWEEN.test(doc.text.slice(l.end, p.start)));
    if (home) out.set(p.id, (out.get(p.id) ?? new Set()).add(home.id));
  }
  return out;
}

/** The visits without those of a visitor to their own town or to a body they hold a role in. */
export function withoutHomeVisits(doc: Doc, located: Located[], found: ExtractedRelation[]): ExtractedRelation[] {
  const own = homes(doc, located);
  const byId = new Map(located.map((l) => [l.id, l.entity]));
  const roleOrg = (from: string, to: string): boolean => {
    const stop = byId.get(to);
    const orgs = byId.get(from)?.roles ?? [];
    // a place the visitor governs (a mayor's town named without the genitive) can still be visited
    return (
      !!stop &&
      stop.type !== 'Place' &&
      orgs.some((r) => !!r.organisation && nameKey(r.organisation) === nameKey(stop.name))
    );
  };
  return found.filter((r) => !(r.to && (own.get(r.from)?.has(r.to) || roleOrg(r.from, r.to))));
}
