import { resolve } from 'node:path';
import type { Scale } from '../src/domain/generator/scales';
import { databaseUrlProblem } from './db/postgres';
import { importMaxBytes } from './importLimit';

const SCALES: readonly Scale[] = ['demo', 'm', 'l'];

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** PostgreSQL instead of the embedded database in `dataDir` (docs/deployment.md). */
  databaseUrl: string | undefined;
  staticDir: string;
  tls: { cert: string; key: string } | null;
  insecureHttp: boolean;
  /** First-start provisioning only (see README); ignored once any user exists. */
  adminPassword: string | undefined;
  /** First-start only: which generated inventory to load into an empty database (the e2e bulk journey uses m). */
  firstInventory: Scale;
  /** The largest file an import takes, in bytes (SHAREGRAPH_IMPORT_MAX_MIB). */
  importMaxBytes: number;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
export const isLoopback = (host: string) => LOOPBACK.test(host);

/** Reads the environment and flags; refuses an exposed plain-HTTP listener unless explicitly told. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): ServerConfig {
  const host = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  if ((env.TLS_CERT === undefined) !== (env.TLS_KEY === undefined)) throw new Error('Set both TLS_CERT and TLS_KEY, or neither');
  const tls = env.TLS_CERT && env.TLS_KEY ? { cert: env.TLS_CERT, key: env.TLS_KEY } : null;
  const insecureHttp = argv.includes('--insecure-http');
  if (!isLoopback(host) && !tls && !insecureHttp) {
    throw new Error(`Refusing to serve plain HTTP on ${host}: sessions would cross the network in clear text. Set TLS_CERT and TLS_KEY, or pass --insecure-http if a TLS proxy sits in front.`);
  }
  const firstInventory = (env.SHAREGRAPH_FIRST_INVENTORY ?? 'demo') as Scale;
  if (!SCALES.includes(firstInventory)) throw new Error(`SHAREGRAPH_FIRST_INVENTORY must be one of ${SCALES.join(', ')}, not ${env.SHAREGRAPH_FIRST_INVENTORY}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl) {
    const problem = databaseUrlProblem(databaseUrl);
    if (problem) throw new Error(problem);
    // Instances sharing a database must fingerprint secrets alike; a key made per data folder would differ.
    if ((env.SHAREGRAPH_FINGERPRINT_KEY ?? '').length < 32) throw new Error('With DATABASE_URL, set SHAREGRAPH_FINGERPRINT_KEY to the same secret of at least 32 characters on every instance (e.g. openssl rand -hex 32)');
  }
  return {
    host, port, tls, insecureHttp, firstInventory, databaseUrl,
    dataDir: resolve(env.SHAREGRAPH_DATA_DIR ?? 'data'),
    staticDir: resolve(env.SHAREGRAPH_STATIC_DIR ?? 'dist-server'),
    adminPassword: env.SHAREGRAPH_ADMIN_PASSWORD,
    importMaxBytes: importMaxBytes(env),
  };
}
