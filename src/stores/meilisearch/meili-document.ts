import { createHash } from 'node:crypto';
import type { EntityType } from '../../domain/entity.js';
import { ENTITY_TYPES } from '../../domain/entity.js';
import { fold } from '../../domain/fold.js';
import type { Language } from '../../domain/release.js';
import type { SearchDocument, SearchEntity } from '../../ports/search-index.js';
import { dayNumber } from './meili-filter.js';

/** Per-type field stem: `person_ids`, `person_names`, … */
export const TYPE_FIELD: Record<EntityType, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Place: 'place',
  Initiative: 'initiative',
};

/** The Meilisearch document of one release (settings in `schema/meilisearch/releases.json`). */
export interface MeiliReleaseDocument {
  id: string;
  // As given, for display.
  title: string;
  subtitle: string | null;
  body: string;
  date: string | null;
  publisher: string | null;
  language: Language;
  entities: SearchEntity[];
  // Folded, searchable. The suffix is the release language (a client may search one language with
  // attributesToSearchOn); every field is tokenized alike (TOKENIZER_LOCALE in meili-search-params.ts).
  title_de?: string;
  title_en?: string;
  body_de?: string;
  body_en?: string;
  entity_names: string[];
  compound_parts: string[];
  // Filters, facets and sorting; `day`/`year` are absent for undated releases so they sort last.
  day?: number;
  year?: number;
  entity_ids: string[];
  entity_types: EntityType[];
  [typeField: `${string}_ids` | `${string}_names`]: unknown;
}

/** The Meilisearch document of one entity (settings in `schema/meilisearch/entities.json`). */
export interface MeiliEntityDocument {
  key: string;
  id: string;
  name: string;
  name_folded: string;
  type: EntityType;
  release_count: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Same rule as the embedded index: a part of 4+ letters after a head of 3+ letters. */
const MIN_HEAD = 3;
const MIN_PART = 4;
const MAX_PARTS = 2_000;

/**
 * The tails of long folded words ("migrationszentrum" → "rationszentrum" … "zentrum" … "trum"), so
 * a search for a compound's part finds the compound however the tokenizer splits it.
 */
export function compoundParts(texts: string[]): string[] {
  const parts = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(WORD) ?? []) {
      for (let i = MIN_HEAD; i + MIN_PART <= word.length && parts.size < MAX_PARTS; i++) parts.add(word.slice(i));
    }
  }
  return [...parts];
}

/** Maps a search document to the release document Meilisearch holds. */
export function toMeiliDocument(doc: SearchDocument): MeiliReleaseDocument {
  const entities = distinct(doc.entities);
  const title = fold([doc.title, doc.subtitle].filter(Boolean).join(' '));
  const body = fold(doc.body);
  const names = entities.map((entity) => fold(entity.name));
  const lang = doc.language === 'en' ? 'en' : 'de';
  const out: MeiliReleaseDocument = {
    id: doc.id,
    title: doc.title,
    subtitle: doc.subtitle,
    body: doc.body,
    date: doc.date,
    publisher: doc.publisher,
    language: doc.language,
    entities,
    [`title_${lang}`]: title,
    [`body_${lang}`]: body,
    entity_names: names,
    compound_parts: compoundParts([title, ...names, body]),
    entity_ids: entities.map((entity) => entity.id),
    entity_types: [...new Set(entities.map((entity) => entity.type))],
  };
  if (doc.date) {
    out.day = dayNumber(doc.date);
    out.year = Number(doc.date.slice(0, 4));
  }
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((entity) => entity.type === type);
    out[`${TYPE_FIELD[type]}_ids`] = ofType.map((entity) => entity.id);
    out[`${TYPE_FIELD[type]}_names`] = ofType.map((entity) => entity.name);
  }
  return out;
}

/** Meilisearch ids allow only `[A-Za-z0-9_-]`, entity ids contain `:`; a digest is a stable key. */
export function entityKey(id: string): string {
  return `e_${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/** The entity document with its current release count. */
export function toMeiliEntity(entity: SearchEntity, releaseCount: number): MeiliEntityDocument {
  return {
    key: entityKey(entity.id),
    id: entity.id,
    name: entity.name,
    name_folded: fold(entity.name),
    type: entity.type,
    release_count: releaseCount,
  };
}

function distinct(entities: SearchEntity[]): SearchEntity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => !seen.has(entity.id) && seen.add(entity.id));
}
