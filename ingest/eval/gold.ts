// Gold annotation files (../shared/corpus/SCHEMA.md) and turning their text into a Release.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EntityType, Language, Release } from '../../src/domain/index.js';
import { parseRelease } from '../parse/parse-release.js';

/** One gold entity. */
export interface GoldEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
  alt_types?: EntityType[];
  roles?: { title: string; org: string | null }[];
}

/** One gold relation (QUOTED is our QUOTED_IN). */
export interface GoldRelation {
  type: 'VISITED' | 'HOLDS_ROLE' | 'QUOTED';
  from: string;
  to?: string | null;
  title?: string;
  date?: string | null;
}

/** One gold file. */
export interface GoldFile {
  id: string;
  lang: Language;
  source?: string;
  publisher?: string | null;
  date?: string | null;
  title?: string | null;
  text: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Reads one gold file. */
export function readGold(path: string): GoldFile {
  const g = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
  return { ...g, id: g.id ?? basename(path, '.json') };
}

/** Reads every `*.json` gold file of a directory, sorted by name. */
export function readGoldDir(dir: string): { file: string; gold: GoldFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, gold: readGold(join(dir, f)) }));
}

/** Parses a gold file's text into a Release with the file's metadata. */
export function goldRelease(file: string, gold: GoldFile): Release {
  return parseRelease(gold.text, {
    source: file,
    language: gold.lang,
    title: gold.title ?? undefined,
    publisher: gold.publisher ?? undefined,
    date: gold.date ?? undefined,
  });
}
