// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router';
import { SCENARIOS, SharingGraph } from '../../../domain';
import { setApiBase } from '../../../lib/apiClient';
import { createMockServer } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/state';
import { useGraphUrlState } from '../state/useGraphUrlState';
import { WhatIfPanel } from './WhatIfPanel';

const { server, state, session } = createMockServer();
const s = SCENARIOS.embeddedIdentity;
const view = new SharingGraph(state.inventory).neighbourhood(s.app, { depth: 1, budget: 500 });

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  session.user = DEMO_USER;
});
afterAll(() => server.close());

function Harness() {
  const [graph, set] = useGraphUrlState();
  return (
    <>
      <WhatIfPanel view={view} state={graph} set={set} />
      <output aria-label="URL">{useLocation().search}</output>
    </>
  );
}

function renderPanel(search: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/graph${search}`]}><Harness /></MemoryRouter>
    </QueryClientProvider>,
  );
}

const exposure = () => screen.findByRole('table', { name: 'Exposure before and after' }, { timeout: 10_000 });
const cells = (table: HTMLElement, row: RegExp) => within(within(table).getByRole('row', { name: row })).getAllByRole('cell').map((c) => c.textContent);

describe('what-if', () => {
  it('simulates the chosen change, keeps it in the URL, and shows exposure before and after as a table', async () => {
    renderPanel(`?selected=${s.app}`);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Change to simulate'), 'Unshare Sales Forecast Tracker with everyone');
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    const table = await exposure();
    expect(screen.getByLabelText('URL')).toHaveTextContent(`whatIf=unshare_app%3A${s.app}`);
    const [before, after] = cells(table, /^Principals who can act/);
    expect(Number(before?.replace(/,/g, ''))).toBeGreaterThan(Number(after?.replace(/,/g, '')));
    expect(screen.getByRole('heading', { name: 'If you unshare Sales Forecast Tracker with everyone' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Clear simulation' }));
    expect(screen.queryByRole('table', { name: 'Exposure before and after' })).toBeNull();
    expect(screen.getByLabelText('URL')).not.toHaveTextContent('whatIf');
  });

  it('simulates again from a shared link', async () => {
    renderPanel(`?whatIf=replace_identity%3A${s.subject}`);
    await exposure();
    expect(screen.getByText(/Simulating: Replace the identity of Finance SQL \(Dana\)/)).toBeVisible();
    expect(screen.getByRole('list', { name: 'Findings closed' })).toHaveTextContent(/on Finance SQL \(Dana\)/);
  });

  it('is not offered to viewers, even from a link', async () => {
    session.user = { ...DEMO_USER, role: 'viewer' };
    renderPanel(`?selected=${s.app}&whatIf=unshare_app%3A${s.app}`);
    expect(await screen.findByText('Simulating a remediation needs the analyst role.')).toBeVisible();
    expect(screen.queryByLabelText('Change to simulate')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Simulate' })).toBeNull();
  });
});
