import type { SearchFilter } from '../../ports/search-index.js';

/**
 * Quotes a string for a Meilisearch filter expression. The filter parser unescapes `\"` and then
 * backslash sequences, so backslashes are doubled first and quotes escaped after.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `field IN ["a", "b"]` with every value quoted. */
export function inList(field: string, values: readonly string[]): string {
  return `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** An ISO day as the sortable number stored in `day` ("2024-05-02" → 20240502). */
export function dayNumber(isoDay: string): number {
  return Number(isoDay.slice(0, 10).replace(/-/g, ''));
}

/**
 * A validated filter as Meilisearch filter expressions; the array's items are ANDed by the server.
 * Field names are fixed here; only values come from the user, always quoted or numeric.
 */
export function buildFilter(filter: SearchFilter): string[] {
  const parts: string[] = [];
  if (filter.publisher) parts.push(inList('publisher', filter.publisher));
  if (filter.language) parts.push(inList('language', filter.language));
  if (filter.dateFrom) parts.push(`day >= ${dayNumber(filter.dateFrom)}`);
  if (filter.dateTo) parts.push(`day <= ${dayNumber(filter.dateTo)}`);
  // Every listed entity must be mentioned: one condition each.
  for (const id of filter.entityIds ?? []) parts.push(`entity_ids = ${quoteFilterValue(id)}`);
  if (filter.types) parts.push(inList('entity_types', filter.types));
  return parts;
}
