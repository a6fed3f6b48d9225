// Child process of the API bench (forked by bench/api.ts with --expose-gc): the real server (server/app.ts) on a
// temp data folder holding the `l` inventory (`demo` with --quick), listening on loopback. It reports over IPC, so the RSS figures are
// the server's alone, not the bench's.
//
// How `l` gets in: the import path of an upload and of `npm run import` (plan → one transaction → apply, as
// server/http/serverWrites.ts runs it) into a server that started on the demo inventory, with the size limit raised
// as SHAREGRAPH_IMPORT_MAX_MIB would (l is 132.6 MiB of JSON; the default limit is 64). Then the real server
// starts on that folder, which rebuilds its state from the database.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../server/app';
import { sql } from 'kysely';
import { openConfiguredDatabase } from '../server/db/connect';
import { readCursor } from '../server/db/sharedState';
import { saveImport } from '../server/db/repository';
import { Store } from '../server/store';
import { applyImport } from '../src/service/writes';
import { planServerImport } from '../server/importPlan';
import type { ServiceState } from '../src/service/state';
import { endpoints } from '../src/contract/endpoints';
import type { Endpoint } from '../src/contract/endpoint';
import { readOperations } from '../src/service/operations';
import { API_TARGETS, resolveTarget, servicePrefix, type ResolvedTarget } from './apiTargets';

export interface ApiServerReady {
  type: 'ready';
  port: number;
  figures: Record<string, number>;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** Peak RSS of this process since start (or since the last reset), from the kernel, in KiB. */
const peakRssKiB = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
const resetPeakRss = () => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
};
const dirBytes = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const st = statSync(join(dir, name));
    return sum + (st.isDirectory() ? dirBytes(join(dir, name)) : st.size);
  }, 0);

/**
 * One operation in process, as the route runs it uncached: the operation, the response schema check, JSON.
 * 200 samples, or as many as fit in 10 s when a call is slow.
 */
function timeDirect(prefix: string, target: ResolvedTarget, state: ServiceState, caller: unknown): Record<string, number> {
  const ep = endpoints[target.name] as Endpoint;
  const input = { params: ep.params.parse(target.params), query: ep.query.parse(target.query), body: undefined };
  const operation = readOperations[target.name as keyof typeof readOperations] as (i: typeof input, s: ServiceState, c: unknown) => unknown;
  const tw = performance.now();
  operation(input, state, caller);
  const firstCallMs = performance.now() - tw;
  for (let i = 0; i < 3; i++) operation(input, state, caller);
  const plain: number[] = [];
  const parsed: number[] = [];
  const serialised: number[] = [];
  const until = performance.now() + 10_000;
  for (let i = 0; i < 200 && (i < 10 || performance.now() < until); i++) {
    const a = performance.now();
    const result = operation(input, state, caller);
    const b = performance.now();
    const checked = ep.response.parse(result);
    const c = performance.now();
    JSON.stringify(checked);
    const d = performance.now();
    plain.push(b - a);
    parsed.push(c - a);
    serialised.push(d - a);
  }
  return {
    [`${prefix}FirstCallMs`]: round(firstCallMs),
    [`${prefix}Samples`]: plain.length,
    [`${prefix}P50Ms`]: round(percentile(plain, 50)),
    [`${prefix}P95Ms`]: round(percentile(plain, 95)),
    [`${prefix}ParsedP95Ms`]: round(percentile(parsed, 95)),
    [`${prefix}SerialisedP95Ms`]: round(percentile(serialised, 95)),
  };
}

/**
 * The import of the inventory file into a fresh data folder, as an upload runs it (plan → one transaction → apply,
 * server/http/serverWrites.ts) into a server started on the demo inventory. The file is read before the clock starts
 * (an upload has it in memory too); parsing, validation, analysis, reconciling the findings and the transaction are
 * timed, in phases: the importer until it reports "analysing", the rest of the plan, then the transaction.
 */
async function importInto(dataDir: string, databaseUrl: string | undefined, inventoryFile: string, now: () => Date) {
  const db = await openConfiguredDatabase({ dataDir, databaseUrl });
  const { store } = await Store.open(db, now, 'demo', Boolean(databaseUrl));
  const content = readFileSync(inventoryFile, 'utf8');
  gc();
  const rssBefore = process.memoryUsage().rss;
  const peakReset = resetPeakRss();
  const t1 = performance.now();
  let validatedAt = 0;
  let plannedAt = 0;
  const plan = await store.write(async () => {
    const { plan: planned, document } = await planServerImport(store.state, { format: 'native', fileName: basename(inventoryFile), content }, 'bench', {
      maxBytes: content.length,
      onProgress: (p) => { if (p.phase === 'analysing') validatedAt = performance.now(); },
    });
    plannedAt = performance.now();
    await saveImport(store.db, planned, store.state.findings, document);
    applyImport(store.state, planned);
    return planned;
  });
  const done = performance.now();
  const importPeakRss = peakRssKiB() * 1024;
  if (!plan.ok) throw new Error(`apiServer: the import of ${basename(inventoryFile)} failed: ${JSON.stringify(plan.record.errors.slice(0, 3))}`);
  await db.destroy();
  return {
    importMs: done - t1, validatedMs: validatedAt - t1, analysedMs: plannedAt - validatedAt, importPeakRss, rssBefore, peakReset,
    record: plan.record, findingsStored: store.state.findings.size,
  };
}

