import type { Extraction } from '../../src/domain/extraction.js';
import type { Release } from '../../src/domain/release.js';

/** A release's facts in the gold-annotation format of the development corpus (SCHEMA.md). */
export interface CorpusRecord {
  id: string;
  lang: string;
  source: string;
  publisher: string | null;
  date: string | null;
  title: string | null;
  text: string;
  entities: {
    type: string;
    name: string;
    aliases: string[];
    roles?: { title: string; org: string | null }[];
    confidence: number;
  }[];
  relations: (
    | { type: 'VISITED'; from: string; to: string; date: string | null; sentence: string }
    | { type: 'HOLDS_ROLE'; from: string; title: string; to: string | null; sentence: string }
    | { type: 'QUOTED'; from: string; quote: string | null; sentence: string }
    | { type: 'PART_OF' | 'LOCATED_IN'; from: string; to: string | null; sentence: string }
  )[];
}

/** Converts an extraction to the corpus format, naming entities instead of ids. */
export function toCorpusFormat(release: Release, extraction: Extraction): CorpusRecord {
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  const name = (id: string | null): string | null => (id === null ? null : (names.get(id) ?? id));
  return {
    id: release.id,
    lang: release.language,
    source: release.source,
    publisher: release.publisher,
    date: release.date,
    title: release.title,
    text: release.text,
    entities: extraction.entities.map((entity) => ({
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      ...(entity.type === 'Person'
        ? { roles: entity.roles.map((role) => ({ title: role.title, org: role.organisation })) }
        : {}),
      confidence: entity.confidence,
    })),
    relations: extraction.relations.map((relation) => {
      const from = name(relation.from) ?? relation.from;
      const sentence = relation.evidence.sentence;
      switch (relation.type) {
        case 'VISITED':
          return { type: 'VISITED', from, to: name(relation.to) ?? '', date: relation.date ?? null, sentence };
        case 'HOLDS_ROLE':
          return { type: 'HOLDS_ROLE', from, title: relation.title ?? '', to: name(relation.to), sentence };
        case 'QUOTED_IN':
          return { type: 'QUOTED', from, quote: relation.quote ?? null, sentence };
        case 'PART_OF':
        case 'LOCATED_IN':
          return { type: relation.type, from, to: name(relation.to), sentence };
      }
    }),
  };
}
