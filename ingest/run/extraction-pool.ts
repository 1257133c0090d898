import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RawDocument } from '../read/raw-document.js';
import extractInline from './extract-worker.js';
import type { WorkerResult } from './extract-worker.js';

/** Runs parse + extract for documents, on worker threads or (concurrency 1) in this thread. */
export interface ExtractionPool {
  readonly threads: number;
  run(document: RawDocument): Promise<WorkerResult>;
  close(): Promise<void>;
}

/** Default worker count: the machine's cores. */
export function defaultConcurrency(): number {
  return availableParallelism();
}

/** A pool of `concurrency` extraction workers; 1 runs inline, which is cheaper on one core. */
export function createExtractionPool(concurrency: number): ExtractionPool {
  if (concurrency <= 1) {
    return { threads: 1, run: async (document) => extractInline(document), close: async () => {} };
  }
  const worker = new URL(`./extract-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const piscina = new Piscina({
    filename: worker.href,
    minThreads: concurrency,
    maxThreads: concurrency,
    // Running from TypeScript sources (tests, tsx): the workers need the same loader.
    execArgv: import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [],
  });
  return {
    threads: concurrency,
    run: (document) => piscina.run(document) as Promise<WorkerResult>,
    close: () => piscina.destroy(),
  };
}
