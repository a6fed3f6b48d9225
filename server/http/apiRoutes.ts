import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/cookie';
import type { z } from 'zod';
import { API_PREFIX, endpoints, type EndpointName } from '../../src/contract/endpoints';
import type { Endpoint } from '../../src/contract/endpoint';
import { hasRole } from '../../src/contract/me';
import { forbidden, invalid, unauthorized } from '../../src/service/problems';
import { readOperations, type Caller, type WriteName } from '../../src/service/operations';
import { openApiDocument } from '../../src/service/operations/meta';
import { SESSION_COOKIE, userOfSession } from '../auth/sessions';
import { checkCsrf } from './security';
import { serverWrites } from './serverWrites';
import { ResponseCache } from './responseCache';
import { signInLimits, type SignInLimits } from './signInLimits';
import { importBodyLimit } from '../importLimit';
import type { Store } from '../store';

export interface ApiOptions {
  store: Store;
  secure: boolean;
  importMaxBytes: number;
  signInLimits: SignInLimits;
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data;
}

const isWrite = (name: EndpointName): name is WriteName => name in serverWrites;

/**
 * One route per entry of the contract, in a loop, so no operation can be forgotten or drift. Order of checks:
 * CSRF on every non-GET (403), session (401), role (403), then the input against the contract (400), so nothing
 * about the API's shape is revealed to a caller who may not use it.
 */
export function registerApiRoutes(app: FastifyInstance, opts: ApiOptions) {
  const { store } = opts;
  const cache = new ResponseCache();
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const ep = endpoints[name] as Endpoint;
    app.route({
      method: ep.method,
      url: `${API_PREFIX}${ep.path}`,
      ...(name === 'createImport' ? { bodyLimit: importBodyLimit(opts.importMaxBytes) } : {}),
      ...(name === 'login' ? signInLimits(app, opts.signInLimits) : {}),
      handler: async (req, reply) => {
        if (ep.method !== 'GET') checkCsrf(req);
        const caller: Caller = ep.minRole || name === 'login' ? await userOfSession(store.db, req.cookies[SESSION_COOKIE]) : null;
        if (ep.minRole && !caller) throw unauthorized();
        if (ep.minRole && caller && !hasRole(caller, ep.minRole)) throw forbidden(ep.minRole);
        const input = {
          params: parseOrThrow(ep.params, req.params ?? {}, 'path'),
          query: parseOrThrow(ep.query, req.query ?? {}, 'query'),
          body: ep.method === 'GET' ? undefined : parseOrThrow(ep.body, req.body ?? null, 'body'),
        };
        // Another instance may have written since (a write catches up itself, under the write lock).
        if (!isWrite(name)) await store.sync();
        const cacheKey = isWrite(name) ? null : cache.key(name, input, store.state);
        const cached = cacheKey === null ? undefined : cache.get(cacheKey);
        if (cached !== undefined) return reply.type('application/json').send(cached);
        const result = isWrite(name)
          ? await (serverWrites[name] as (i: typeof input, s: Store, c: Caller, x: object) => Promise<unknown>)(input, store, caller, { req, reply, secure: opts.secure, importMaxBytes: opts.importMaxBytes })
          : (readOperations[name] as (i: typeof input, s: Store['state'], c: Caller) => unknown)(input, store.state, caller);
        // The response schema is the last gate: the server cannot answer outside its own contract.
        const json = JSON.stringify(ep.response.parse(result));
        if (cacheKey !== null) cache.set(cacheKey, json);
        return reply.type('application/json').send(json);
      },
    });
  }
  app.get(`${API_PREFIX}/openapi.json`, async () => openApiDocument());
}
