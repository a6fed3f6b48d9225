import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { setApiBase } from '../lib/apiClient';
import { createMockServer } from '../../mocks/node';
import { graphViewQuery } from '../features/graph/api/useGraph';
import { parseGraphUrl } from '../features/graph/state/graphUrlState';
import { snapshotsQuery } from '../lib/queries/useSnapshots';
import { prefetchLanding } from './prefetchLanding';

const { server } = createMockServer();
beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

/** Waits until the query under `key` has an answer (the prefetch is fire-and-forget). */
async function settled(client: QueryClient, key: readonly unknown[]) {
  for (let i = 0; i < 200 && client.getQueryState(key)?.status !== 'success'; i++) await new Promise((r) => setTimeout(r, 25));
  return client.getQueryState(key);
}

describe('prefetchLanding', () => {
  it('asks for the snapshots on the overview, under the key the overview reads', async () => {
    const client = new QueryClient();
    prefetchLanding(client, { pathname: '/', search: '' });
    expect((await settled(client, snapshotsQuery.queryKey))?.status).toBe('success');
  });

  it('asks for the graph view the URL describes, under the key the explorer reads', async () => {
    const client = new QueryClient();
    prefetchLanding(client, { pathname: '/graph', search: '?focus=p-dana-whitfield&depth=1' });
    const key = graphViewQuery(parseGraphUrl({ focus: 'p-dana-whitfield', depth: '1' })).queryKey;
    const state = await settled(client, key);
    expect(state?.status).toBe('success');
    expect(client.getQueryData(key)?.nodes.some((n) => n.id === 'p-dana-whitfield')).toBe(true);
    // Nothing else was asked: the overview is not fetched for a focused link.
    expect(client.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([key]);
  });

  it('asks for nothing on other pages', () => {
    const client = new QueryClient();
    prefetchLanding(client, { pathname: '/inventory', search: '?platform=x' });
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
