import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { setApiBase } from '../lib/apiClient';
import { createMockServer } from '../../mocks/node';
import { graphViewQuery } from '../features/graph/api/useGraph';
import { parseGraphUrl } from '../features/graph/state/graphUrlState';
import { snapshotsQuery } from '../lib/queries/useSnapshots';
import { topConnectionsQuery } from '../features/overview/api/usePosture';
import { prefetchLanding } from './prefetchLanding';
import { startEarlyRequests } from '../lib/earlyRequests';

const { server } = createMockServer();
beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

/** Runs `body` and answers the API requests it made (path and query), in order. */
async function requestsOf(body: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  const count = ({ request }: { request: Request }) => void asked.push(new URL(request.url).pathname + new URL(request.url).search);
  server.events.on('request:start', count);
  try {
    await body();
    return asked;
  } finally {
    server.events.removeListener('request:start', count);
  }
}

describe('prefetchLanding', () => {
  it('asks for the snapshots on the overview, under the key the overview reads', async () => {
    const client = new QueryClient();
    // The first render waits on this promise: once it settles, the overview's data is in the cache.
    await prefetchLanding(client, { pathname: '/', search: '' }).paintWaitsFor;
    expect(client.getQueryState(snapshotsQuery.queryKey)?.status).toBe('success');
  });

  it('asks for the graph view the URL describes, under the key the explorer reads', async () => {
    const client = new QueryClient();
    // The explorer's first paint does not wait for its view (the drawing sets up meanwhile); the view is asked for.
    prefetchLanding(client, { pathname: '/graph', search: '?focus=p-dana-whitfield&depth=1' });
    const key = graphViewQuery(parseGraphUrl({ focus: 'p-dana-whitfield', depth: '1' })).queryKey;
    expect(client.getQueryState(key)?.fetchStatus).toBe('fetching');
    await client.fetchQuery(graphViewQuery(parseGraphUrl({ focus: 'p-dana-whitfield', depth: '1' })));
    expect(client.getQueryState(key)?.status).toBe('success');
    expect(client.getQueryData(key)?.nodes.some((n) => n.id === 'p-dana-whitfield')).toBe(true);
    // Nothing else was asked: the overview is not fetched for a focused link.
    expect(client.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([key]);
  });

  it("claims the boot script's early request for the explorer's default view instead of asking again", async () => {
    const asked = await requestsOf(async () => {
      startEarlyRequests('/graph', '', fetch, 'http://sharegraph.test');
      const client = new QueryClient();
      prefetchLanding(client, { pathname: '/graph', search: '' });
      await client.fetchQuery(graphViewQuery(parseGraphUrl({})));
      expect(client.getQueryData(graphViewQuery(parseGraphUrl({})).queryKey)?.nodes.length).toBeGreaterThan(0);
    });
    expect(asked).toEqual(['/api/v1/graph/overview?budget=1000']);
  });

  it("claims every early request of the overview, for the URL's platform: each asked once, under the keys the page reads", async () => {
    const client = new QueryClient();
    const asked = await requestsOf(async () => {
      startEarlyRequests('/', '?platform=zapier', fetch, 'http://sharegraph.test');
      await prefetchLanding(client, { pathname: '/', search: '?platform=zapier' }).paintWaitsFor;
    });
    expect(asked).toHaveLength(6);
    expect(new Set(asked).size).toBe(6);
    expect(asked).toContain('/api/v1/connections?sort=-riskScore&limit=5&platform=zapier');
    expect(client.getQueryCache().getAll().map((q) => q.state.status)).toEqual(Array(6).fill('success'));
    expect(client.getQueryData(topConnectionsQuery('zapier').queryKey)?.items.every((c) => c.platform === 'zapier')).toBe(true);
  });

  it('asks for nothing on other pages', async () => {
    const client = new QueryClient();
    await prefetchLanding(client, { pathname: '/inventory', search: '?platform=x' }).paintWaitsFor;
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
