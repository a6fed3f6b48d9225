// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { SCENARIOS } from '../../../domain';
import { setApiBase } from '../../../lib/apiClient';
import { createMockServer } from '../../../../mocks/node';
import { SIDE_PANEL_FINDINGS } from '../api/useNodeFindings';
import { NodeFindings } from './NodeFindings';

const { server, state } = createMockServer();
const s = SCENARIOS.embeddedIdentity;

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(cleanup);
afterAll(() => server.close());

function renderFindings(id: string, label: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter><NodeFindings id={id} label={label} drillDown={`/connections/${id}`} /></MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("the side panel's findings", () => {
  it('lists the open findings of the node, riskiest first, with severity and a link to each in the queue', async () => {
    renderFindings(s.subject, 'Finance SQL (Dana)');
    const list = await screen.findByRole('list', { name: 'Findings of Finance SQL (Dana)' }, { timeout: 10_000 });
    const items = within(list).getAllByRole('listitem');
    const about = [...state.findings.values()].filter((f) => (f.subjectId === s.subject || f.relatedIds.includes(s.subject)) && (f.state === 'open' || f.state === 'in_progress'));
    expect(items).toHaveLength(Math.min(SIDE_PANEL_FINDINGS, about.length));
    const riskiest = [...about].sort((a, b) => b.riskScore - a.riskScore)[0]!;
    expect(items[0]).toHaveTextContent(riskiest.severity);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', `/findings?state=all&open=${encodeURIComponent(riskiest.id)}`);
    if (about.length > SIDE_PANEL_FINDINGS) {
      expect(screen.getByRole('link', { name: `All ${about.length} open findings of Finance SQL (Dana)` })).toHaveAttribute('href', `/connections/${s.subject}`);
    }
  });

  it('says so when a node has none', async () => {
    renderFindings('t-nothing-here', 'Nothing');
    expect(await screen.findByText('No open finding about Nothing.', {}, { timeout: 10_000 })).toBeVisible();
  });
});
