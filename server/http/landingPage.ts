import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EARLY_ANSWERS_ID, earlyPaths, type EarlyAnswers } from '../../src/lib/earlyRequests';
import { ignoreStylesheetImports } from './stylesheetImports';

type RenderLanding = (url: URL, answered: EarlyAnswers) => Promise<string | undefined>;
export type LandingRender = { markup: string; answered: EarlyAnswers };

const ROOT = '<div id="root"></div>';

/**
 * index.html cut at its empty root: what the browser can have at once (the stylesheets and scripts to fetch) and
 * what follows the root's content.
 */
export function splitAtRoot(indexHtml: string): { head: string; tail: string } {
  const at = indexHtml.indexOf(ROOT);
  if (at < 0) throw new Error(`index.html has no empty ${ROOT} to render into`);
  return { head: indexHtml.slice(0, at + ROOT.length - '</div>'.length), tail: indexHtml.slice(at + ROOT.length) };
}

/**
 * What goes after the head: the rendered markup (or nothing), the root's end, and the answers in a JSON block. `<` is
 * escaped in the JSON so no inventory string (`</script>`, `<!--`) can end the block or change how the browser reads
 * it; the markup is React's, which escapes every string.
 */
export function rootContent(rendered: LandingRender | undefined): string {
  if (!rendered) return '</div>';
  const json = JSON.stringify(rendered.answered).replace(/</g, '\\u003c');
  return `${rendered.markup}</div>\n    <script type="application/json" id="${EARLY_ANSWERS_ID}">${json}</script>`;
}

/**
 * The landing overview, rendered on the server for a signed-in user: the browser paints its figures as soon as the
 * HTML and stylesheet arrive, instead of after fetching and running the app's code and then its data (about a second
 * on a slow machine). The API answers it is rendered from are this user's own, asked through the API's routes (so
 * their authentication, roles and validation apply), and go into the page as JSON for the app, which starts from
 * them and renders the same page over the server's.
 *
 * Anything short of every answer being a 200 (no session, a refused role, a bad filter, an error) renders nothing,
 * and the page is the plain one, which the app renders as before.
 */
export async function createLandingRenderer(app: FastifyInstance) {
  ignoreStylesheetImports();
  const { renderLanding, rendersOnServer }: { renderLanding: RenderLanding; rendersOnServer: (pathname: string) => boolean } =
    await import('../../src/ssr/renderLanding');
  // A first render with no answers renders nothing, but runs React's server renderer through the shell and the page
  // once, so the first visitor after a start does not pay for compiling it (0.5 s and more on a slow machine).
  await renderLanding(new URL('http://localhost/'), {});

  return {
    /** Whether this page request may get a render (it may still get none). */
    wants(req: FastifyRequest): boolean {
      return rendersOnServer(new URL(req.url, 'http://localhost').pathname) && !!req.headers.cookie;
    },
    async render(req: FastifyRequest): Promise<LandingRender | undefined> {
      const url = new URL(req.url, 'http://localhost');
      try {
        // Counted against the user's own address by the rate limit, as the app's requests they replace would be.
        const paths = earlyPaths(url.pathname, url.search);
        const answers = await Promise.all(paths.map((path) =>
          app.inject({ method: 'GET', url: path, headers: { cookie: req.headers.cookie ?? '', accept: 'application/json' }, remoteAddress: req.ip })));
        if (answers.some((res) => res.statusCode !== 200)) return undefined;
        const answered: EarlyAnswers = Object.fromEntries(paths.map((path, i) => [path, answers[i]!.json()]));
        const markup = await renderLanding(url, answered);
        return markup === undefined ? undefined : { markup, answered };
      } catch (err) {
        req.log.warn({ err }, 'the landing page could not be rendered on the server; sending the plain page');
        return undefined;
      }
    },
  };
}
