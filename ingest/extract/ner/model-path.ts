// Where the committed name-tagger models live (data, not code: outside ingest/extract).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the committed model for a language ("de", "en"), from the sources (tsx) or from the build (dist/). */
export function defaultNerModelPath(language: 'de' | 'en' = 'de'): string {
  const file = `ner-${language}.model.json.gz`;
  const candidates = [`../../models/${file}`, `../../../../ingest/models/${file}`].map((rel) =>
    fileURLToPath(new URL(rel, import.meta.url)),
  );
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}
