import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CivicError } from '../../src/errors/civic-error.js';
import { StoreError } from '../../src/errors/store-error.js';
import { MeiliTaskError, awaitTask, meiliCall } from '../../src/stores/meilisearch/meili-errors.js';
import { openMeiliSearchIndex } from '../../src/stores/meilisearch/open-meili-search-index.js';

type EnqueuedTaskPromise = Parameters<typeof awaitTask>[0];
type Task = Awaited<ReturnType<typeof awaitTask>>;

// A stand-in for the client's EnqueuedTaskPromise whose task ends as given.
function enqueued(task: Partial<Task>): EnqueuedTaskPromise {
  const promise = Promise.resolve({ taskUid: task.uid ?? 0 }) as unknown as EnqueuedTaskPromise;
  promise.waitTask = async () => ({ uid: 7, status: 'succeeded', error: null, ...task }) as Task;
  return promise;
}

describe('Meilisearch tasks and errors', () => {
  it('returns a task that succeeded', async () => {
    await expect(awaitTask(enqueued({ uid: 3 }), 'add releases', 1_000)).resolves.toMatchObject({ uid: 3 });
  });

  it('turns a failed or canceled task into a MeiliTaskError that names the task uid', async () => {
    const failed = enqueued({
      uid: 42,
      status: 'failed',
      error: { code: 'invalid_document_id', message: 'bad id', type: 'invalid_request', link: '' },
    });
    const error = await awaitTask(failed, 'add releases', 1_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeiliTaskError);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ taskUid: 42, code: 'STORE_UNAVAILABLE', hint: expect.stringContaining('/tasks/42') });
    expect((error as Error).message).toMatch(/task 42 \(add releases\) failed: invalid_document_id: bad id/);
    await expect(awaitTask(enqueued({ uid: 5, status: 'canceled' }), 'x', 1_000)).rejects.toMatchObject({ taskUid: 5 });
  });

  it('accepts a failure only with a tolerated error code', async () => {
    const gone = () =>
      enqueued({
        uid: 8,
        status: 'failed',
        error: { code: 'index_not_found', message: 'no index', type: 'invalid_request', link: '' },
      });
    await expect(awaitTask(gone(), 'delete index', 1_000, ['index_not_found'])).resolves.toMatchObject({ uid: 8 });
    await expect(awaitTask(gone(), 'delete index', 1_000)).rejects.toBeInstanceOf(MeiliTaskError);
    await expect(awaitTask(gone(), 'delete index', 1_000, ['other'])).rejects.toBeInstanceOf(MeiliTaskError);
  });

  it('wraps unknown failures in StoreError and lets our own errors through', async () => {
    await expect(
      meiliCall('searching', 'http://meili:7700', async () => {
        throw new Error('boom');
      }),
    ).rejects.toBeInstanceOf(StoreError);
    const own = new CivicError('BAD_USER_INPUT', 'no');
    await expect(
      meiliCall('searching', 'http://meili:7700', async () => {
        throw own;
      }),
    ).rejects.toBe(own);
    await expect(meiliCall('searching', 'http://meili:7700', async () => 1)).resolves.toBe(1);
  });

  it('reports a server that cannot be reached as a StoreError with a hint', async () => {
    // A port that was free a moment ago: connections are refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await openMeiliSearchIndex({ url: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(
      /cannot reach Meilisearch at http:\/\/127\.0\.0\.1:\d+ \(preparing indexes\)/,
    );
    expect((error as StoreError).hint).toMatch(/MEILI_URL/);
  });
});
