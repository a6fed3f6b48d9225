import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { API_PREFIX, endpoints, type EndpointName } from '../src/contract/endpoints';
import type { Endpoint } from '../src/contract/endpoint';
import { hasRole } from '../src/contract/me';
import { forbidden, invalid, ProblemError, unauthorized } from '../src/service/problems';
import { memoryWrites, readOperations, type Operations } from '../src/service/operations';
import { openApiDocument } from '../src/service/operations/meta';
import type { MockSession, MockState } from './state';
import { mockAuth } from './api/auth';

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data;
}

const problemResponse = (problem: ProblemError['problem']) =>
  HttpResponse.json(problem, { status: problem.status, headers: { 'content-type': 'application/problem+json' } });

/**
 * One MSW handler per contract endpoint: validate the request with the contract, check the session and role as
 * the server does, run the shared operation over the in-memory state, and answer through the response schema.
 * The `*` prefix matches any origin, so the same handlers serve the browser worker and Node tests.
 */
export interface HandlerOptions {
  /** Called after a write succeeded, e.g. to keep saved views across page loads in the browser. */
  afterWrite?: (name: EndpointName) => void;
}

export function createHandlers(state: MockState, session: MockSession, options: HandlerOptions = {}): HttpHandler[] {
  const operations: Operations = { ...readOperations, ...memoryWrites, ...mockAuth(session) };
  const handlers = (Object.keys(endpoints) as EndpointName[]).map((name) => {
    const ep = endpoints[name] as Endpoint;
    const method = ep.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    return http[method](`*${API_PREFIX}${ep.path}`, async ({ request, params }) => {
      try {
        if (ep.minRole && !session.user) throw unauthorized();
        if (ep.minRole && session.user && !hasRole(session.user, ep.minRole)) throw forbidden(ep.minRole);
        const url = new URL(request.url);
        const input = {
          params: parseOrThrow(ep.params, params, 'path'),
          query: parseOrThrow(ep.query, Object.fromEntries(url.searchParams), 'query'),
          body: ep.method === 'GET' ? undefined : parseOrThrow(ep.body, await request.json().catch(() => null), 'body'),
        };
        const run = operations[name] as (i: typeof input, s: MockState, c: MockSession['user']) => unknown;
        const result = ep.response.parse(run(input, state, session.user));
        if (ep.method !== 'GET') options.afterWrite?.(name);
        return HttpResponse.json(result as Record<string, unknown>);
      } catch (err) {
        if (err instanceof ProblemError) return problemResponse(err.problem);
        console.error(`mock ${name} failed`, err);
        return problemResponse({ type: 'about:blank', title: 'Internal error in the mock API', status: 500, detail: String(err) });
      }
    });
  });
  // The OpenAPI document is generated, not part of the contract it describes.
  handlers.unshift(http.get(`*${API_PREFIX}/openapi.json`, () => HttpResponse.json(openApiDocument())));
  return handlers;
}
