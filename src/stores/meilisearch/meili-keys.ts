import type { Key, Meilisearch } from 'meilisearch';
import { generateTenantToken } from 'meilisearch/token';
import { CivicError } from '../../errors/civic-error.js';
import { meiliCall } from './meili-errors.js';
import { quoteFilterValue } from './meili-filter.js';
import type { MeiliConnection } from './open-meili-search-index.js';
import { indexUid, meiliClient } from './open-meili-search-index.js';

/** An API key as Meilisearch returns it: `uid` identifies it, `key` is the secret. */
export interface SearchKey {
  uid: string;
  key: string;
}

/** The parent key of the tenant tokens, and whether this call had to create it. */
export interface ParentKey extends SearchKey {
  created: boolean;
}

/** The part of the Meilisearch client that key management uses. */
export type KeyClient = Pick<Meilisearch, 'getKeys' | 'createKey' | 'deleteKey'>;

const KEYS_PAGE = 100;

/**
 * Creates an API key that can only search civicgraph's indexes: safe to give to a browser.
 * Needs the master key on the connection.
 */
export async function mintSearchKey(
  connection: MeiliConnection,
  options: { description?: string; expiresAt?: Date | null } = {},
  client: KeyClient = meiliClient(connection),
): Promise<SearchKey> {
  const key = await meiliCall('creating a search key', connection.url, () =>
    client.createKey({
      description: options.description ?? 'civicgraph: search only (website search boxes)',
      actions: ['search'],
      indexes: searchIndexes(connection),
      expiresAt: options.expiresAt ?? null,
    }),
  );
  return { uid: key.uid, key: key.key };
}

/** The name of the one key that signs tenant tokens for the indexes under a connection's prefix. */
export function parentKeyName(connection: MeiliConnection): string {
  return `civicgraph tenant tokens (${indexUid(connection, 'releases')})`;
}

/** Finds the tenant-token parent key by its name, paging through the server's keys; null if none. */
export async function findParentKey(connection: MeiliConnection, client: KeyClient): Promise<Key | null> {
  const name = parentKeyName(connection);
  for (let offset = 0; ; offset += KEYS_PAGE) {
    const page = await meiliCall('listing API keys', connection.url, () =>
      client.getKeys({ offset, limit: KEYS_PAGE }),
    );
    const found = page.results.find((key) => key.name === name);
    if (found) return found;
    if (page.results.length < KEYS_PAGE || offset + KEYS_PAGE >= page.total) return null;
  }
}

/**
 * The search-only key that signs every tenant token: found again by its name, created (without
 * expiry) only when missing, so minting tokens adds no keys to the server. Its uid is random on
 * purpose: Meilisearch derives a key's secret from its uid, so a parent re-created under the same
 * uid would make revoked tokens valid again.
 */
export async function parentSearchKey(
  connection: MeiliConnection,
  client: KeyClient = meiliClient(connection),
): Promise<ParentKey> {
  const existing = await findParentKey(connection, client);
  if (existing) {
    checkParent(connection, existing);
    return { uid: existing.uid, key: existing.key, created: false };
  }
  const key = await meiliCall('creating the tenant-token parent key', connection.url, () =>
    client.createKey({
      name: parentKeyName(connection),
      description:
        'civicgraph: signs the tenant tokens of `civicgraph search-key --publisher`; delete it to revoke them',
      actions: ['search'],
      indexes: searchIndexes(connection),
      expiresAt: null,
    }),
  );
  return { uid: key.uid, key: key.key, created: true };
}

/**
 * Revokes every tenant token at once by deleting their parent key; the next token gets a new
 * parent. Returns the deleted key's uid, or null when there was none.
 */
export async function revokeTenantTokens(
  connection: MeiliConnection,
  client: KeyClient = meiliClient(connection),
): Promise<string | null> {
  const existing = await findParentKey(connection, client);
  if (!existing) return null;
  await meiliCall('deleting the tenant-token parent key', connection.url, () => client.deleteKey(existing.uid));
  return existing.uid;
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

function searchIndexes(connection: MeiliConnection): string[] {
  return [indexUid(connection, 'releases'), indexUid(connection, 'entities')];
}

// A key found by name was possibly made by hand: tokens inherit its rights, so they must be ours.
function checkParent(connection: MeiliConnection, key: Key): void {
  const expires = key.expiresAt as Date | string | null;
  const expired = expires !== null && new Date(expires).getTime() <= Date.now();
  const searchOnly = key.actions.length === 1 && key.actions[0] === 'search';
  if (!searchOnly || expired || !key.indexes.includes(indexUid(connection, 'releases'))) {
    throw new CivicError(
      'BAD_CONFIG',
      `the Meilisearch key "${key.name}" (uid ${key.uid}) is not a live search-only key for ` +
        `${indexUid(connection, 'releases')}: run civicgraph search-key --revoke-tokens to delete it; ` +
        'the next token gets a new parent key',
    );
  }
}
