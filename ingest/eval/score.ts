// Scores one release's extraction against its gold annotation, and sums scores.
import { ENTITY_TYPES, nameKey } from '../../src/domain/index.js';
import type { EntityType, Extraction, Language } from '../../src/domain/index.js';
import type { GoldFile } from './gold.js';
import { distinctRelations, goldType, matchEntities, matchRelations } from './match.js';
import { titlesCompatible } from './titles.js';

/** Scored relation types (gold names). */
export const REL_TYPES = ['VISITED', 'HOLDS_ROLE', 'QUOTED'] as const;
export type ScoredRelation = (typeof REL_TYPES)[number];

/** Raw counts for one category. */
export interface Counts {
  gold: number;
  pred: number;
  /** Gold items matched (recall numerator). */
  hitGold: number;
  /** Predicted items matched (precision numerator). */
  hitPred: number;
}

/** Counts plus precision, recall, F1. */
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Role-title counts: gold roles of matched persons, and how many a predicted title is compatible with. */
export interface RoleCounts {
  total: number;
  correct: number;
}

/** Everything scored for one file, with the items behind the numbers. */
export interface FileScore {
  file: string;
  lang: Language;
  entities: Record<EntityType, Counts>;
  relations: Record<ScoredRelation, Counts>;
  roles: RoleCounts;
  misses: string[];
  falsePositives: string[];
  roleErrors: string[];
}

const zero = (): Counts => ({ gold: 0, pred: 0, hitGold: 0, hitPred: 0 });

/** Scores one extraction against one gold file. */
export function scoreFile(file: string, gold: GoldFile, x: Extraction): FileScore {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, zero()])) as Record<EntityType, Counts>;
  const relations = Object.fromEntries(REL_TYPES.map((t) => [t, zero()])) as Record<ScoredRelation, Counts>;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  const roleErrors: string[] = [];
  const m = matchEntities(gold.entities, x.entities);
  gold.entities.forEach((g, gi) => {
    entities[g.type].gold++;
    if (m.goldToPred.has(gi)) entities[g.type].hitGold++;
    else misses.push(`${g.type} ${g.name}`);
  });
  x.entities.forEach((p, pi) => {
    entities[p.type].pred++;
    if (m.predToGold.has(pi)) entities[p.type].hitPred++;
    else falsePositives.push(`${p.type} ${p.name}`);
  });

  // role-title (SCHEMA.md): a gold role of a matched person is found when a predicted title contains it or is
  // contained in it; recall only, the organisation is scored by HOLDS_ROLE
  const roles: RoleCounts = { total: 0, correct: 0 };
  gold.entities.forEach((g, gi) => {
    const pi = m.goldToPred.get(gi);
    if (g.type !== 'Person' || pi === undefined) return;
    const p = x.entities[pi]!;
    for (const r of g.roles ?? []) {
      roles.total++;
      if (p.roles.some((pr) => titlesCompatible(pr.title, r.title))) roles.correct++;
      else
        roleErrors.push(
          `${g.name}: want "${r.title}"; got ${p.roles.map((pr) => `"${pr.title}"`).join(', ') || 'none'}`,
        );
    }
  });

  // QUOTED counts once per person, in the gold as in the prediction
  const quotedGold = new Set<string>();
  const goldRelations = gold.relations.filter((r) => {
    if (r.type !== 'QUOTED') return true;
    const k = nameKey(r.from);
    if (quotedGold.has(k)) return false;
    quotedGold.add(k);
    return true;
  });
  const pred = distinctRelations(x.relations);
  const rm = matchRelations(goldRelations, gold.entities, pred, x.entities, m);
  const matchedPred = new Set(rm.values());
  const nameOf = new Map(x.entities.map((e) => [e.id, e.name]));
  goldRelations.forEach((r, i) => {
    relations[r.type].gold++;
    if (rm.has(i)) relations[r.type].hitGold++;
    else misses.push(`${r.type} ${r.from}${r.type === 'QUOTED' ? '' : ` -> ${r.to ?? '-'}`}`);
  });
  pred.forEach((p, i) => {
    const t = goldType(p.type)!;
    relations[t].pred++;
    if (matchedPred.has(i)) relations[t].hitPred++;
    else
      falsePositives.push(
        `${t} ${nameOf.get(p.from) ?? p.from}${t === 'QUOTED' ? '' : ` -> ${p.to === null ? '-' : (nameOf.get(p.to) ?? p.to)}`}`,
      );
  });
  return { file, lang: gold.lang, entities, relations, roles, misses, falsePositives, roleErrors };
}

/** Adds counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    pred: a.pred + b.pred,
    hitGold: a.hitGold + b.hitGold,
    hitPred: a.hitPred + b.hitPred,
  };
}

/** Precision, recall and F1 from counts (1 when there is nothing to find and nothing was predicted). */
export function toScores(c: Counts): Scores {
  const precision = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.hitPred / c.pred;
  const recall = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.hitGold / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
