import type { Logger } from '../../src/ports/logger.js';
import type { RunEvent } from './run-ingest.js';
import type { RunReport } from './run-report.js';

/**
 * One structured line per step of a run: files at info (read, unchanged, skipped), every release at
 * debug, failures at warn with the step (read, parse, write) and the reason.
 */
export function logRunEvent(log: Logger, event: RunEvent): void {
  switch (event.kind) {
    case 'file':
      if (event.status === 'started') log.debug({ step: 'read', path: event.path }, 'reading file');
      else if (event.status === 'done') log.info({ step: 'read', path: event.path }, 'file read');
      else if (event.status === 'unchanged') log.info({ path: event.path }, 'file unchanged since it was ingested');
      else log.debug({ path: event.path }, 'file older than --since');
      return;
    case 'skip':
      log.info({ path: event.path, reason: event.reason }, 'path skipped');
      return;
    case 'document': {
      const { source, format, status, entities, facts } = event;
      log.debug({ step: 'write', source, format, status, entities, facts }, 'release stored');
      return;
    }
    case 'failure': {
      const { source, format, step, reason } = event;
      log.warn({ step, source, format, reason }, 'document failed');
      return;
    }
  }
}

/** The closing line of a run: what it counted and how long it took. */
export function logRunReport(log: Logger, report: RunReport): void {
  const { files, documents, durationMs, interrupted } = report;
  log.info({ files, documents, durationMs, interrupted }, interrupted ? 'ingest interrupted' : 'ingest finished');
}
