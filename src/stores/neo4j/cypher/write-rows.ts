import { ENTITY_TYPES } from '../../../domain/entity.js';
import type { EntityType } from '../../../domain/entity.js';
import type { ReleaseFacts } from '../../../domain/extraction.js';
import { nameKey } from '../../../domain/fold.js';
import { factId, statementKey } from '../../../domain/ids.js';
import { RELATION_TYPES } from '../../../domain/relation.js';
import type { RelationType } from '../../../domain/relation.js';
import { CivicError } from '../../../errors/civic-error.js';

/** Curators' decisions that ingest follows, looked up for the entities of a batch. */
export interface IngestCuration {
  /** Extracted entity id → id of the entity it was merged into. */
  redirects: Map<string, string>;
  /** Entity id → name a curator gave it. */
  names: Map<string, string>;
}

/** What the batch lookup returns per entity id that curation touches. */
export interface CurationRow {
  id: string;
  /** The entity it was merged into, if any. */
  target: string | null;
  /** The curated name of the entity it resolves to, if any. */
  name: string | null;
}

/** Curation as the rows of the batch lookup give it. */
export function ingestCuration(rows: CurationRow[]): IngestCuration {
  const redirects = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { id, target, name } of rows) {
    if (target !== null) redirects.set(id, target);
    if (name !== null) names.set(target ?? id, name);
  }
  return { redirects, names };
}

/** A `:Release` node's properties. */
export interface ReleaseRow {
  id: string;
  source: string;
  url: string | null;
  title: string;
  subtitle: string | null;
  date: string | null;
  dateline: string | null;
  publisher: string | null;
  language: string;
  paragraphs: string[];
  caption: string | null;
  photoCredit: string | null;
  contact: string | null;
  links: string[];
  text: string;
  ingestedAt: string;
}

/** An `:Entity` to create if missing, with the surface forms the batch adds to it. */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
}

/** A MENTIONED_IN relationship: one per entity and release, with every occurrence as parallel lists. */
export interface MentionRow {
  entityId: string;
  releaseId: string;
  starts: number[];
  ends: number[];
  texts: string[];
  confidences: number[];
  aliases: string[];
  aliasKeys: string[];
}

/** A fact relationship; `to` null means the release itself is the target. */
export interface FactRow {
  type: RelationType;
  factId: string;
  /** Lets the write skip statements curators rejected. */
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

/** The parameters of the batch write statement. */
export interface WriteRows {
  deleteIds: string[];
  releases: ReleaseRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  entityFacts: FactRow[];
  releaseFacts: FactRow[];
}

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);

/**
 * Turns the releases to create into UNWIND rows, applying curation the way the SQLite adapter does:
 * merged ids are redirected, curated names win, facts between an entity and itself are dropped.
 */
export function writeRows(
  plan: { deleteIds: string[]; creates: ReleaseFacts[] },
  curation: IngestCuration,
  ingestedAt: string,
): WriteRows {
  const entities = new Map<string, EntityRow>();
  const mentions: MentionRow[] = [];
  const entityFacts: FactRow[] = [];
  const releaseFacts: FactRow[] = [];
  const releases = plan.creates.map(({ release }) => releaseRow(release, ingestedAt));

  for (const { release, extraction } of plan.creates) {
    const resolved = new Map<string, string>();
    const inRelease = new Map<string, MentionRow>();
    for (const entity of extraction.entities) {
      if (!ENTITY_TYPE_SET.has(entity.type)) {
        throw new CivicError('INVALID_FACTS', `entity "${entity.id}" has unknown type "${entity.type}"`);
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
      if (from === undefined || to === undefined || from === to) continue;
      const id = factId(release.id, relation);
      if (seen.has(id)) continue;
      seen.add(id);
      const row: FactRow = {
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
      };
      (to === null ? releaseFacts : entityFacts).push(row);
    }
  }
  return { deleteIds: plan.deleteIds, releases, entities: [...entities.values()], mentions, entityFacts, releaseFacts };
}

function releaseRow(release: ReleaseFacts['release'], ingestedAt: string): ReleaseRow {
  return {
    id: release.id,
    source: release.source,
    url: release.url,
    title: release.title,
    subtitle: release.subtitle,
    date: release.date,
    dateline: release.dateline,
    publisher: release.publisher,
    language: release.language,
    paragraphs: release.paragraphs,
    caption: release.caption,
    photoCredit: release.photoCredit,
    contact: release.contact,
    links: release.links,
    text: release.text,
    ingestedAt,
  };
}

function addAll(list: string[], values: string[]): void {
  for (const value of values) if (!list.includes(value)) list.push(value);
}

/** Entity ids a batch refers to, whose redirects and curated names the write must know. */
export function extractedEntityIds(creates: ReleaseFacts[]): string[] {
  return [...new Set(creates.flatMap(({ extraction }) => extraction.entities.map((entity) => entity.id)))];
}

/** Parameters of the batch write statement that only delete releases. */
export function deletionRows(ids: string[]): WriteRows {
  return { deleteIds: ids, releases: [], entities: [], mentions: [], entityFacts: [], releaseFacts: [] };
}
