import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from '../app/router';
import { prefetchLanding } from '../app/prefetchLanding';
import { dropEarlyResponses, startEarlyRequests, type EarlyAnswers } from '../lib/earlyRequests';

/** The pages the server renders before the app's code runs: only the landing overview, whose text is its largest paint. */
export function rendersOnServer(pathname: string): boolean {
  return pathname === '/';
}

const NOT_ON_THE_SERVER: typeof fetch = () => Promise.reject(new Error('the server render has no network: every answer is given'));

/**
 * The landing page's markup, rendered by the same components, queries and contract parsing as the app, from the API
 * answers the server computed for this user (`answered`: API path → body). The browser paints it as soon as the HTML
 * and stylesheet arrive; the app then starts from the same answers and renders the same page over it.
 *
 * Undefined when the page cannot be rendered whole (an answer missing or refused, a query the page asks for that was
 * not prefetched): the server then sends the plain page and the app renders it, as without this.
 */
export async function renderLanding(url: URL, answered: EarlyAnswers): Promise<string | undefined> {
  if (!rendersOnServer(url.pathname)) return undefined;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Answers are handed over through the module's one table of early responses; the queries claim theirs in this
  // synchronous step and the rest is dropped before anything awaits, so another request's render never sees them.
  startEarlyRequests(url.pathname, url.search, NOT_ON_THE_SERVER, '', answered);
  const { paintWaitsFor } = prefetchLanding(queryClient, url);
  dropEarlyResponses();
  await paintWaitsFor;

  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(url.href));
  if (context instanceof Response) return undefined;
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
  // A query that failed, or that the page asked for without the landing prefetch knowing it, would paint as an
  // error or a loading line, and the app would replace it a moment later: better no server render at all.
  const whole = queryClient.getQueryCache().getAll().every((q) => q.state.status === 'success');
  return whole ? html : undefined;
}
