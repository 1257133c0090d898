import { Piscina } from 'piscina';
import { CivicError } from '../../errors/civic-error.js';
import { StoreError } from '../../errors/store-error.js';
import { currentSignal } from '../../ports/cancellation.js';
import type { ReadAnswer, ReadTask } from './read-task.js';
import { reviveError } from './read-task.js';

interface Waiting {
  start: () => void;
  signal: AbortSignal | undefined;
}

/**
 * Read calls of one store file, run on worker threads with a read-only connection each. At most one
 * call per thread is handed to the workers; the rest wait here, where a cancelled request's calls
 * are dropped before they cost anything.
 */
export class ReadPool {
  readonly threads: number;
  readonly #file: string;
  readonly #piscina: Piscina;
  readonly #waiting: Waiting[] = [];
  #running = 0;

  constructor(file: string, threads: number) {
    this.#file = file;
    this.threads = threads;
    const fromSources = import.meta.url.endsWith('.ts');
    this.#piscina = new Piscina({
      filename: new URL(`./read-worker${fromSources ? '.ts' : '.js'}`, import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      // Workers keep their connection and prepared statements; restarting them costs more than idling.
      idleTimeout: Infinity,
      // Running from TypeScript sources (tests, tsx): the workers need the same loader.
      execArgv: fromSources ? ['--import', 'tsx'] : [],
    });
  }

  /**
   * Runs a read method on a worker. When the current request's signal aborts, the call rejects at once
   * with TIMEOUT: a waiting call is dropped; a running one is abandoned and its worker finishes it
   * (stopping a worker mid-query would cost a restart, which hurts most when the server is overloaded).
   */
  async run<T>(target: ReadTask['target'], method: string, args: unknown[]): Promise<T> {
    const signal = currentSignal();
    await this.#slot(signal);
    if (signal?.aborted) {
      // Cancelled between getting the slot and starting: the work is not started at all.
      this.#release();
      throw cancelled();
    }
    const task: ReadTask = { file: this.#file, target, method, args };
    const work = (this.#piscina.run(task) as Promise<ReadAnswer>).finally(() => this.#release());
    let answer: ReadAnswer;
    try {
      answer = signal ? await abandonOnAbort(work, signal) : await work;
    } catch (error) {
      if (error instanceof CivicError) throw error;
      throw new StoreError(`a read worker of the embedded store failed: ${(error as Error).message}`, {
        cause: error,
        hint: 'the worker is restarted on the next read; if this repeats, check the store file and the server log',
      });
    }
    if (!answer.ok) throw reviveError(answer.error);
    return answer.value as T;
  }

  /** Reads waiting for a free worker. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Stops the workers; waiting reads are rejected. */
  async close(): Promise<void> {
    for (const waiting of this.#waiting.splice(0)) waiting.start();
    await this.#piscina.destroy();
  }

  #slot(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.#running < this.threads) {
      this.#running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiting: Waiting = {
        signal,
        start: () => {
          signal?.removeEventListener('abort', drop);
          resolve();
        },
      };
      const drop = () => {
        const at = this.#waiting.indexOf(waiting);
        if (at >= 0) this.#waiting.splice(at, 1);
        reject(cancelled());
      };
      signal?.addEventListener('abort', drop, { once: true });
      this.#waiting.push(waiting);
    });
  }

  #release(): void {
    const next = this.#waiting.shift();
    // The slot passes straight to the next waiting read; otherwise it is free.
    if (next) next.start();
    else this.#running -= 1;
  }
}

function abandonOnAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function cancelled(): CivicError {
  return new CivicError('TIMEOUT', 'the read was abandoned because the request ran out of time');
}
