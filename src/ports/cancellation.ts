import { AsyncLocalStorage } from 'node:async_hooks';

// The signal travels with the async context, so adapters can stop work for a request that was given up
// without every port method taking a signal parameter.
const scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` so that store calls made from it (directly or later in its async chain) see `signal`. */
export function withCancellation<T>(signal: AbortSignal, work: () => T): T {
  return scope.run(signal, work);
}

/** The cancellation signal of the work being done (a request being served), if there is one. */
export function currentSignal(): AbortSignal | undefined {
  return scope.getStore();
}
