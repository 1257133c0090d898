import type { SearchFilter } from '../../ports/search-index.js';

/** SQL conditions on `search_doc_keys k` with their named parameters. */
export interface FilterSql {
  conditions: string[];
  params: Record<string, unknown>;
}

/**
 * Turns a validated filter into SQL conditions. Values travel only as bound parameters (lists as
 * JSON read by json_each), so nothing a user types becomes SQL text.
 */
export function filterSql(filter: SearchFilter): FilterSql {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.publisher) {
    conditions.push('k.publisher IN (SELECT value FROM json_each(:publishers))');
    params['publishers'] = JSON.stringify(filter.publisher);
  }
  if (filter.language) {
    conditions.push('k.language IN (SELECT value FROM json_each(:languages))');
    params['languages'] = JSON.stringify(filter.language);
  }
  if (filter.dateFrom) {
    conditions.push('k.date >= :dateFrom');
    params['dateFrom'] = filter.dateFrom;
  }
  if (filter.dateTo) {
    conditions.push('k.date <= :dateTo');
    params['dateTo'] = filter.dateTo;
  }
  if (filter.entityIds) {
    // Every listed entity: no listed id may be missing from the release.
    conditions.push(`NOT EXISTS (SELECT 1 FROM json_each(:entityIds) j WHERE NOT EXISTS (
      SELECT 1 FROM search_doc_entities de WHERE de.entity_id = j.value AND de.rowid_fts = k.rowid_fts))`);
    params['entityIds'] = JSON.stringify(filter.entityIds);
  }
  if (filter.types) {
    conditions.push(`EXISTS (SELECT 1 FROM search_doc_entities de
      WHERE de.rowid_fts = k.rowid_fts AND de.type IN (SELECT value FROM json_each(:types)))`);
    params['types'] = JSON.stringify(filter.types);
  }
  return { conditions, params };
}
