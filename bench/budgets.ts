/**
 * Every performance figure the project promises, in one place. The bench prints each measurement next to
 * its budget and lists the misses; tests never assert timings.
 */
export interface Budget {
  /** The figure must stay at or below this value. */
  max: number;
  unit: 'ms' | 'MiB' | 'KiB';
  what: string;
}

export const BUDGETS: Record<string, Budget> = {
  'engine.analyzeMs': { max: 2000, unit: 'ms', what: 'rules + graph build for the l inventory (100,000 connections)' },
  'engine.analyzeHeapDeltaMiB': { max: 1024, unit: 'MiB', what: 'heap growth while analysing the l inventory' },
  'engine.whoCanActAsTop50P95Ms': { max: 50, unit: 'ms', what: '"who can act as X" p95 for the 50 most exposed identities' },
  'engine.shortestPathP95Ms': { max: 50, unit: 'ms', what: 'shortest grant path p95 on the l inventory' },
  'engine.neighbourhoodConnP95Ms': { max: 100, unit: 'ms', what: 'bounded neighbourhood (budget 1,000) p95' },
  'web.initialJsGzipKiB': { max: 250, unit: 'KiB', what: 'JavaScript loaded by the first page, gzip' },
};
