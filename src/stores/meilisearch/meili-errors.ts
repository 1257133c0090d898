import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { CivicError } from '../../errors/civic-error.js';
import { StoreError } from '../../errors/store-error.js';

/** A Meilisearch task that failed, was canceled or did not finish in time; `taskUid` finds it in `/tasks`. */
export class MeiliTaskError extends StoreError {
  override name = 'MeiliTaskError';
  readonly taskUid: number;

  constructor(taskUid: number, message: string, options?: { cause?: unknown }) {
    super(message, { ...options, hint: `inspect it with GET /tasks/${taskUid} on the Meilisearch server` });
    this.taskUid = taskUid;
  }
}

/**
 * Waits for a write until it has succeeded; anything else throws a MeiliTaskError naming the task,
 * except a failure with one of the `tolerated` error codes (e.g. `index_not_found` of a deletion).
 */
export async function awaitTask(
  enqueued: EnqueuedTaskPromise,
  what: string,
  timeoutMs: number,
  tolerated: readonly string[] = [],
): Promise<Task> {
  let task: Task;
  try {
    task = await enqueued.waitTask({ timeout: timeoutMs, interval: 25 });
  } catch (error) {
    if (error instanceof MeilisearchTaskTimeOutError) {
      throw new MeiliTaskError(
        error.cause.taskUid,
        `Meilisearch task ${error.cause.taskUid} (${what}) did not finish within ${timeoutMs} ms`,
        { cause: error },
      );
    }
    throw error;
  }
  if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return task;
  if (task.status !== 'succeeded') {
    const reason = task.error ? `: ${task.error.code}: ${task.error.message}` : '';
    throw new MeiliTaskError(task.uid, `Meilisearch task ${task.uid} (${what}) ${task.status}${reason}`);
  }
  return task;
}

/** Whether an error is Meilisearch saying that a document or index does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.response.status === 404;
}

/**
 * Runs a Meilisearch call and turns client errors into StoreErrors that say what failed and what
 * to check; our own errors (bad input, failed tasks) pass through unchanged.
 */
export async function meiliCall<T>(what: string, host: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CivicError) throw error;
    if (error instanceof MeilisearchRequestError) {
      throw new StoreError(`cannot reach Meilisearch at ${host} (${what}): ${error.message}`, {
        cause: error,
        hint: 'check MEILI_URL and that the server is running',
      });
    }
    if (error instanceof MeilisearchApiError) {
      const code = error.cause?.code ?? `HTTP ${error.response.status}`;
      throw new StoreError(`Meilisearch refused ${what}: ${code}: ${error.cause?.message ?? error.message}`, {
        cause: error,
        hint: error.response.status === 401 || error.response.status === 403 ? 'check MEILI_MASTER_KEY' : undefined,
      });
    }
    throw new StoreError(`Meilisearch ${what} failed: ${(error as Error).message}`, { cause: error });
  }
}
