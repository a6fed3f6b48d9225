import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, inject } from 'vitest';
import { call, setApiBase, setApiFetch } from '../../src/lib/apiClient';
import { buildServer, type AppOptions, type SharegraphServer } from '../app';
import { databaseUrlFor } from './testDatabase';

export const ADMIN_PASSWORD = 'test-admin-password-1';
export const FIXED_NOW = () => new Date('2026-11-15T09:00:00Z');

/** A fresh data folder: a copy of the run's migrated template database (templateDataDir.ts), not a slow initdb. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sharegraph-test-'));
  cpSync(inject('templateDataDir'), dir, { recursive: true });
  return dir;
}
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * The real server, in process, on a random loopback port over a data folder: its embedded database, or on the
 * PostgreSQL run (testDatabase.ts) the PostgreSQL database that belongs to the folder.
 */
export async function startServer(dataDir: string, options: Partial<AppOptions> = {}): Promise<SharegraphServer & { base: string }> {
  const server = await buildServer({
    dataDir, databaseUrl: await databaseUrlFor(dataDir), staticDir: join(dataDir, 'no-app'), secure: false,
    adminPassword: ADMIN_PASSWORD, now: FIXED_NOW, loginRateLimit: 1000, loginRateLimitPerClient: 1000, rateLimit: 100_000, ...options,
  });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  return { ...server, base: `http://127.0.0.1:${port}` };
}

/** A tiny cookie jar: what a browser would keep for the app's origin, and the CSRF header it would send. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  fetch: typeof fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const csrf = this.cookies.get('sg_csrf');
    if (csrf && init.method && init.method !== 'GET') headers.set('x-csrf-token', csrf);
    const res = await fetch(input, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || attrs.some((a) => /^\s*max-age=0/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  };
}

/**
 * Starting or closing a server runs PostgreSQL (WASM) start-up, migrations and the demo analysis; on a busy
 * 2-core machine that has taken over a minute, so server test hooks wait this long before giving up.
 */
export const SERVER_HOOK_TIMEOUT = 180_000;

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** Points the typed client at `base` with a fresh cookie jar and signs in as the admin; returns the jar. */
export async function signInAsAdmin(base: string): Promise<CookieJar> {
  const jar = new CookieJar();
  setApiBase(base);
  setApiFetch(jar.fetch);
  await call('health');
  await call('login', { body: { username: 'admin', password: ADMIN_PASSWORD } });
  return jar;
}

/**
 * For a whole test file: the real server on a fresh data folder, the typed client pointed at it and signed in
 * as admin (with the CSRF cookie the app would hold); closed and removed after the file. Returns a getter, as
 * the server only exists once the hook has run.
 */
export function signedInServerForFile(options: Partial<AppOptions> = {}): () => TestServer {
  const dir = tempDataDir();
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer(dir, options);
    await signInAsAdmin(server.base);
  }, SERVER_HOOK_TIMEOUT);
  afterAll(async () => {
    await server?.app.close();
    removeDir(dir);
  }, SERVER_HOOK_TIMEOUT);
  return () => {
    if (!server) throw new Error('The test server is not started yet: call the getter inside a test');
    return server;
  };
}
