// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { call, setApiBase } from '../lib/apiClient';
import { createClients } from './queryClient';
import { ApiDownBanner } from './ApiDownBanner';

let down = false;
let storageFault = false;
const server = setupServer(
  http.get('*/api/v1/health', () => (down ? HttpResponse.error() : HttpResponse.json({ status: 'ok', version: 'test' }))),
  http.get('*/api/v1/me', () => {
    if (down) return HttpResponse.error();
    if (storageFault) return HttpResponse.json({ type: 'about:blank', title: 'Storage unavailable', status: 503 }, { status: 503 });
    return HttpResponse.json({ id: 'u1', username: 'ana', displayName: 'Ana Analyst', role: 'analyst' });
  }),
);

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  down = false;
  storageFault = false;
});
afterAll(() => server.close());

function Me() {
  const me = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => call('me', { signal }) });
  return <p>{me.isError ? 'could not load' : me.data?.displayName ?? 'loading'}</p>;
}

function renderApp() {
  const router = { state: { location: { pathname: '/', search: '' } }, navigate: () => Promise.resolve() };
  const { queryClient, reachability } = createClients(router as unknown as Parameters<typeof createClients>[0]);
  // Retries only slow the test down; the banner does not depend on them.
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <ApiDownBanner reachability={reachability} />
      <Me />
    </QueryClientProvider>,
  );
  return reachability;
}

describe('the API-down banner', () => {
  it('appears when the API cannot be reached, and goes once it answers again, reloading the failed view', async () => {
    down = true;
    const reachability = renderApp();
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent("Can't reach the Sharegraph API — retrying…");
    expect(screen.getByText('could not load')).toBeInTheDocument();

    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Ana Analyst')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    reachability.stop();
  });

  it('stays away when the API answers with an error of its own', async () => {
    storageFault = true;
    const reachability = renderApp();
    expect(await screen.findByText('could not load')).toBeInTheDocument();
    // The health probe answers, so the view's own error message is enough.
    await new Promise((r) => setTimeout(r, 50));
    expect(reachability.getSnapshot()).toEqual({ down: false, checking: false });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
