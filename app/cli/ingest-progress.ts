import { SingleBar } from 'cli-progress';
import type { RunEvent } from '../../ingest/run/run-ingest.js';

/** Options of `IngestProgress`. */
export interface ProgressOptions {
  /** Draw a bar (on a terminal); otherwise print a status line every `logEveryMs`. */
  tty: boolean;
  logEveryMs?: number;
  /** Where status lines go (default: stdout). */
  write?: (line: string) => void;
}

/**
 * Shows where a run stands: a bar on a terminal, a line every 10 s otherwise. Both count documents (CSV rows,
 * feed items) as well as files, so one big export shows progress too.
 */
export class IngestProgress {
  readonly #bar: SingleBar | null;
  readonly #timer: NodeJS.Timeout | null;
  readonly #started = Date.now();
  readonly #write: (line: string) => void;
  #files = 0;
  #documents = 0;
  #failures = 0;

  constructor(
    readonly totalFiles: number,
    options: ProgressOptions,
  ) {
    this.#write = options.write ?? ((line) => console.log(line));
    this.#bar = options.tty
      ? new SingleBar({
          // No ETA: files differ too much in size (one CSV may hold everything) for a file count to predict it.
          format: ' {bar} {value}/{total} files | {docs} documents, {rate}/s | {failed} failed | {duration_formatted}',
          hideCursor: true,
          clearOnComplete: false,
        })
      : null;
    this.#bar?.start(totalFiles, 0, { docs: 0, rate: '0', failed: 0 });
    // On a timer, not on events: a long document or a slow file still gets its line.
    this.#timer = this.#bar ? null : setInterval(() => this.#write(this.status()), options.logEveryMs ?? 10_000);
    this.#timer?.unref();
  }

  /** Feeds one run event. */
  update(event: RunEvent): void {
    if (event.kind === 'file' && event.status !== 'started') this.#files++;
    if (event.kind === 'document') this.#documents++;
    if (event.kind === 'failure') this.#failures++;
    this.#bar?.update(this.#files, { docs: this.#documents, rate: this.#rate(), failed: this.#failures });
  }

  /** The status line: files done of all, documents stored and their rate, failures. */
  status(): string {
    const seconds = Math.round((Date.now() - this.#started) / 1000);
    return `… ${this.#files}/${this.totalFiles} files, ${this.#documents} documents (${this.#rate()}/s), ${this.#failures} failed, ${seconds} s`;
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
    if (this.#timer) clearInterval(this.#timer);
    this.#bar?.stop();
  }

  #rate(): string {
    return (this.#documents / Math.max(0.001, (Date.now() - this.#started) / 1000)).toFixed(0);
  }
}
