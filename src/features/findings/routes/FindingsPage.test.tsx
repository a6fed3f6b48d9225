// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router';
import { setApiBase } from '../../../lib/apiClient';
import { http } from 'msw';
import { createMockServer } from '../../../../mocks/node';
import { FindingsPage } from './FindingsPage';

const { server, state } = createMockServer();

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  // jsdom does no layout; the queue scrolls the cursor row into view.
  Element.prototype.scrollIntoView = () => undefined;
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(cleanup);
afterAll(() => server.close());

function Location() {
  return <output aria-label="URL">{useLocation().search}</output>;
}

function renderQueue(search: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/findings${search}`]}>
        <FindingsPage />
        <Location />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** The group row groups, once the queue has loaded (role queries are slow over a large table, so query once). */
async function groupsShown() {
  await screen.findByText(/findings match$/, {}, { timeout: 10_000 });
  return screen.getAllByRole('rowgroup').filter((g) => g.classList.contains('group'));
}

describe('the grouped findings queue', () => {
  it('shows each rule as a group with its count, and j/k/Enter move through the groups', async () => {
    renderQueue('?groupBy=rule&state=all');
    const groups = await groupsShown();
    const perRule = new Map<string, number>();
    for (const f of state.findings.values()) perRule.set(f.title, (perRule.get(f.title) ?? 0) + 1);
    // Group headers name the rule and its count over every matching finding, largest first.
    const [title, count] = [...perRule].sort((a, b) => b[1] - a[1])[0]!;
    expect(groups[0]).toHaveAccessibleName(`${title} ${count.toLocaleString('en-GB')} findings`);
    const firstRows = within(groups[0]!).getAllByRole('row').slice(1);
    expect(firstRows.length).toBeGreaterThan(0);

    const user = userEvent.setup();
    // jsdom focuses the closed shortcuts dialog's autofocus button (a browser cannot focus what is not shown).
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('j');
    expect(firstRows[0]).toHaveAttribute('aria-current', 'true');
    // Past the end of the first group, the cursor goes on into the second.
    for (let i = 1; i <= firstRows.length; i++) await user.keyboard('j');
    const secondRows = within(groups[1]!).getAllByRole('row').slice(1);
    expect(secondRows[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('k');
    expect(firstRows.at(-1)).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status', { name: 'URL' }).textContent).toMatch(/open=/);
    expect(await screen.findByRole('complementary', { name: 'Finding details' })).toBeInTheDocument();
  }, 30_000);

  it('groups by identity when the URL says so, and the control shows it', async () => {
    renderQueue('?groupBy=identity');
    const groups = await groupsShown();
    expect(groups.length).toBeGreaterThan(1);
    // Label queries walk every aria-label of a 100-row table; look inside the filter form only.
    expect(within(screen.getByRole('search', { name: 'Filter findings' })).getByLabelText('Group by')).toHaveValue('identity');
  }, 30_000);
});

describe('while a new filter is answered', () => {
  it("never offers 'select all matching' with the previous filter's count", async () => {
    renderQueue('');
    await screen.findByText(/^\d+ findings match$/, {}, { timeout: 10_000 });
    expect(screen.getByRole('button', { name: /^Select all \d+ matching$/ })).toBeInTheDocument();
    // Hold the next answer back until the check below has looked.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => { release = r; });
    // Resolving with nothing falls through to the mock's own handler, once the hold is released.
    server.use(http.get('http://sharegraph.test/api/v1/findings', async () => { await held; }, { once: true }));
    await userEvent.selectOptions(screen.getByLabelText('Severity'), 'critical');
    expect(await screen.findByText('Counting the findings that match…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Select all \d+ matching$/ })).toBeNull();
    release();
    const critical = [...state.findings.values()].filter((f) => f.severity === 'critical' && (f.state === 'open' || f.state === 'in_progress')).length;
    expect(await screen.findByRole('button', { name: `Select all ${critical} matching` })).toBeInTheDocument();
  }, 20_000);
});
