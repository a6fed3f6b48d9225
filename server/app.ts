import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { DEFAULT_MAX_BYTES } from '../src/domain/importers';
import { isShared, openConfiguredDatabase } from './db/connect';
import { withWriteLock } from './db/sharedState';
import { databaseRateLimitStore } from './http/rateLimitStore';
import { Store } from './store';
import type { Scale } from '../src/domain/generator/scales';
import { fingerprinter } from './fingerprintKey';
import { provisionAdmin } from './auth/accounts';
import { purgeExpiredSessions } from './auth/sessions';
import { errorHandler, sendProblem } from './http/problems';
import { registerCsrfCookie, registerSecurityHeaders } from './http/security';
import { registerApiRoutes } from './http/apiRoutes';
import { registerStaticFiles } from './http/staticFiles';

export interface AppOptions {
  dataDir: string;
  /** A PostgreSQL server's database instead of the embedded one in `dataDir`; any number of instances may share it. */
  databaseUrl?: string | undefined;
  /** Generated inventory loaded into an empty database on first start; demo unless configured. */
  firstInventory?: Scale;
  staticDir: string;
  /** Cookies get `Secure` and responses HSTS when the server speaks TLS. */
  secure: boolean;
  https?: { cert: Buffer; key: Buffer } | null;
  adminPassword?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  /** Sign-in attempts on one account from one client per minute. */
  loginRateLimit?: number;
  /** Sign-in attempts on any accounts from one client per minute. */
  loginRateLimitPerClient?: number;
  /** Other requests per client per minute. */
  rateLimit?: number;
  /** The largest file an import takes, in bytes; 64 MiB unless configured (server/importLimit.ts). */
  importMaxBytes?: number;
}

export interface SharegraphServer {
  app: FastifyInstance;
  store: Store;
  /** Set on the first start only: the admin account created, with its password, to show once. */
  provisioned: { username: string; password: string; generated: boolean } | null;
  seeded: boolean;
}

/** JSON bodies of ordinary requests stay small; only imports carry a file. */
const BODY_LIMIT = 256 * 1024;

/** Builds the server: database (migrated), state loaded or seeded, first admin provisioned, routes registered. */
/**
 * Credentials never reach the log, whatever serializers a deployment adds: session and CSRF cookies,
 * authorization headers and the cookies the server sets.
 */
const REDACT = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

function withRedaction(logger: NonNullable<FastifyServerOptions['logger']>): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object') return logger;
  return { ...logger, redact: { paths: REDACT, censor: '[redacted]' } };
}

export async function buildServer(opts: AppOptions): Promise<SharegraphServer> {
  const now = opts.now ?? (() => new Date());
  const shared = isShared(opts);
  const db = await openConfiguredDatabase(opts);
  let store: Store;
  let seeded: boolean;
  let provisioned: SharegraphServer['provisioned'];
  try {
    // Under the write lock on a shared database: two instances starting together must not both create the admin.
    const provision = () => provisionAdmin(db, opts.adminPassword);
    provisioned = shared ? await withWriteLock(db, provision) : await provision();
    ({ store, seeded } = await Store.open(db, now, opts.firstInventory, shared));
    store.state.fingerprint = fingerprinter(opts.dataDir);
    await purgeExpiredSessions(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }

  const app = Fastify({
    logger: withRedaction(opts.logger ?? false),
    bodyLimit: BODY_LIMIT,
    // Room for any id the contract accepts (200 characters), percent-encoded; a longer path segment is a 414.
    routerOptions: { maxParamLength: 2048 },
    // Errors the router raises before any route runs (a malformed or overlong URL) leave as problem details too.
    frameworkErrors: (err, _req, reply) => {
      const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      void sendProblem(reply, { type: 'about:blank', title: status === 414 ? 'URI too long' : 'Invalid request', status, detail: err.message });
    },
    ...(opts.https ? { https: opts.https } : {}),
    // Error responses carry the request id so an operator can find the log line.
    genReqId: () => Math.random().toString(36).slice(2, 10),
  });
  app.setErrorHandler(errorHandler);
  app.addHook('onClose', async () => {
    // Lets an in-flight write commit before the database closes.
    await store.drain();
    await db.destroy();
  });

  await app.register(cookie);
  // Behind a load balancer the counters live in the database, or each instance would grant the full allowance.
  await app.register(rateLimit, { global: true, max: opts.rateLimit ?? 1200, timeWindow: 60_000, ...(shared ? { store: databaseRateLimitStore(db) } : {}) });
  await registerSecurityHeaders(app, opts.secure);
  registerCsrfCookie(app, opts.secure);
  registerApiRoutes(app, {
    store, secure: opts.secure, importMaxBytes: opts.importMaxBytes ?? DEFAULT_MAX_BYTES,
    signInLimits: { perAccount: opts.loginRateLimit ?? 10, perClient: opts.loginRateLimitPerClient ?? 60, timeWindow: 60_000 },
  });
  await registerStaticFiles(app, opts.staticDir);
  return { app, store, provisioned, seeded };
}
