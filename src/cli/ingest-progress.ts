import { SingleBar } from 'cli-progress';
import type { RunEvent } from '../../ingest/run/run-ingest.js';

/** Shows where a run stands: a progress bar on a terminal, a log line every few seconds otherwise. */
export class IngestProgress {
  readonly #bar: SingleBar | null;
  readonly #started = Date.now();
  readonly #logEveryMs: number;
  #lastLog = Date.now();
  #files = 0;
  #documents = 0;
  #failures = 0;

  constructor(
    readonly totalFiles: number,
    options: { tty: boolean; logEveryMs?: number },
  ) {
    this.#logEveryMs = options.logEveryMs ?? 10_000;
    this.#bar = options.tty
      ? new SingleBar({
          format: ' {bar} {value}/{total} files | {docs} releases, {rate}/s | {failed} failed | ETA {eta_formatted}',
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
        })
      : null;
    this.#bar?.start(totalFiles, 0, { docs: 0, rate: '0', failed: 0 });
  }

  /** Feeds one run event. */
  update(event: RunEvent): void {
    if (event.kind === 'file' && event.status !== 'started') this.#files++;
    if (event.kind === 'document') this.#documents++;
    if (event.kind === 'failure') this.#failures++;
    const rate = (this.#documents / Math.max(0.001, (Date.now() - this.#started) / 1000)).toFixed(0);
    if (this.#bar) {
      this.#bar.update(this.#files, { docs: this.#documents, rate, failed: this.#failures });
      return;
    }
    if (Date.now() - this.#lastLog >= this.#logEveryMs) {
      this.#lastLog = Date.now();
      console.log(
        `… ${this.#files}/${this.totalFiles} files, ${this.#documents} releases (${rate}/s), ${this.#failures} failed`,
      );
    }
  }

  /** Prints a line above the bar (or plainly). */
  log(line: string, stream: 'out' | 'err' = 'out'): void {
    if (this.#bar) {
      // cli-progress redraws on the next update; a cleared line keeps the output readable.
      process.stderr.write('\r\u001b[K');
    }
    (stream === 'err' ? console.error : console.log)(line);
  }

  stop(): void {
    this.#bar?.stop();
  }
}
