import type { EntityType } from '../../domain/entity.js';
import { ENTITY_TYPES } from '../../domain/entity.js';
import type { Facet, FacetName, FacetValue } from '../../ports/search-index.js';
import { FACET_LIMIT, rankFacetValues } from '../../ports/search-index.js';

/** The matching releases as a condition on `search_doc_keys k` (the full-text match and the filter). */
export interface MatchSql {
  where: string;
}

interface FacetRow {
  facet: string;
  value: string;
  name: string | null;
  n: number;
}

const FIELD_FACETS: Record<'publisher' | 'language' | 'year', string> = {
  publisher: 'publisher',
  language: 'language',
  year: 'year',
};

function isEntityFacet(name: FacetName): name is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(name);
}

/**
 * One statement that counts the matching releases and every requested facet over them: the match
 * is evaluated once (a materialized CTE) and each facet is a GROUP BY over it. Entity facets group
 * first and look up names only for values that can reach the top FACET_LIMIT (ties included).
 */
export function facetSql(match: MatchSql, facets: FacetName[]): string {
  const ctes = [
    `m AS MATERIALIZED (
      SELECT k.rowid_fts AS rid, k.publisher, k.language, substr(k.date, 1, 4) AS year
      FROM search_doc_keys k WHERE ${match.where})`,
  ];
  const parts = [`SELECT 'total' AS facet, NULL AS value, NULL AS name, COUNT(*) AS n FROM m`];
  for (const facet of facets) {
    if (isEntityFacet(facet)) {
      const groups = `g_${facet}`;
      ctes.push(
        `${groups} AS MATERIALIZED (SELECT de.entity_id, COUNT(*) AS n FROM m
           JOIN search_doc_entities de ON de.rowid_fts = m.rid AND de.type = '${facet}' GROUP BY de.entity_id)`,
      );
      parts.push(
        `SELECT '${facet}', g.entity_id, e.name, g.n FROM ${groups} g JOIN search_entities e ON e.id = g.entity_id
         WHERE g.n >= coalesce((SELECT n FROM ${groups} ORDER BY n DESC LIMIT 1 OFFSET ${FACET_LIMIT - 1}), 0)`,
      );
    } else {
      const column = FIELD_FACETS[facet];
      parts.push(`SELECT '${facet}', ${column}, NULL, COUNT(*) FROM m WHERE ${column} IS NOT NULL GROUP BY ${column}`);
    }
  }
  return `WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL ')}`;
}

/** Splits the rows of `facetSql` into the total and the facets, most frequent values first. */
export function readFacetRows(rows: FacetRow[], facets: FacetName[]): { total: number; facets: Facet[] } {
  const values = new Map<string, FacetValue[]>(facets.map((facet) => [facet, []]));
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') {
      total = row.n;
      continue;
    }
    const entity = row.name !== null ? { id: row.value, name: row.name, type: row.facet as EntityType } : null;
    values.get(row.facet)?.push({ value: String(row.value), count: row.n, entity });
  }
  return { total, facets: facets.map((name) => ({ name, values: rankFacetValues(values.get(name) ?? []) })) };
}
