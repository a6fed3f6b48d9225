// `npm run bench`: every performance figure of the project in one run, printed next to its budget and the previous
// run, written to bench/results/latest.json and appended to bench/results/history.jsonl. Timings are measured
// here, never asserted in tests.
//
//   npm run bench                      everything on the l inventory (~5 min on 2 cores)
//   npm run bench -- --only api,web    a subset: engine, api, web (= size + browser), size, browser
//   npm run bench -- --quick           every section on the demo inventory (~300 connections) with short load runs,
//                                      in under a minute: CI runs it so the bench never rots. Its figures are not
//                                      held against the budgets (set for l) and go to bench/results/quick.json only.
//   BENCH_PORT=n                       the bench server's port (default: any free one)
//   npm run bench -- --db postgres     the api section also against PostgreSQL (bench/postgres.ts), side by side
import os from 'node:os';
import type { Scale } from '../src/domain';
import { BUDGETS } from './budgets';
import { runEngineBench } from './engine';
import { measureWebSize } from './webSize';
import { drain, runApiLoad, startBenchServer } from './api';
import { FULL_BROWSER_BENCH, QUICK_BROWSER_BENCH, runBrowserBench } from './browser';
import { delta, previousFigures, recordRun, recordQuickRun } from './history';
import { budgetStatus, comparisonRows, formatBudget, overBudget } from './report';
import { benchDatabase, sideBySide } from './postgres';

const SECTIONS = ['engine', 'api', 'size', 'browser'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: readonly string[]) {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const raw = at < 0 ? '' : argv[at]!.includes('=') ? argv[at]!.split('=')[1]! : (argv[at + 1] ?? '');
  const asked = raw.split(',').map((s) => s.trim()).filter(Boolean).flatMap((s) => (s === 'web' ? ['size', 'browser'] : [s]));
  const unknown = asked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(', ')} (use ${SECTIONS.join(', ')}, web)`);
  const only = new Set<Section>(asked.length ? (asked as Section[]) : SECTIONS);
  const dbAt = argv.findIndex((a) => a === '--db' || a.startsWith('--db='));
  const db = dbAt < 0 ? 'embedded' : argv[dbAt]!.includes('=') ? argv[dbAt]!.split('=')[1]! : (argv[dbAt + 1] ?? '');
  if (db !== 'embedded' && db !== 'postgres') throw new Error(`--db: ${db} is neither embedded nor postgres`);
  return { only, quick: argv.includes('--quick'), postgres: db === 'postgres' };
}

const prefixed = (prefix: string, figures: Record<string, number>) =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix}.${k}`, v]));

const { only, quick, postgres } = parseArgs(process.argv.slice(2));
const scale: Scale = quick ? 'demo' : 'l';
const loadOptions = quick ? { seconds: 1, warmup: 1, connections: 10, serialSeconds: 1 } : { seconds: 10, warmup: 3, connections: 10, serialSeconds: 10 };
const figures: Record<string, number> = {};
const started = performance.now();
const step = (what: string) => console.log(`\n▶ ${what} (${Math.round((performance.now() - started) / 1000)} s)`);

// The server sections first: the child server and Chromium then have the machine to themselves.
if (only.has('api') || only.has('browser')) {
  step(`starting the real server with the ${scale} inventory`);
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 0), scale);
  try {
    Object.assign(figures, prefixed('api', server.figures));
    console.log(JSON.stringify(server.figures));
    if (only.has('api')) {
      step('API load (autocannon)');
      const load = await runApiLoad(server, loadOptions);
      console.log(JSON.stringify(load));
      Object.assign(figures, prefixed('api', load));
    }
    if (only.has('browser')) {
      await drain(server); // nothing left in flight from the load runs
      step('browser (headless Chromium)');
      try {
        Object.assign(figures, prefixed('browser', await runBrowserBench(server.base, server.cookies, quick ? QUICK_BROWSER_BENCH : FULL_BROWSER_BENCH)));
      } catch (err) {
        // The other figures still count and are printed; the run still fails, so CI's quick run catches a broken page.
        console.error('browser bench failed:', err instanceof Error ? err.message : err);
        process.exitCode = 1;
      }
    }
  } finally {
    await server.stop();
  }
}
// The same server and load against PostgreSQL, under `apiPg.` (no budgets: the embedded figures are the budgeted ones).
if (postgres && only.has('api')) {
  step('the same, against PostgreSQL');
  const database = await benchDatabase();
  try {
    const server = await startBenchServer(0, scale, database.url);
    try {
      Object.assign(figures, prefixed('apiPg', server.figures));
      const load = await runApiLoad(server, loadOptions);
      Object.assign(figures, prefixed('apiPg', load));
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
if (only.has('engine')) {
  step(`engine on the ${scale} inventory`);
  Object.assign(figures, prefixed('engine', await runEngineBench(scale)));
}
if (only.has('size')) {
  step('initial JavaScript (mock build)');
  Object.assign(figures, measureWebSize());
}

const before = quick ? {} : previousFigures();
const rows = Object.entries(figures).filter(([metric]) => !metric.startsWith('apiPg.')).map(([metric, value]) => ({
  metric,
  value,
  budget: formatBudget(BUDGETS[metric]),
  // A quick run measures a small inventory: its figures say the bench works, not whether a budget holds.
  status: quick ? '' : budgetStatus(value, BUDGETS[metric]),
  'vs previous': delta(value, before[metric]),
}));
console.log();
if (quick) console.log(`QUICK RUN on the ${scale} inventory: figures are not comparable with the budgets (set for l) or with full runs.`);
console.table(rows);
if (postgres && only.has('api')) {
  console.log(`\nAPI on the ${scale} inventory, embedded database vs PostgreSQL:`);
  console.table(sideBySide(figures, 'api', 'apiPg'));
}

const measuredSections = new Set([...only].flatMap((s) => (s === 'size' || s === 'browser' ? [s === 'size' ? 'web' : 'browser'] : [s])));
const missing = Object.keys(BUDGETS).filter((k) => !(k in figures) && measuredSections.has(k.split('.')[0]!));
if (missing.length) console.log(`Not measured: ${missing.join(', ')}`);
if (!quick) {
  const over = overBudget(figures, BUDGETS);
  console.log(over.length === 0 ? 'Every measured figure is within its budget.' : `Over budget: ${over.join('; ')}`);
}
const comparisons = comparisonRows(figures);
if (comparisons.length) {
  console.log('\nFair comparisons, same run (the app ÷ the same work done the plainest way):');
  console.table(comparisons);
}

const run = {
  at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '',
  loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100), scale, only: [...only], figures,
};
if (quick) {
  recordQuickRun(run);
  console.log(`wrote bench/results/quick.json (${Math.round((performance.now() - started) / 1000)} s)`);
} else {
  recordRun(run);
  console.log(`wrote bench/results/latest.json and appended bench/results/history.jsonl (${Math.round((performance.now() - started) / 1000)} s)`);
}
