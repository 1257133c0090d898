import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RawDocument } from '../read/raw-document.js';
import type { WorkerResult } from './extract-worker.js';

/** What `ExtractionPool.run` answers: the worker's result, or why the document was given up. */
export type PoolResult = WorkerResult | { ok: false; reason: string; interrupted: true };

/** Runs parse + extract for documents, on worker threads or (inline) in this thread. */
export interface ExtractionPool {
  readonly threads: number;
  /**
   * Parses and extracts one document. Never rejects: a worker that crashes, runs out of memory or over its
   * time budget fails this document only (and is replaced); an aborted `signal` answers `interrupted`.
   */
  run(document: RawDocument, signal?: AbortSignal): Promise<PoolResult>;
  close(): Promise<void>;
}

/** How much one document may cost a worker before it is given up. */
export interface ExtractionBudget {
  /** Wall-clock time for parse + extract of one document. */
  taskTimeoutMs: number;
  /** Heap of one worker thread (V8 old generation). */
  maxWorkerMemoryMb: number;
}

/** Two minutes and 1 GB: a press release needs well under a second and a few MB. */
export const DEFAULT_BUDGET: ExtractionBudget = { taskTimeoutMs: 120_000, maxWorkerMemoryMb: 1024 };

/** Options of `createExtractionPool`. */
export interface PoolOptions {
  /** Limits per document; only worker threads can enforce them. */
  budget?: Partial<ExtractionBudget>;
  /** Run in this thread (no budgets, cannot be interrupted); default when concurrency is 1. */
  inline?: boolean;
}

/** Default worker count: the machine's cores. */
export function defaultConcurrency(): number {
  return availableParallelism();
}

/**
 * A pool of `concurrency` extraction workers. Inline (the default for 1) is cheaper on one core but has no
 * time or memory budget; the CLI always uses threads so one pathological document cannot stop a run.
 */
export function createExtractionPool(concurrency: number, options: PoolOptions = {}): ExtractionPool {
  if (options.inline ?? concurrency <= 1) {
    // loaded on first use: a process that runs workers does not hold the extractor (≈60 MB) in its main thread
    let inline: Promise<(document: RawDocument) => WorkerResult> | undefined;
    return {
      threads: 1,
      run: async (document, signal) => {
        if (signal?.aborted) return { ok: false, reason: 'interrupted', interrupted: true };
        inline ??= import('./extract-worker.js').then((m) => m.default);
        return (await inline)(document);
      },
      close: async () => {},
    };
  }
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const threads = Math.max(1, concurrency);
  const worker = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const piscina = new Piscina({
    filename: worker.href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: budget.maxWorkerMemoryMb },
    // Running from TypeScript sources (tests, tsx): the workers need the same loader.
    execArgv: import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [],
  });
  return {
    threads,
    run: async (document, signal) => {
      if (signal?.aborted) return { ok: false, reason: 'interrupted', interrupted: true };
      // Aborting a task terminates its worker; piscina starts a fresh one for the next document.
      const timeout = AbortSignal.timeout(budget.taskTimeoutMs);
      const stop = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        return (await piscina.run(document, { signal: stop })) as WorkerResult;
      } catch (error) {
        if (signal?.aborted) return { ok: false, reason: 'interrupted', interrupted: true };
        if (timeout.aborted) {
          return {
            ok: false,
            reason: `gave up after ${budget.taskTimeoutMs / 1000} s (the time budget of one document; raise it with --task-timeout or split the document)`,
          };
        }
        return { ok: false, reason: workerFailure(error, budget) };
      }
    },
    close: () => piscina.destroy(),
  };
}

// Why a worker died, in words: out of memory is the common case for an oversized document.
function workerFailure(error: unknown, budget: ExtractionBudget): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `the extraction worker ran out of memory (budget ${budget.maxWorkerMemoryMb} MB per worker); split the document or lower --max-document-bytes so it is refused before parsing`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the extraction worker failed (${code ? `${code}: ` : ''}${message})`;
}
