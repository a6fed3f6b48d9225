// `npm run bench`: every performance figure of the project in one run, printed next to its budget and the previous
// run, written to bench/results/latest.json and appended to bench/results/history.jsonl. Timings are measured
// here, never asserted in tests.
//
//   npm run bench                      everything (~4 min on 2 cores)
//   npm run bench -- --only api,web    a subset: engine, api, web (= size + browser), size, browser
//   npm run bench -- --quick           shorter load runs (2 s per API target), same figures
//   npm run bench -- --db postgres     the api section also against PostgreSQL (bench/postgres.ts), side by side
import os from 'node:os';
import { BUDGETS } from './budgets';
import { runEngineBench } from './engine';
import { measureWebSize } from './webSize';
import { drain, runApiLoad, startBenchServer } from './api';
import { runBrowserBench } from './browser';
import { delta, previousFigures, recordRun } from './history';
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
const figures: Record<string, number> = {};
const started = performance.now();
const step = (what: string) => console.log(`\n▶ ${what} (${Math.round((performance.now() - started) / 1000)} s)`);

// The server sections first: the child server and Chromium then have the machine to themselves.
if (only.has('api') || only.has('browser')) {
  step('starting the real server with the l inventory');
  const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 9100));
  try {
    Object.assign(figures, prefixed('api', server.figures));
    console.log(JSON.stringify(server.figures));
    if (only.has('api')) {
      step('API load (autocannon)');
      const load = await runApiLoad(server, quick ? { seconds: 2, warmup: 1, connections: 10 } : { seconds: 10, warmup: 3, connections: 10 });
      console.log(JSON.stringify(load));
      Object.assign(figures, prefixed('api', load));
    }
    if (only.has('browser')) {
      await drain(server); // nothing left in flight from the load runs
      step('browser (headless Chromium)');
      try {
        Object.assign(figures, prefixed('browser', await runBrowserBench(server.base, server.cookies)));
      } catch (err) {
        // The other figures still count; the table then lists the browser budgets as not measured.
        console.error('browser bench failed:', err instanceof Error ? err.message : err);
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
    const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 9100), database.url);
    try {
      Object.assign(figures, prefixed('apiPg', server.figures));
      const load = await runApiLoad(server, quick ? { seconds: 2, warmup: 1, connections: 10 } : { seconds: 10, warmup: 3, connections: 10 });
      Object.assign(figures, prefixed('apiPg', load));
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
if (only.has('engine')) {
  step('engine on the l inventory');
  Object.assign(figures, prefixed('engine', await runEngineBench()));
}
if (only.has('size')) {
  step('initial JavaScript (mock build)');
  Object.assign(figures, measureWebSize());
}

const before = previousFigures();
const rows = Object.entries(figures).filter(([metric]) => !metric.startsWith('apiPg.')).map(([metric, value]) => {
  const budget = BUDGETS[metric];
  return {
    metric,
    value,
    budget: budget ? `≤ ${budget.max} ${budget.unit}` : '',
    status: budget ? (value <= budget.max ? 'ok' : `OVER ×${Math.round((value / budget.max) * 100) / 100}`) : '',
    'vs previous': delta(value, before[metric]),
  };
});
console.log();
console.table(rows);
if (postgres && only.has('api')) {
  console.log('\nAPI on the l inventory, embedded database vs PostgreSQL:');
  console.table(sideBySide(figures, 'api', 'apiPg'));
}

const measuredSections = new Set([...only].flatMap((s) => (s === 'size' || s === 'browser' ? [s === 'size' ? 'web' : 'browser'] : [s])));
const missing = Object.keys(BUDGETS).filter((k) => !(k in figures) && measuredSections.has(k.split('.')[0]!));
const over = rows.filter((r) => r.status.startsWith('OVER'));
if (missing.length) console.log(`Not measured: ${missing.join(', ')}`);
console.log(over.length === 0 ? 'Every measured figure is within its budget.' : `Over budget: ${over.map((r) => `${r.metric} = ${r.value} (${BUDGETS[r.metric]!.max} ${BUDGETS[r.metric]!.unit})`).join('; ')}`);
const ratio = figures['api.listOverServiceP95Ratio'];
if (ratio !== undefined) {
  console.log(`Stack overhead, list p95 one request at a time: HTTP ${figures['api.listSerialP95Ms']} ms (answers cached until the data changes) vs service in-process ${figures['api.serviceListP95Ms']} ms (×${ratio}; with response validation ${figures['api.serviceListParsedP95Ms']} ms, + JSON ${figures['api.serviceListSerialisedP95Ms']} ms)`);
}

recordRun({
  at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '',
  only: [...only], figures,
});
console.log(`wrote bench/results/latest.json and appended bench/results/history.jsonl (${Math.round((performance.now() - started) / 1000)} s)`);
