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

describe('prefetchLanding', () => {
  it('asks for the snapshots on the overview, under the key the overview reads', async () => {
    const client = new QueryClient();
    // The first render waits on this promise: once it settles, the overview's data is in the cache.
    await prefetchLanding(client, { pathname: '/', search: '' });
    expect(client.getQueryState(snapshotsQuery.queryKey)?.status).toBe('success');
  });

  it('asks for the graph view the URL describes, under the key the explorer reads', async () => {
    const client = new QueryClient();
    await prefetchLanding(client, { pathname: '/graph', search: '?focus=p-dana-whitfield&depth=1' });
    const key = graphViewQuery(parseGraphUrl({ focus: 'p-dana-whitfield', depth: '1' })).queryKey;
    expect(client.getQueryState(key)?.status).toBe('success');
    expect(client.getQueryData(key)?.nodes.some((n) => n.id === 'p-dana-whitfield')).toBe(true);
    // Nothing else was asked: the overview is not fetched for a focused link.
    expect(client.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([key]);
  });

  it('asks for nothing on other pages', async () => {
    const client = new QueryClient();
    await prefetchLanding(client, { pathname: '/inventory', search: '?platform=x' });
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
