import type { ReleaseFacts } from '../../../domain/extraction.js';
import type { Release } from '../../../domain/release.js';
import type { CuratedEntity, CuratedFact, CuratedMention, CuratedRows } from '../../../graph/apply-curation.js';

/** A `:Release` node's properties: the release's own fields and when it was written. */
export type ReleaseRow = Release & { ingestedAt: string };

/** The parameters of the batch write statement. */
export interface WriteRows {
  deleteIds: string[];
  releases: ReleaseRow[];
  entities: CuratedEntity[];
  mentions: CuratedMention[];
  /** Facts between two entities. */
  entityFacts: CuratedFact[];
  /** Facts whose target is the release. */
  releaseFacts: CuratedFact[];
}

/** The UNWIND rows of a batch: its releases, and the rows curation left (src/graph/apply-curation.ts). */
export function writeRows(
  plan: { deleteIds: string[]; creates: ReleaseFacts[] },
  { entities, mentions, facts }: CuratedRows,
  ingestedAt: string,
): WriteRows {
  return {
    deleteIds: plan.deleteIds,
    releases: plan.creates.map(({ release }) => releaseRow(release, ingestedAt)),
    entities,
    mentions,
    entityFacts: facts.filter((fact) => fact.to !== null),
    releaseFacts: facts.filter((fact) => fact.to === null),
  };
}

// Field by field: only the release's own fields become node properties, whatever else an object carries.
function releaseRow(release: Release, ingestedAt: string): ReleaseRow {
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

/** Parameters of the batch write statement that only delete releases. */
export function deletionRows(ids: string[]): WriteRows {
  return { deleteIds: ids, releases: [], entities: [], mentions: [], entityFacts: [], releaseFacts: [] };
}
