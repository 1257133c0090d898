// Curators' decisions applied to freshly extracted facts, before any store writes them: merged ids
// are redirected, curated names win, facts between an entity and itself and rejected statements are
// dropped, and facts are checked and de-duplicated. Store-independent: both adapters write these rows.

import { ENTITY_TYPES } from '../domain/entity.js';
import type { EntityType } from '../domain/entity.js';
import type { ReleaseFacts } from '../domain/extraction.js';
import { nameKey } from '../domain/fold.js';
import { factId, statementKey } from '../domain/ids.js';
import { RELATION_TYPES } from '../domain/relation.js';
import type { RelationType } from '../domain/relation.js';
import { CivicError } from '../errors/civic-error.js';

/** Curators' decisions that ingest follows, looked up for the entities of a batch. */
export interface IngestCuration {
  /** Extracted entity id → id of the entity it was merged into. */
  redirects: ReadonlyMap<string, string>;
  /** Entity id → name a curator gave it. */
  names: ReadonlyMap<string, string>;
}

/** What a store's batch lookup returns per entity id that curation touches. */
export interface CurationRow {
  id: string;
  /** The entity it was merged into, if any. */
  target: string | null;
  /** The curated name of the entity it resolves to, if any. */
  name: string | null;
}

/** Curation as the rows of a store's batch lookup give it. */
export function ingestCuration(rows: readonly CurationRow[]): IngestCuration {
  const redirects = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { id, target, name } of rows) {
    if (target !== null) redirects.set(id, target);
    if (name !== null) names.set(target ?? id, name);
  }
  return { redirects, names };
}

/** An entity to create if missing, with the surface forms the batch adds to it. */
export interface CuratedEntity {
  id: string;
  type: EntityType;
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
}

/** One entity in one release: every occurrence as parallel lists, and the surface forms used there. */
export interface CuratedMention {
  entityId: string;
  releaseId: string;
  starts: number[];
  ends: number[];
  texts: string[];
  confidences: number[];
  aliases: string[];
  aliasKeys: string[];
}

/** A fact to store; `to` null means the release itself is the target. */
export interface CuratedFact {
  type: RelationType;
  factId: string;
  /** What curators reject: the same statement is kept out of later ingests. */
  statementKey: string;
  releaseId: string;
  from: string;
  to: string | null;
  title: string | null;
  date: string | null;
  quote: string | null;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

/** The rows a store writes for a batch of releases. */
export interface CuratedRows {
  entities: CuratedEntity[];
  mentions: CuratedMention[];
  facts: CuratedFact[];
}

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);

/**
 * The rows to write for `creates` under `curation`. Throws INVALID_FACTS (naming the release) for an
 * entity or relation of unknown type; a fact id seen twice in a release is written once. Rejected
 * statements are dropped with `withoutRejected`, once the store knows which of the keys it holds.
 */
export function applyCuration(creates: readonly ReleaseFacts[], curation: IngestCuration): CuratedRows {
  const entities = new Map<string, CuratedEntity>();
  const mentions: CuratedMention[] = [];
  const facts: CuratedFact[] = [];

  for (const { release, extraction } of creates) {
    const resolved = new Map<string, string>();
    const inRelease = new Map<string, CuratedMention>();
    for (const entity of extraction.entities) {
      if (!ENTITY_TYPE_SET.has(entity.type)) {
        throw new CivicError(
          'INVALID_FACTS',
          `entity "${entity.id}" in release "${release.id}" has unknown type "${entity.type}"`,
        );
      }
      const id = curation.redirects.get(entity.id) ?? entity.id;
      resolved.set(entity.id, id);
      const forms = [...new Set([entity.name, ...entity.aliases])];
      const keys = [...new Set(forms.map(nameKey))];
      let row = entities.get(id);
      if (!row) {
        const name = curation.names.get(id) ?? entity.name;
        row = { id, type: entity.type, name, nameKey: nameKey(name), aliases: [], aliasKeys: [] };
        entities.set(id, row);
      }
      addAll(row.aliases, forms);
      addAll(row.aliasKeys, keys);
      let mention = inRelease.get(id);
      if (!mention) {
        mention = {
          entityId: id,
          releaseId: release.id,
          starts: [],
          ends: [],
          texts: [],
          confidences: [],
          aliases: [],
          aliasKeys: [],
        };
        inRelease.set(id, mention);
        mentions.push(mention);
      }
      for (const span of entity.mentions) {
        mention.starts.push(span.start);
        mention.ends.push(span.end);
        mention.texts.push(span.text);
        mention.confidences.push(entity.confidence);
      }
      addAll(mention.aliases, forms);
      addAll(mention.aliasKeys, keys);
    }
    const seen = new Set<string>();
    for (const relation of extraction.relations) {
      if (!RELATION_TYPE_SET.has(relation.type)) {
        throw new CivicError(
          'INVALID_FACTS',
          `relation in release "${release.id}" has unknown type "${relation.type}"`,
        );
      }
      const from = resolved.get(relation.from);
      const to = relation.to === null ? null : resolved.get(relation.to);
      // A fact about an entity the release does not name, or (after a merge) about itself, says nothing.
      if (from === undefined || to === undefined || from === to) continue;
      const id = factId(release.id, relation);
      if (seen.has(id)) continue;
      seen.add(id);
      facts.push({
        type: relation.type,
        factId: id,
        statementKey: statementKey({ ...relation, from, to }),
        releaseId: release.id,
        from,
        to,
        title: relation.title ?? null,
        date: relation.date ?? null,
        quote: relation.quote ?? null,
        sentence: relation.evidence.sentence,
        start: relation.evidence.start,
        end: relation.evidence.end,
        confidence: relation.confidence,
      });
    }
  }
  return { entities: [...entities.values()], mentions, facts };
}

/** The facts whose statement curators have not rejected. */
export function withoutRejected(facts: readonly CuratedFact[], rejected: ReadonlySet<string>): CuratedFact[] {
  return facts.filter((fact) => !rejected.has(fact.statementKey));
}

/** Entity ids a batch refers to, whose redirects and curated names the write must know. */
export function extractedEntityIds(creates: readonly ReleaseFacts[]): string[] {
  return [...new Set(creates.flatMap(({ extraction }) => extraction.entities.map((entity) => entity.id)))];
}

function addAll(list: string[], values: readonly string[]): void {
  for (const value of values) if (!list.includes(value)) list.push(value);
}
