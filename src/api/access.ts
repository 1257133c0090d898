import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey, Scope } from '../config.js';

/** Who is calling and what they may do. */
export interface Caller {
  /** The key's name, recorded with curation actions; null without a key. */
  actor: string | null;
  scopes: ReadonlySet<Scope>;
  /** True when a key was presented but matched none. */
  invalidKey: boolean;
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

interface StoredKey {
  name: string;
  digest: Buffer;
  scopes: Set<Scope>;
}

/** The configured API keys, compared in constant time. */
export class KeyRing {
  readonly #keys: StoredKey[];

  constructor(keys: ApiKey[]) {
    this.#keys = keys.map((key) => ({ name: key.name, digest: digest(key.key), scopes: new Set(key.scopes) }));
  }

  /** The caller for a presented key (or none). */
  identify(presented: string | undefined): Caller {
    if (!presented) return { actor: null, scopes: new Set(), invalidKey: false };
    const candidate = digest(presented);
    let match: StoredKey | undefined;
    // Compare against every key, so timing does not tell which one (or whether any) matched.
    for (const key of this.#keys) if (timingSafeEqual(candidate, key.digest) && !match) match = key;
    return match
      ? { actor: match.name, scopes: match.scopes, invalidKey: false }
      : { actor: null, scopes: new Set(), invalidKey: true };
  }
}

/** The key from `Authorization: Bearer …` or `X-API-Key`. */
export function presentedKey(header: (name: string) => string | undefined): string | undefined {
  const authorization = header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (match) return match[1];
  }
  return header('x-api-key')?.trim() || undefined;
}
