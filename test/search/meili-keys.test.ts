import { createHmac, randomUUID } from 'node:crypto';
import type { Key, KeyCreation, KeysQuery, KeysResults } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import type { KeyClient } from '../../src/stores/meilisearch/meili-keys.js';
import {
  mintPublisherToken,
  parentKeyName,
  parentSearchKey,
  revokeTenantTokens,
} from '../../src/stores/meilisearch/meili-keys.js';
import type { MeiliConnection } from '../../src/stores/meilisearch/open-meili-search-index.js';

const connection: MeiliConnection = { url: 'http://127.0.0.1:7700', apiKey: 'master', indexPrefix: 'site_' };

/** The key endpoints of a Meilisearch server, in memory, recording every call. */
class FakeKeyServer implements KeyClient {
  readonly keys: Key[] = [];
  readonly calls: string[] = [];

  async getKeys(query: KeysQuery = {}): Promise<KeysResults> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 20;
    this.calls.push(`getKeys ${offset}`);
    return { results: this.keys.slice(offset, offset + limit), offset, limit, total: this.keys.length };
  }

  async createKey(options: KeyCreation): Promise<Key> {
    this.calls.push(`createKey ${options.name ?? ''}`);
    return this.add(options);
  }

  async deleteKey(uid: string): Promise<void> {
    this.calls.push(`deleteKey ${uid}`);
    this.keys.splice(
      this.keys.findIndex((key) => key.uid === uid),
      1,
    );
  }

  add(options: KeyCreation): Key {
    const now = new Date();
    const key: Key = {
      uid: options.uid ?? randomUUID(),
      key: randomUUID().replace(/-/g, ''),
      name: options.name ?? null,
      description: options.description ?? '',
      actions: options.actions,
      indexes: options.indexes,
      expiresAt: options.expiresAt as Date,
      createdAt: now,
      updatedAt: now,
    };
    this.keys.push(key);
    return key;
  }
}

/** The verified payload of an HS256 tenant token signed with `secret`; throws on a bad signature. */
function verifiedClaims(token: string, secret: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  if (signature !== expected) throw new Error('signature does not match the key');
  return JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('tenant-token parent key', () => {
  it('is created once and reused for every later token, so minting adds no keys', async () => {
    const server = new FakeKeyServer();
    const first = await parentSearchKey(connection, server);
    expect(first.created).toBe(true);
    expect(server.keys).toHaveLength(1);
    expect(server.keys[0]).toMatchObject({
      name: parentKeyName(connection),
      actions: ['search'],
      indexes: ['site_releases', 'site_entities'],
      expiresAt: null,
    });
    const again = await parentSearchKey(connection, server);
    const third = await parentSearchKey(connection, server);
    expect(again).toEqual({ uid: first.uid, key: first.key, created: false });
    expect(third.uid).toBe(first.uid);
    expect(server.calls.filter((call) => call.startsWith('createKey'))).toHaveLength(1);
    expect(server.keys).toHaveLength(1);
  });

  it('signs tokens for different publishers with the same parent key and one publisher filter each', async () => {
    const server = new FakeKeyServer();
    const parent = await parentSearchKey(connection, server);
    const expiresAt = new Date(Date.now() + 3_600_000);
    for (const publisher of ['Amt für Beispiele', 'Stadt "Musterhausen"']) {
      const token = await mintPublisherToken(
        connection,
        await parentSearchKey(connection, server),
        publisher,
        expiresAt,
      );
      const claims = verifiedClaims(token, parent.key);
      expect(claims['apiKeyUid']).toBe(parent.uid);
      expect(claims['exp']).toBe(Math.floor(expiresAt.getTime() / 1000));
      expect(claims['searchRules']).toEqual({
        site_releases: { filter: `publisher = "${publisher.replace(/"/g, '\\"')}"` },
      });
    }
    expect(server.keys).toHaveLength(1);
  });

  it('is found by its name behind other keys, on a later page', async () => {
    const server = new FakeKeyServer();
    for (let i = 0; i < 230; i++) server.add({ name: `other ${i}`, actions: ['*'], indexes: ['*'], expiresAt: null });
    // Same name under another prefix: a different store's parent, not ours.
    server.add({
      name: parentKeyName({ ...connection, indexPrefix: 'x_' }),
      actions: ['search'],
      indexes: ['x_releases'],
      expiresAt: null,
    });
    const ours = server.add({
      name: parentKeyName(connection),
      actions: ['search'],
      indexes: ['site_releases', 'site_entities'],
      expiresAt: null,
    });
    const found = await parentSearchKey(connection, server);
    expect(found).toEqual({ uid: ours.uid, key: ours.key, created: false });
    expect(server.calls).toEqual(['getKeys 0', 'getKeys 100', 'getKeys 200']);
  });

  it('revokes every token by deleting the parent; the next token gets a new parent with a new secret', async () => {
    const server = new FakeKeyServer();
    const parent = await parentSearchKey(connection, server);
    const token = await mintPublisherToken(connection, parent, 'Amt', new Date(Date.now() + 60_000));
    expect(await revokeTenantTokens(connection, server)).toBe(parent.uid);
    expect(server.calls).toContain(`deleteKey ${parent.uid}`);
    expect(server.keys).toHaveLength(0);
    expect(await revokeTenantTokens(connection, server)).toBeNull();
    const next = await parentSearchKey(connection, server);
    expect(next.created).toBe(true);
    expect(next.uid).not.toBe(parent.uid);
    expect(() => verifiedClaims(token, next.key)).toThrow(/signature/);
  });

  it('refuses a key of that name that is not search-only, naming the fix', async () => {
    const server = new FakeKeyServer();
    server.add({ name: parentKeyName(connection), actions: ['*'], indexes: ['*'], expiresAt: null });
    await expect(parentSearchKey(connection, server)).rejects.toThrow(/not a live search-only key.*--revoke-tokens/);
    const expired = new FakeKeyServer();
    expired.add({
      name: parentKeyName(connection),
      actions: ['search'],
      indexes: ['site_releases'],
      expiresAt: new Date(Date.now() - 1_000),
    });
    await expect(parentSearchKey(connection, expired)).rejects.toThrow(/not a live search-only key/);
  });
});
