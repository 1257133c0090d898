import { nameKey, type ExtractedEntity, type Extraction, type Language } from '../../src/domain/index.js';
import { parseRelease } from '../../ingest/parse/parse-release.js';
import { createReleaseExtractor } from '../../ingest/extract/create-extractor.js';

const extractRelease = createReleaseExtractor();

/** Parses and extracts a small hand-written release. */
export function extractText(text: string, language: Language, date?: string): Extraction & { text: string } {
  const release = parseRelease(text, { source: 'test.txt', language, date });
  return { ...extractRelease(release), text: release.text };
}

/** The entity of a type whose name has the given key, if any. */
export function entity(x: Extraction, type: ExtractedEntity['type'], name: string): ExtractedEntity | undefined {
  return x.entities.find((e) => e.type === type && nameKey(e.name) === nameKey(name));
}

/** Relations as [type, fromName, toName] triples for easy assertions. */
export function triples(x: Extraction): [string, string, string | null][] {
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => [
    r.type,
    names.get(r.from) ?? r.from,
    r.to === null ? null : (names.get(r.to) ?? r.to),
  ]);
}

/** VISITED facts of a hand-written release as [visitor, stop] name pairs. */
export function visitedPairs(text: string, language: Language = 'de', date = '2024-06-03'): [string, string | null][] {
  return triples(extractText(text, language, date))
    .filter(([t]) => t === 'VISITED')
    .map(([, who, to]) => [who, to]);
}
