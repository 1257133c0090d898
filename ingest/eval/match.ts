// One-to-one matching of predicted entities and relations against gold.
import { nameKey } from '../../src/domain/index.js';
import type { ExtractedEntity, ExtractedRelation } from '../../src/domain/index.js';
import type { GoldEntity, GoldRelation } from './gold.js';

/** Pairs of matched gold and predicted entity indices. */
export interface EntityMatching {
  goldToPred: Map<number, number>;
  predToGold: Map<number, number>;
}

/** All keys a gold entity answers to: its name and aliases. */
export function goldKeys(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(nameKey));
}

const typeOk = (p: ExtractedEntity, g: GoldEntity): boolean =>
  p.type === g.type || (g.alt_types ?? []).includes(p.type);

/**
 * Matches entities: type agrees (or is a gold alt_type) and the predicted name equals the gold name or alias,
 * or a predicted alias equals the gold name. Exact name matches are taken first; each side is used once.
 */
export function matchEntities(gold: GoldEntity[], pred: ExtractedEntity[]): EntityMatching {
  const goldToPred = new Map<number, number>();
  const predToGold = new Map<number, number>();
  const passes: ((p: ExtractedEntity, g: GoldEntity) => boolean)[] = [
    (p, g) => p.type === g.type && nameKey(p.name) === nameKey(g.name),
    (p, g) => nameKey(p.name) === nameKey(g.name),
    (p, g) => goldKeys(g).has(nameKey(p.name)),
    (p, g) => p.aliases.some((a) => nameKey(a) === nameKey(g.name)),
  ];
  for (const pass of passes) {
    gold.forEach((g, gi) => {
      if (goldToPred.has(gi)) return;
      const pi = pred.findIndex((p, i) => !predToGold.has(i) && typeOk(p, g) && pass(p, g));
      if (pi < 0) return;
      goldToPred.set(gi, pi);
      predToGold.set(pi, gi);
    });
  }
  return { goldToPred, predToGold };
}

/** Gold relation type for a predicted one (our QUOTED_IN is gold QUOTED). */
export function goldType(t: ExtractedRelation['type']): GoldRelation['type'] | null {
  if (t === 'QUOTED_IN') return 'QUOTED';
  if (t === 'VISITED' || t === 'HOLDS_ROLE') return t;
  return null;
}

/** Predicted relations reduced to distinct facts (type, from, to); PART_OF / LOCATED_IN are not scored. */
export function distinctRelations(rels: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return rels.filter((r) => {
    if (!goldType(r.type)) return false;
    const k = `${r.type}|${r.from}|${r.type === 'QUOTED_IN' ? '' : (r.to ?? '')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Matches relations one-to-one: same type, `from` ends matched entities, and (VISITED, HOLDS_ROLE) `to` ends
 * matched entities or are both null. Returns gold index → predicted index.
 */
export function matchRelations(
  gold: GoldRelation[],
  goldEntities: GoldEntity[],
  pred: ExtractedRelation[],
  predEntities: ExtractedEntity[],
  m: EntityMatching,
): Map<number, number> {
  const predIndexById = new Map(predEntities.map((e, i) => [e.id, i]));
  const goldIndexByName = (name: string | null | undefined): number => {
    if (name === null || name === undefined) return -1;
    const k = nameKey(name);
    const exact = goldEntities.findIndex((g) => nameKey(g.name) === k);
    return exact >= 0 ? exact : goldEntities.findIndex((g) => goldKeys(g).has(k));
  };
  const endsMatch = (goldName: string | null | undefined, predId: string | null): boolean => {
    if (goldName === null || goldName === undefined) return predId === null;
    if (predId === null) return false;
    const gi = goldIndexByName(goldName);
    const pi = predIndexById.get(predId);
    return gi >= 0 && pi !== undefined && m.goldToPred.get(gi) === pi;
  };
  const out = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = pred.findIndex(
      (p, i) =>
        !used.has(i) &&
        goldType(p.type) === g.type &&
        endsMatch(g.from, p.from) &&
        (g.type === 'QUOTED' || endsMatch(g.to ?? null, p.to)),
    );
    if (pi < 0) return;
    used.add(pi);
    out.set(gi, pi);
  });
  return out;
}
