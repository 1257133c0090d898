import { generateTenantToken } from 'meilisearch/token';
import { meiliCall } from './meili-errors.js';
import { quoteFilterValue } from './meili-filter.js';
import type { MeiliConnection } from './open-meili-search-index.js';
import { indexUid, meiliClient } from './open-meili-search-index.js';

/** An API key as Meilisearch returns it: `uid` identifies it, `key` is the secret. */
export interface SearchKey {
  uid: string;
  key: string;
}

/**
 * Creates an API key that can only search civicgraph's indexes: safe to give to a browser.
 * Needs the master key on the connection.
 */
export async function mintSearchKey(
  connection: MeiliConnection,
  options: { description?: string; expiresAt?: Date | null } = {},
): Promise<SearchKey> {
  const client = meiliClient(connection);
  const key = await meiliCall('creating a search key', connection.url, () =>
    client.createKey({
      description: options.description ?? 'civicgraph: search only (website search boxes)',
      actions: ['search'],
      indexes: [indexUid(connection, 'releases'), indexUid(connection, 'entities')],
      expiresAt: options.expiresAt ?? null,
    }),
  );
  return { uid: key.uid, key: key.key };
}

/** The search rules of a tenant token that sees one publisher's releases only. */
export function publisherSearchRules(connection: MeiliConnection, publisher: string) {
  return { [indexUid(connection, 'releases')]: { filter: `publisher = ${quoteFilterValue(publisher)}` } };
}

/**
 * Signs a tenant token (a JWT, made locally, no request) with a search key: a browser holding it
 * searches only the given publisher's releases, whatever filter it sends. Keep `expiresAt` short.
 */
export async function mintPublisherToken(
  connection: MeiliConnection,
  searchKey: SearchKey,
  publisher: string,
  expiresAt: Date,
): Promise<string> {
  return generateTenantToken({
    apiKey: searchKey.key,
    apiKeyUid: searchKey.uid,
    searchRules: publisherSearchRules(connection, publisher),
    expiresAt,
  });
}
