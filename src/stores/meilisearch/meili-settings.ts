import { readFileSync } from 'node:fs';
import type { Settings } from 'meilisearch';
import { schemaPath } from '../../paths.js';

/** The two indexes civicgraph keeps in Meilisearch. */
export type MeiliIndexKind = 'releases' | 'entities';

/** The primary key of each index's documents. */
export const PRIMARY_KEYS: Record<MeiliIndexKind, string> = { releases: 'id', entities: 'key' };

// Settings whose lists are sets: the server may return them in another order.
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'displayedAttributes']);

/** The settings of one index, as kept in `schema/meilisearch/<kind>.json`. */
export function loadSettings(kind: MeiliIndexKind): Settings {
  return JSON.parse(readFileSync(schemaPath('meilisearch', `${kind}.json`), 'utf8')) as Settings;
}

function sameValue(wanted: unknown, current: unknown, unordered: boolean): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || wanted.length !== current.length) return false;
    if (unordered) {
      const key = (value: unknown) => JSON.stringify(value);
      const rest = current.map(key);
      return wanted.every((item) => {
        const at = rest.indexOf(key(item));
        return at >= 0 && rest.splice(at, 1).length === 1;
      });
    }
    return wanted.every((item, i) => sameValue(item, current[i], false));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (current === null || typeof current !== 'object') return false;
    // Only what we set counts: the server fills in defaults for everything else.
    return Object.entries(wanted).every(([key, value]) =>
      sameValue(value, (current as Record<string, unknown>)[key], UNORDERED.has(key)),
    );
  }
  return wanted === current;
}

/** The settings in `wanted` that the server does not have yet; empty when nothing needs sending. */
export function settingsChanges(current: Settings, wanted: Settings): Settings {
  return Object.fromEntries(
    Object.entries(wanted).filter(
      ([key, value]) => !sameValue(value, (current as Record<string, unknown>)[key], UNORDERED.has(key)),
    ),
  ) as Settings;
}
