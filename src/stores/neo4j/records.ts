import type { Entity, EntityType } from '../../domain/entity.js';
import type { Release } from '../../domain/release.js';
import type { CurationRecord } from '../../ports/graph-store.js';

/** An entity as the read statements return it (`aliases` holds every surface form, the name too). */
export interface EntityMap {
  id: string;
  type: string;
  name: string;
  aliases: string[] | null;
  releaseCount: number;
}

/** Releases come back with exactly the fields of `Release`; lists are stored as lists. */
export function toRelease(map: Release): Release {
  return { ...map, paragraphs: map.paragraphs ?? [], links: map.links ?? [] };
}

/** Aliases other than the name, distinct, in byte order of their UTF-8 (as SQLite's ORDER BY sorts). */
export function toEntity(map: EntityMap): Entity {
  const aliases = [...new Set(map.aliases ?? [])]
    .filter((alias) => alias !== map.name)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return { id: map.id, type: map.type as EntityType, name: map.name, aliases, releaseCount: map.releaseCount };
}

/** Curation details are stored as JSON text (properties cannot hold maps). */
export function toCurationRecord(map: Omit<CurationRecord, 'details'> & { details: string }): CurationRecord {
  return { ...map, details: JSON.parse(map.details) as Record<string, unknown> };
}
