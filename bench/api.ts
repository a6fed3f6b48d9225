// API figures against the real server on loopback: a forked child (bench/apiServer.ts) on a temp data folder with
// the `l` inventory imported, measured with autocannon from this process (warm-up, then a fixed duration).
import { fork, execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Scale } from '../src/domain';
import type { ApiServerReady } from './apiServer';
import { API_TARGETS, servicePrefix } from './apiTargets';
import { ensureInventoryFile } from './inventoryCache';

const here = dirname(fileURLToPath(import.meta.url));
const STATIC_DIR = join(here, '.cache', 'dist-server');
const PASSWORD = 'bench-admin-password-1';

const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export interface RunningServer {
  base: string;
  /** Cookie header of a signed-in admin, and the cookies themselves (for a browser context). */
  cookieHeader: string;
  cookies: { name: string; value: string }[];
  figures: Record<string, number>;
  stop: () => Promise<void>;
}

/**
 * Builds the app for the server (VITE_API=server), forks the server, imports the inventory, signs in; on PostgreSQL
 * if a URL is given. Port 0 = any free one.
 */
export async function startBenchServer(port: number, scale: Scale, databaseUrl?: string): Promise<RunningServer> {
  const inventoryFile = ensureInventoryFile(scale);
  const tb = performance.now();
  execSync(`npx vite build --logLevel error --outDir ${STATIC_DIR} --emptyOutDir`, { stdio: 'inherit', env: { ...process.env, VITE_API: 'server' } });
  const buildMs = performance.now() - tb;
  const dataDir = mkdtempSync(join(tmpdir(), 'sharegraph-bench-'));
  const child = fork(join(here, 'apiServer.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, BENCH_DATA_DIR: dataDir, BENCH_STATIC_DIR: STATIC_DIR, BENCH_INVENTORY: inventoryFile, BENCH_PASSWORD: PASSWORD, BENCH_PORT: String(port), BENCH_DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<ApiServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ApiServerReady));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
  });
  const base = `http://127.0.0.1:${ready.port}`;
  const stop = async () => {
    if (child.exitCode === null) child.send('stop');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    // Sign in as a browser would: the first response sets sg_csrf, the login echoes it and gets sg_session.
    const cookies = new Map<string, string>();
    const keep = (res: Response) => {
      for (const line of res.headers.getSetCookie()) {
        const pair = line.split(';')[0] ?? '';
        cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
    };
    keep(await fetch(`${base}/api/v1/health`));
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': cookies.get('sg_csrf') ?? '' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`bench sign-in failed: ${login.status} ${await login.text()}`);
    keep(login);
    return {
      base,
      cookieHeader: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      cookies: [...cookies].map(([name, value]) => ({ name, value })),
      figures: { appBuildMs: round(buildMs), ...ready.figures },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

interface LoadResult { p50: number; p95: number; p99: number; rps: number; errors: number }

/** One autocannon run; latencies of every response (autocannon's own histogram has no p95). */
function cannon(url: string, cookie: string, seconds: number, connections: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let bad = 0;
    const instance = autocannon({ url, connections, duration: seconds, timeout: 60, headers: { cookie } }, (err, result) => {
      if (err) return reject(err instanceof Error ? err : new Error(String(err)));
      times.sort((a, b) => a - b);
      resolve({
        p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)),
        rps: Math.round(result.requests.average), errors: bad + result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status !== 200) bad++;
    });
  });
}

/**
 * Waits until the server has answered everything autocannon left in flight: it stops sending at the end of a run,
 * but the server still works through the queue, which would otherwise be billed to the next run.
 */
export async function drain(server: RunningServer) {
  // /me goes through the same session lookup as the measured routes, so it queues behind them; quick twice = idle.
  for (let quick = 0; quick < 2;) {
    const t = performance.now();
    await (await fetch(`${server.base}/api/v1/me`, { headers: { cookie: server.cookieHeader } })).arrayBuffer();
    quick = performance.now() - t < 100 ? quick + 1 : 0;
  }
}

export async function runApiLoad(server: RunningServer, opts: { seconds: number; warmup: number; connections: number; serialSeconds: number }) {
  const figures: Record<string, number> = {};
  for (const [name, path] of Object.entries(API_TARGETS)) {
    // Fail loudly on a wrong answer instead of timing error pages.
    const probe = await fetch(server.base + path, { headers: { cookie: server.cookieHeader } });
    if (probe.status !== 200) throw new Error(`${path} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
    figures[`${name}ResponseKiB`] = Math.round(((await probe.arrayBuffer()).byteLength / 1024) * 10) / 10;
    await cannon(server.base + path, server.cookieHeader, opts.warmup, opts.connections);
    await drain(server);
    const r = await cannon(server.base + path, server.cookieHeader, opts.seconds, opts.connections);
    await drain(server);
    Object.assign(figures, { [`${name}P50Ms`]: r.p50, [`${name}P95Ms`]: r.p95, [`${name}P99Ms`]: r.p99, [`${name}Rps`]: r.rps, [`${name}Errors`]: r.errors });
  }
  // The fair comparison: one request at a time (no queueing behind other connections) against the same operation in
  // process, uncached, with the response schema check and JSON (what the server itself does for a fresh answer).
  for (const [name, path] of Object.entries(API_TARGETS)) {
    await drain(server);
    const seq = await cannon(server.base + path, server.cookieHeader, opts.serialSeconds, 1);
    const service = server.figures[`${servicePrefix(name)}SerialisedP95Ms`] ?? 0;
    Object.assign(figures, {
      [`${name}SerialP50Ms`]: seq.p50, [`${name}SerialP95Ms`]: seq.p95, [`${name}SerialErrors`]: seq.errors,
      [`${name}OverServiceP95Ratio`]: service > 0 ? round(seq.p95 / service) : 0,
    });
  }
  return figures;
}
