import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { API_PREFIX } from '../../src/contract/endpoints';
import { sendProblem } from './problems';
import { createLandingRenderer, rootContent, splitAtRoot } from './landingPage';

/**
 * Serves the built app; any other GET that wants HTML gets index.html, so deep links (/findings?state=open)
 * load the app and its router takes over. The landing overview comes rendered for a signed-in user
 * (landingPage.ts). Unknown API paths stay problem+json 404s.
 */
export async function registerStaticFiles(app: FastifyInstance, root: string) {
  const indexPath = join(root, 'index.html');
  const hasApp = existsSync(indexPath);
  if (hasApp) {
    await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  // Read once: the page is sent as a string with its own cache header (sendFile would set its 1-hour maxAge, and a
  // browser could keep an index.html that names scripts a new build no longer has).
  const indexHtml = hasApp ? readFileSync(indexPath, 'utf8') : undefined;
  const page = indexHtml === undefined ? undefined : { html: indexHtml, ...splitAtRoot(indexHtml), landing: await createLandingRenderer(app) };
  app.setNotFoundHandler(async (req, reply) => {
    const isPage = req.method === 'GET' && !req.url.startsWith(`${API_PREFIX}/`) && !req.url.startsWith('/api/');
    if (!isPage || !page) {
      return sendProblem(reply, { type: 'about:blank', title: 'Not found', status: 404, detail: `Nothing at ${req.method} ${req.url.split('?')[0]}` });
    }
    if (!page.landing.wants(req)) return reply.type('text/html').header('cache-control', 'no-cache').send(page.html);
    // The head goes out at once, so the browser fetches the stylesheets and scripts while the page is rendered.
    // The page may hold this user's data: never stored by a cache, and never the answer to another cookie. A proxy
    // that buffers answers (nginx does by default) is asked to pass this one on as it comes.
    const body = new PassThrough();
    body.write(page.head);
    void page.landing.render(req).then((rendered) => body.end(rootContent(rendered) + page.tail));
    return reply.type('text/html').header('cache-control', 'no-store').header('vary', 'cookie').header('x-accel-buffering', 'no').send(body);
  });
}
