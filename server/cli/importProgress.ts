import type { ImportProgress } from '../../src/domain/importers';

/** The import's phases as the command sees them: reading the file comes before the importer's own. */
export type CliProgress = { phase: 'reading'; bytes: number } | ImportProgress;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const count = (n: number) => n.toLocaleString('en-GB');

export function describeProgress(p: CliProgress): string {
  switch (p.phase) {
    case 'reading': return `reading the file (${p.bytes < 2 ** 20 ? `${Math.ceil(p.bytes / 1024)} KiB` : `${(p.bytes / 2 ** 20).toFixed(1)} MiB`})`;
    case 'parsing': return 'parsing';
    case 'validating': return `validating records ${count(p.done)} / ${count(p.total)}${p.total > 0 ? ` (${Math.floor((p.done / p.total) * 100)}%)` : ''}`;
    case 'analysing': return 'analysing: findings, blast radius, snapshot';
    case 'committing': return 'committing to the database';
  }
}

/** On a terminal the line is redrawn at most this often; drawing on every record would cost more than checking it. */
const REDRAW_MS = 100;

/**
 * Draws an import's progress on stderr (stdout keeps only the result, for scripts). On a terminal: one line
 * redrawn in place. Anywhere else (a CI log, a pipe, a file): plain lines, one per phase and one per tenth of
 * the records, so a log of a million-record import stays short. The importer reports from synchronous code;
 * that works because stderr writes to a terminal, pipe or file are synchronous in Node on Linux and macOS.
 */
export function progressPrinter(out: ProgressStream, now: () => number = Date.now) {
  let drawn = false;
  let lastPhase = '';
  let lastAt = -Infinity;
  let lastTenth = -1;
  return {
    update(p: CliProgress) {
      const phaseChanged = p.phase !== lastPhase;
      lastPhase = p.phase;
      if (out.isTTY) {
        const finished = p.phase === 'validating' && p.done === p.total;
        if (!phaseChanged && !finished && now() - lastAt < REDRAW_MS) return;
        lastAt = now();
        // \r back to the start, ESC[2K clear the line: a shorter text leaves nothing of the longer one behind.
        out.write(`\r\x1b[2K${describeProgress(p)}`);
        drawn = true;
        return;
      }
      if (p.phase === 'validating') {
        const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
        if (!phaseChanged && tenth === lastTenth) return;
        lastTenth = tenth;
      } else if (!phaseChanged) {
        return;
      }
      out.write(`${describeProgress(p)}\n`);
    },
    /** Clears the progress line, so the result that follows starts on a clean line. */
    done() {
      if (drawn) out.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