async function main() {
  const { BENCH_DATA_DIR: dataDir, BENCH_STATIC_DIR: staticDir, BENCH_INVENTORY: inventoryFile, BENCH_PASSWORD: password } = process.env;
  const port = Number(process.env.BENCH_PORT ?? 0);
  if (!dataDir || !staticDir || !inventoryFile || !password) throw new Error('apiServer: BENCH_* environment missing');

  const now = () => new Date();
  const log = (msg: string) => process.stderr.write(`  [bench server, ${(performance.now() / 1000).toFixed(1)} s after its start] ${msg}\n`);

  // 1. The import, as an upload runs it (HTTP aside), into a server started on the demo inventory; in a function of
  //    its own, so nothing it held (the file, the importing store's state) counts in the server's memory at rest.
  // BENCH_DATABASE_URL: the same run against PostgreSQL (`npm run bench -- --db postgres`).
  const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
  const imported = await importInto(dataDir, databaseUrl, inventoryFile, now);
  const { importMs, validatedMs, analysedMs, importPeakRss, rssBefore, peakReset, record, findingsStored } = imported;
  log(`${basename(inventoryFile)} imported in ${Math.round(importMs)} ms`);

  // 2. The real server on that folder: migrations, admin provisioned, state rebuilt from the database (loadState).
  gc();
  const t0 = performance.now();
  // Rate limits raised so autocannon measures the work, not 429s; the rate-limit plugin still runs on every request.
  const server = await buildServer({ dataDir, databaseUrl, staticDir, secure: false, adminPassword: password, now, loginRateLimit: 1000, loginRateLimitPerClient: 1000, rateLimit: 1_000_000_000 });
  const startMs = performance.now() - t0;
  log(`server started on ${basename(inventoryFile)} in ${Math.round(startMs)} ms`);
  const { store } = server;
  const admin = [...store.state.users.values()].find((u) => u.username === 'admin');
  if (!admin) throw new Error('apiServer: no admin user');
  if (store.state.inventory.connections.length !== record.counts.connections) throw new Error(`apiServer: the server did not load ${basename(inventoryFile)}`);

  // The stack-overhead baseline: each URL the HTTP bench loads, as the same contract operation straight through the
  // service code on the same in-memory state (no HTTP, no auth, no cookie parsing, no response cache).
  const direct: Record<string, number> = {};
  for (const [target, url] of Object.entries(API_TARGETS)) {
    Object.assign(direct, timeDirect(servicePrefix(target), resolveTarget(url), store.state, admin));
  }
  log(`service baseline: ${Object.keys(API_TARGETS).map((t) => `${t} p95 ${direct[`${servicePrefix(t)}SerialisedP95Ms`]} ms`).join(', ')}`);

  // What a shared store adds before each read: the revision check (one small query; src: server/db/sharedState.ts).
  const checks: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    await readCursor(store.db);
    checks.push(performance.now() - a);
  }
  gc();
  gc();
  await new Promise((r) => setTimeout(r, 1000));
  const rest = process.memoryUsage();

  await server.app.listen({ host: '127.0.0.1', port });
  const { port: bound } = server.app.server.address() as AddressInfo;
  const figures: Record<string, number> = {
    importMs: round(importMs),
    importValidateMs: round(validatedMs),
    importAnalyseMs: round(analysedMs),
    importStoreMs: round(importMs - validatedMs - analysedMs),
    startWithLMs: round(startMs),
    importPeakRssMiB: mib(importPeakRss),
    ...(peakReset ? {} : { importPeakRssIsProcessPeak: 1 }),
    importRssBeforeMiB: mib(rssBefore),
    restRssMiB: mib(rest.rss),
    restHeapUsedMiB: mib(rest.heapUsed),
    dataDirMiB: databaseUrl ? mib(Number((await sql<{ bytes: string }>`SELECT pg_database_size(current_database()) AS bytes`.execute(store.db)).rows[0]!.bytes)) : mib(dirBytes(dataDir)),
    revisionCheckP50Ms: round(percentile(checks, 50)),
    importedConnections: record.counts.connections,
    importFindings: findingsStored,
    ...direct,
  };
  process.send?.({ type: 'ready', port: bound, figures } satisfies ApiServerReady);

  const stop = async () => {
    await server.app.close();
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
  });
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
}

main().catch((err: unknown) => {
  console.error('apiServer:', err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
