import type { Writable } from 'node:stream';

/**
 * Keeps a closed output from crashing the process: when the reader goes away (`civicgraph serve | head`),
 * writes fail with EPIPE; the output is dropped and the command goes on (a server keeps serving).
 */
export function ignoreClosedOutput(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
