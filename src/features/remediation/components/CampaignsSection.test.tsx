// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { setApiBase } from '../../../lib/apiClient';
import { createMockServer } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/state';
import { CampaignsSection } from './CampaignsSection';

const { server, state, session } = createMockServer();
const NOW = new Date('2026-11-15T09:00:00Z');

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  state.campaigns.clear();
  session.user = DEMO_USER;
});
afterAll(() => server.close());

function renderSection(search = '') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/remediation${search}`]}>
        <CampaignsSection now={NOW} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the campaigns section', () => {
  it('says when there are no campaigns yet', async () => {
    renderSection();
    expect(await screen.findByText(/No campaigns yet/)).toBeInTheDocument();
  });

  it('starts a campaign from the filter in the URL, counting it first, and shows its progress as text and bar', async () => {
    // The queue's default tab: active findings. The rule with the most of them, so the count is plural.
    const active = [...state.findings.values()].filter((f) => f.state === 'open' || f.state === 'in_progress');
    const perRule = new Map<string, typeof active>();
    for (const f of active) perRule.set(f.ruleId, [...(perRule.get(f.ruleId) ?? []), f]);
    const [ruleId, matching] = [...perRule].sort((a, b) => b[1].length - a[1].length)[0]!;
    renderSection(`?ruleId=${ruleId}`);
    const form = await screen.findByRole('form', { name: 'New campaign' });
    expect(await within(form).findByText(`This campaign will include ${matching.length} findings.`)).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Campaign name'), '<b>Rotate</b> secrets');
    await userEvent.click(within(form).getByRole('button', { name: 'Start campaign' }));

    const card = await screen.findByRole('listitem', { name: '<b>Rotate</b> secrets' });
    expect(within(card).getByRole('heading').textContent).toBe('<b>Rotate</b> secrets');
    expect(within(card).getByText(`0 of ${matching.length} resolved (0%)`).parentElement).toHaveAttribute('title', expect.stringMatching(/frozen when the campaign started/));
    expect(within(card).getByRole('progressbar', { name: 'Progress of <b>Rotate</b> secrets' })).toHaveAttribute('max', String(matching.length));
    expect(within(card).getByText('Demo Admin')).toBeInTheDocument();
    // The queue link names the campaign itself, so the queue shows exactly the findings it froze.
    const link = within(card).getByRole('link', { name: /in the queue/ });
    const campaignId = [...state.campaigns.keys()][0]!;
    expect(Object.fromEntries(new URL(link.getAttribute('href')!, 'http://x').searchParams)).toEqual({ campaignId, state: 'all' });
    expect(screen.getByRole('status', { name: '' }).textContent).toContain('Started campaign');
  });

  it('reports a refused campaign inline, naming the field', async () => {
    renderSection('?q=matches-no-finding-at-all');
    const form = await screen.findByRole('form', { name: 'New campaign' });
    expect(await within(form).findByText(/This campaign will include 0 findings\. Widen the filter/)).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText('Campaign name'), 'Nothing');
    await userEvent.click(within(form).getByRole('button', { name: 'Start campaign' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('body.filter');
    expect(state.campaigns.size).toBe(0);
  });

  it('shows no form to roles that may not start campaigns', async () => {
    session.user = { ...DEMO_USER, role: 'analyst' };
    renderSection('?ruleId=x');
    expect(await screen.findByText(/No campaigns yet/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New campaign' })).not.toBeInTheDocument();
  });
});
