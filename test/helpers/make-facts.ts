import type { ExtractedEntity } from '../../src/domain/entity.js';
import type { ReleaseFacts } from '../../src/domain/extraction.js';
import { entityId, releaseId } from '../../src/domain/ids.js';
import type { ExtractedRelation } from '../../src/domain/relation.js';
import type { Release } from '../../src/domain/release.js';

/** A release with hand-written facts, for store tests that must not depend on the extractor. */
export interface FactsSpec {
  source: string;
  title: string;
  body: string;
  date?: string | null;
  publisher?: string | null;
  language?: 'de' | 'en';
  entities: { type: ExtractedEntity['type']; name: string; aliases?: string[]; roles?: ExtractedEntity['roles'] }[];
  relations?: {
    type: ExtractedRelation['type'];
    from: string;
    to?: string | null;
    title?: string;
    quote?: string;
    date?: string | null;
    /** A substring of the body that states the fact. */
    sentence: string;
  }[];
}

/** Builds `ReleaseFacts` from a spec; entity references are by name, offsets are computed. */
export function makeFacts(spec: FactsSpec): ReleaseFacts {
  const text = `${spec.title}\n\n${spec.body}`;
  const release: Release = {
    id: releaseId(text),
    source: spec.source,
    url: null,
    title: spec.title,
    subtitle: null,
    date: spec.date ?? null,
    dateline: null,
    publisher: spec.publisher ?? null,
    language: spec.language ?? 'de',
    paragraphs: spec.body.split(/\n{2,}/),
    caption: null,
    photoCredit: null,
    contact: null,
    links: [],
    text,
  };
  const ids = new Map<string, string>();
  const entities: ExtractedEntity[] = spec.entities.map((entity) => {
    const id = entityId(entity.type, entity.name);
    ids.set(entity.name, id);
    const start = text.indexOf(entity.name);
    return {
      id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases ?? [],
      mentions: start >= 0 ? [{ start, end: start + entity.name.length, text: entity.name }] : [],
      roles: entity.roles ?? [],
      confidence: 0.9,
    };
  });
  const idOf = (name: string): string => {
    const id = ids.get(name);
    if (!id) throw new Error(`makeFacts: relation names unknown entity "${name}"`);
    return id;
  };
  const relations: ExtractedRelation[] = (spec.relations ?? []).map((relation) => {
    const start = text.indexOf(relation.sentence);
    if (start < 0) throw new Error(`makeFacts: sentence not in body: "${relation.sentence}"`);
    return {
      type: relation.type,
      from: idOf(relation.from),
      to: relation.to ? idOf(relation.to) : null,
      title: relation.title,
      quote: relation.quote,
      date: relation.date ?? null,
      evidence: { sentence: relation.sentence, start, end: start + relation.sentence.length },
      confidence: 0.8,
    };
  });
  return { release, extraction: { entities, relations } };
}
