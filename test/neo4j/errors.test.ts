import { describe, expect, it } from 'vitest';
import { CivicError } from '../../src/errors/civic-error.js';
import { ReleasesNotWrittenError } from '../../src/errors/releases-not-written-error.js';
import { StoreError } from '../../src/errors/store-error.js';
import { displayUri, mapNeo4jError } from '../../src/stores/neo4j/map-neo4j-error.js';

const context = { uri: 'bolt://db.example:7687', database: 'neo4j' };
const driverError = (code: string, message = 'details'): Error => Object.assign(new Error(message), { code });

describe('mapNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', /unreachable/, /npm run neo4j:start/],
    ['SessionExpired', /unreachable/, /NEO4J_URI/],
    ['Neo.ClientError.Security.Unauthorized', /rejected the user name or password/, /NEO4J_USER and NEO4J_PASSWORD/],
    ['Neo.ClientError.Security.AuthenticationRateLimit', /too many failed attempts/, /wait/],
    ['Neo.ClientError.Security.Forbidden', /does not allow/, /read and write access/],
    ['Neo.ClientError.Database.DatabaseNotFound', /no database "neo4j"/, /NEO4J_DATABASE/],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', /ran out of time/, /smaller batches/],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', /out of memory/, /heap/],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', /refused a duplicate/, /write again/],
    ['Neo.TransientError.Transaction.DeadlockDetected', /could not complete/, /try again/],
    ['Neo.ClientError.Transaction.Terminated', /could not complete/, /try again/],
    ['Neo.DatabaseError.General.UnknownError', /could not complete/, /server log/],
    ['ProtocolError', /connection .* broke/, /Bolt port/],
  ])('turns %s into a StoreError with a hint', (code, message, hint) => {
    const mapped = mapNeo4jError(driverError(code), context);
    expect(mapped).toBeInstanceOf(StoreError);
    expect((mapped as StoreError).message).toMatch(message);
    expect((mapped as StoreError).hint).toMatch(hint);
    expect((mapped as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect((mapped as StoreError).cause).toBeInstanceOf(Error);
  });

  it('passes bugs and our own errors through unchanged', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(syntax, context)).toBe(syntax);
    const own = new CivicError('NOT_FOUND', 'no entity');
    expect(mapNeo4jError(own, context)).toBe(own);
    const plain = new TypeError('x');
    expect(mapNeo4jError(plain, context)).toBe(plain);
  });

  it('names the server without credentials', () => {
    expect(displayUri('neo4j+s://user:secret@abc.databases.neo4j.io')).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(displayUri('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
  });
});

describe('ReleasesNotWrittenError', () => {
  const releases = Array.from({ length: 7 }, (_, i) => ({ id: `rel_${i}`, source: `in/${i}.txt` }));
  const cause = new StoreError('Neo4j at bolt://x is unreachable', { hint: 'start Neo4j' });

  it('names the releases and keeps every id', () => {
    const error = new ReleasesNotWrittenError(releases, { cause, reason: cause.message, hint: cause.hint });
    expect(error.message).toBe(
      '7 release(s) were not written: rel_0 (in/0.txt), rel_1 (in/1.txt), rel_2 (in/2.txt), rel_3 (in/3.txt), ' +
        'rel_4 (in/4.txt) and 2 more: Neo4j at bolt://x is unreachable',
    );
    expect(error.releaseIds).toEqual(releases.map((release) => release.id));
    expect(error.sources).toEqual(releases.map((release) => release.source));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.hint).toBe('start Neo4j');
    expect(error.mayBeWritten).toBe(false);
  });

  it('says so when the commit may have gone through', () => {
    const error = new ReleasesNotWrittenError(releases.slice(0, 1), {
      cause,
      reason: 'connection lost',
      mayBeWritten: true,
    });
    expect(error.message).toBe('1 release(s) may not have been written: rel_0 (in/0.txt): connection lost');
    expect(error.hint).toMatch(/write these releases again/);
  });
});
