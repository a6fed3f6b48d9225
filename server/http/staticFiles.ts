import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { API_PREFIX } from '../../src/contract/endpoints';
import { sendProblem } from './problems';

/**
 * Serves the built app; any other GET that wants HTML gets index.html, so deep links (/findings?state=open)
 * load the app and its router takes over. Unknown API paths stay problem+json 404s.
 */
export async function registerStaticFiles(app: FastifyInstance, root: string) {
  const hasApp = existsSync(join(root, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === 'GET' && !req.url.startsWith(`${API_PREFIX}/`) && !req.url.startsWith('/api/');
    if (isPage && hasApp) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(reply, { type: 'about:blank', title: 'Not found', status: 404, detail: `Nothing at ${req.method} ${req.url.split('?')[0]}` });
  });
}
