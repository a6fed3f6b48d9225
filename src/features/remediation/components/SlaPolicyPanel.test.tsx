// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setApiBase } from '../../../lib/apiClient';
import type { Role } from '../../../contract/me';
import { createMockServer } from '../../../../mocks/node';
import { DEMO_USER } from '../../../../mocks/state';
import { DEFAULT_SLA_POLICY } from '../../../service/slaPolicy';
import { SlaPolicyPanel } from './SlaPolicyPanel';

const { server, state, session } = createMockServer();

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  state.slaPolicy = DEFAULT_SLA_POLICY;
});
afterAll(() => server.close());

function renderAs(role: Role) {
  session.user = { ...DEMO_USER, role };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><SlaPolicyPanel /></QueryClientProvider>);
  return userEvent.setup();
}

async function setDays(user: ReturnType<typeof userEvent.setup>, label: string, days: string) {
  const input = await screen.findByRole('spinbutton', { name: label });
  await user.clear(input);
  await user.type(input, days);
  return input;
}

describe('the SLA policy panel', () => {
  it('shows viewers and analysts the days per severity, read-only', async () => {
    for (const role of ['viewer', 'analyst'] as const) {
      renderAs(role);
      const table = await screen.findByRole('table', { name: 'Days to remediate per severity' });
      expect(within(table).getByRole('row', { name: 'Critical 7' })).toBeInTheDocument();
      expect(within(table).getByRole('row', { name: 'Low 180' })).toBeInTheDocument();
      expect(screen.queryByRole('spinbutton')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Save SLA policy' })).toBeNull();
      cleanup();
    }
  });

  it('lets a CoE lead save new days', async () => {
    const user = renderAs('coe_lead');
    await setDays(user, 'Critical (days)', '3');
    await user.click(screen.getByRole('button', { name: 'Save SLA policy' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(state.slaPolicy).toMatchObject({ critical: 3, version: 2, updatedBy: 'demo' });
    expect(await screen.findByText(/Changed by demo on/)).toBeInTheDocument();
  });

  it("shows the server's error beside the field it names, and saves nothing", async () => {
    const user = renderAs('admin');
    const medium = await setDays(user, 'Medium (days)', '20');
    await user.click(screen.getByRole('button', { name: 'Save SLA policy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: check the days marked above.');
    expect(medium).toHaveAttribute('aria-invalid', 'true');
    expect(medium).toHaveAccessibleDescription('At least as long as high (30 days)');
    expect(screen.getByRole('spinbutton', { name: 'Critical (days)' })).not.toHaveAttribute('aria-invalid');
    expect(state.slaPolicy).toEqual(DEFAULT_SLA_POLICY);
  });

  it('says when someone else changed the policy first, and reloads it on request', async () => {
    const user = renderAs('coe_lead');
    await setDays(user, 'High (days)', '20');
    // Another lead saves while this form is open.
    state.slaPolicy = { ...DEFAULT_SLA_POLICY, critical: 5, version: 2, updatedAt: '2026-11-15T08:00:00.000Z', updatedBy: 'other.lead' };
    await user.click(screen.getByRole('button', { name: 'Save SLA policy' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else — reload');
    expect(state.slaPolicy.high).toBe(30);
    await user.click(within(alert).getByRole('button', { name: 'Reload the policy' }));
    expect(await screen.findByDisplayValue('5')).toBe(screen.getByRole('spinbutton', { name: 'Critical (days)' }));
    expect(screen.getByRole('spinbutton', { name: 'High (days)' })).toHaveValue(30);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
