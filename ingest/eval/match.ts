// One-to-one matching of predicted entities and relations against gold.
import { nameKey } from '../../src/domain/index.js';
import type { ExtractedEntity, ExtractedRelation } from '../../src/domain/index.js';
import type { GoldEntity, GoldRelation } from './gold.js';
import { titlesCompatible } from './titles.js';

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
 * Matches entities: type agrees (or is a gold alt_type) and any predicted name or alias equals any gold name or
 * alias. Exact name matches are taken first; each side is used once.
 */
export function matchEntities(gold: GoldEntity[], pred: ExtractedEntity[]): EntityMatching {
  const goldToPred = new Map<number, number>();
  const predToGold = new Map<number, number>();
  const passes: ((p: ExtractedEntity, g: GoldEntity) => boolean)[] = [
    (p, g) => p.type === g.type && nameKey(p.name) === nameKey(g.name),
    (p, g) => nameKey(p.name) === nameKey(g.name),
    (p, g) => goldKeys(g).has(nameKey(p.name)),
    (p, g) => p.aliases.some((a) => nameKey(a) === nameKey(g.name)),
    // SCHEMA.md: any predicted name or alias equal to any gold name or alias
    (p, g) => p.aliases.some((a) => goldKeys(g).has(nameKey(a))),
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
    // a person may hold two titles at one organisation: both are facts
    const title = r.type === 'HOLDS_ROLE' ? nameKey(r.title ?? '') : '';
    const k = `${r.type}|${r.from}|${r.type === 'QUOTED_IN' ? '' : (r.to ?? '')}|${title}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Matches relations one-to-one as SCHEMA.md scores them: same type and `from` ends matched entities; VISITED:
 * `to` ends matched entities; HOLDS_ROLE: compatible titles (containment either way) and, when the gold names an
 * organisation, `to` ends at it (a gold `to` of null accepts any organisation). Returns gold index → predicted index.
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
    if (goldName === null || goldName === undefined || predId === null) return false;
    const gi = goldIndexByName(goldName);
    const pi = predIndexById.get(predId);
    return gi >= 0 && pi !== undefined && m.goldToPred.get(gi) === pi;
  };
  const toMatches = (g: GoldRelation, p: ExtractedRelation): boolean => {
    if (g.type === 'QUOTED') return true;
    if (g.type === 'VISITED') return endsMatch(g.to, p.to);
    if (!titlesCompatible(p.title, g.title)) return false;
    return g.to === null || g.to === undefined || endsMatch(g.to, p.to);
  };
  const out = new Map<number, number>();
  const used = new Set<number>();
  gold.forEach((g, gi) => {
    const pi = pred.findIndex(
      (p, i) => !used.has(i) && goldType(p.type) === g.type && endsMatch(g.from, p.from) && toMatches(g, p),
    );
    if (pi < 0) return;
    used.add(pi);
    out.set(gi, pi);
  });
  return out;
}
