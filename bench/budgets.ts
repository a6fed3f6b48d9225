/**
 * Every performance figure the project promises, in one place. The bench prints each measurement next to
 * its budget and lists the misses; tests never assert timings.
 */
export interface Budget {
  /** The figure must stay at or below this value. */
  max: number;
  unit: 'ms' | 'MiB' | 'KiB' | 'ratio' | 'errors';
  what: string;
}

export const BUDGETS: Record<string, Budget> = {
  'engine.analyzeMs': { max: 2000, unit: 'ms', what: 'rules + graph build for the l inventory (100,000 connections)' },
  'engine.analyzeHeapDeltaMiB': { max: 1024, unit: 'MiB', what: 'heap growth while analysing the l inventory' },
  'engine.whoCanActAsTop50P95Ms': { max: 50, unit: 'ms', what: '"who can act as X" p95 for the 50 most exposed identities' },
  'engine.shortestPathP95Ms': { max: 50, unit: 'ms', what: 'shortest grant path p95 on the l inventory' },
  'engine.neighbourhoodConnP95Ms': { max: 100, unit: 'ms', what: 'bounded neighbourhood (budget 1,000) p95' },
  'web.initialJsGzipKiB': { max: 250, unit: 'KiB', what: 'JavaScript loaded by the first page, gzip' },

  // The real server with the l inventory (bench/api.ts, bench/apiServer.ts). Load runs: autocannon, 10 connections.
  'api.importMs': { max: 20_000, unit: 'ms', what: 'importing l as an upload does (HTTP aside): parse and validate, analyse, reconcile findings, one transaction' },
  'api.importPeakRssMiB': { max: 2048, unit: 'MiB', what: 'server peak RSS while loading l' },
  'api.restRssMiB': { max: 1024, unit: 'MiB', what: 'server RSS at rest with l loaded' },
  'api.startWithLMs': { max: 20_000, unit: 'ms', what: 'server start on a folder holding l (state rebuilt from the database)' },
  'api.listP95Ms': { max: 50, unit: 'ms', what: 'GET /connections?platform&sort=-riskScore&limit=100, p95' },
  'api.drillP95Ms': { max: 50, unit: 'ms', what: 'GET /connections/c-dana-finance-sql, p95' },
  'api.hoodP95Ms': { max: 100, unit: 'ms', what: 'GET /graph/nodes/c-dana-finance-sql/neighbourhood?depth=2&budget=1000, p95' },
  'api.listErrors': { max: 0, unit: 'errors', what: 'non-200 answers or socket errors during the list load run' },
  'api.drillErrors': { max: 0, unit: 'errors', what: 'non-200 answers or socket errors during the drill-down load run' },
  'api.hoodErrors': { max: 0, unit: 'errors', what: 'non-200 answers or socket errors during the neighbourhood load run' },
  'api.listOverServiceP95Ratio': { max: 3, unit: 'ratio', what: 'stack overhead: HTTP list p95 one request at a time / the same call in process with schema check and JSON (uncached), p95' },

  // Headless Chromium against that server (bench/browser.ts).
  'browser.overviewLcpMs': { max: 1000, unit: 'ms', what: 'overview largest contentful paint, median of cold loads (fresh context each)' },
  'browser.inventoryFilterToPaintMaxMs': { max: 300, unit: 'ms', what: 'inventory: filter change to painted rows, worst of the platforms + one sort' },
  'browser.graphFirstDrawMs': { max: 1500, unit: 'ms', what: 'graph: navigation start to the first WebGL draw of the overview (budget 1,000 nodes), median of 3 loads' },
  'browser.graphLayoutLongTaskMaxMs': { max: 100, unit: 'ms', what: 'graph: longest main-thread task while the force layout runs (first draw to settled)' },
  'browser.graphPanZoomFrameP95Ms': { max: 50, unit: 'ms', what: 'graph: frame interval p95 while panning and zooming' },
  'browser.longTaskTotalMs': { max: 1000, unit: 'ms', what: 'long tasks, summed over overview + inventory + graph' },
};
