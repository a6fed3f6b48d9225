import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EARLY_ANSWERS_ID, earlyPaths, type EarlyAnswers } from '../../src/lib/earlyRequests';
import { ignoreStylesheetImports } from './stylesheetImports';

type RenderLanding = (url: URL, answered: EarlyAnswers) => Promise<string | undefined>;

/**
 * The landing overview, rendered on the server for a signed-in user: the browser paints its figures as soon as the
 * HTML and stylesheet arrive, instead of after fetching and running the app's code and then its data (about a second
 * on a slow machine). The API answers it is rendered from are this user's own, asked through the API's routes (so
 * their authentication, roles and validation apply), and go into the page as JSON for the app, which starts from
 * them and renders the same page over the server's.
 *
 * Anything short of every answer being a 200 (no session, a refused role, a bad filter, an error) gives the plain
 * page, which the app renders as before.
 */
export async function createLandingRenderer(app: FastifyInstance, indexHtml: string) {
  if (!indexHtml.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div> to render into');
  ignoreStylesheetImports();
  const { renderLanding, rendersOnServer }: { renderLanding: RenderLanding; rendersOnServer: (pathname: string) => boolean } =
    await import('../../src/ssr/renderLanding');
  // A first render with no answers renders nothing, but runs React's server renderer through the shell and the page
  // once, so the first visitor after a start does not pay for compiling it (0.5 s and more on a slow machine).
  await renderLanding(new URL('http://localhost/'), {});

  return async function landingPage(req: FastifyRequest): Promise<string | undefined> {
    const url = new URL(req.url, 'http://localhost');
    if (!rendersOnServer(url.pathname) || !req.headers.cookie) return undefined;
    const answered: EarlyAnswers = {};
    for (const path of earlyPaths(url.pathname, url.search)) {
      // Counted against the user's own address by the rate limit, as the app's requests it replaces would be.
      const res = await app.inject({ method: 'GET', url: path, headers: { cookie: req.headers.cookie, accept: 'application/json' }, remoteAddress: req.ip });
      if (res.statusCode !== 200) return undefined;
      answered[path] = res.json();
    }
    try {
      const markup = await renderLanding(url, answered);
      return markup === undefined ? undefined : withLanding(indexHtml, markup, answered);
    } catch (err) {
      req.log.warn({ err }, 'the landing page could not be rendered on the server; sending the plain page');
      return undefined;
    }
  };
}

/**
 * The page with the rendered markup in its root and the answers in a JSON block. `<` is escaped in the JSON so no
 * inventory string (`</script>`, `<!--`) can end the block or change how the browser reads it; the markup is React's,
 * which escapes every string.
 */
export function withLanding(indexHtml: string, markup: string, answered: EarlyAnswers): string {
  const json = JSON.stringify(answered).replace(/</g, '\\u003c');
  return indexHtml.replace(
    '<div id="root"></div>',
    () => `<div id="root">${markup}</div>\n    <script type="application/json" id="${EARLY_ANSWERS_ID}">${json}</script>`,
  );
}
