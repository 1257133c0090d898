// Where the committed German tagger model lives (data, not code: outside ingest/extract).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the committed German model, from the sources (tsx) or from the build (dist/). */
export function defaultNerModelPath(): string {
  const candidates = ['../../models/ner-de.model.json.gz', '../../../../ingest/models/ner-de.model.json.gz'].map(
    (rel) => fileURLToPath(new URL(rel, import.meta.url)),
  );
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}
