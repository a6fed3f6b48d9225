// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setApiBase } from '../../../lib/apiClient';
import { createMockServer } from '../../../../mocks/node';
import { ImportForm } from './ImportForm';
import { ImportProgress } from './ImportProgress';

const { server, state } = createMockServer();
const example = readFileSync('docs/examples/inventory.example.json', 'utf8');

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(cleanup);
afterAll(() => server.close());

async function importFile(name: string, text: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><ImportForm /></QueryClientProvider>);
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Inventory file'), new File([text], name, { type: 'application/json' }));
  await user.click(screen.getByRole('button', { name: 'Import' }));
}

describe('the import form', () => {
  it('uploads a native file and reports what it loaded and changed', async () => {
    await importFile('inventory.json', example);
    expect(await screen.findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent(/^Imported 2 connections: \d+ new findings, \d+ resolved, \d+ reopened/);
    const report = screen.getByRole('table', { name: 'Import report' });
    expect(within(report).getByRole('row', { name: 'Principals 4' })).toBeInTheDocument();
    expect(within(report).getByRole('row', { name: 'Shares 1' })).toBeInTheDocument();
    expect(within(report).getByRole('row', { name: 'Secret values stripped 0' })).toBeInTheDocument();
    expect(state.inventory.connections).toHaveLength(2);
  }, 20_000);

  it('names the line and field of a bad record, and the inventory stays as it was', async () => {
    const before = state.inventory;
    const bad = example.replace('"environment": "prod", "connector": "shared_ftp"', '"environment": "staging", "connector": "shared_ftp"');
    await importFile('bad.json', bad);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Import rejected.');
    expect(within(alert).getByRole('list', { name: 'Errors' })).toHaveTextContent(/^line 2\d, connections\[1\]\.environment: /);
    expect(state.inventory).toBe(before);
  }, 20_000);
});

describe('import progress', () => {
  it('shows bytes sent as a determinate bar, then the server step as an indeterminate one with the record count', () => {
    const { rerender } = render(<ImportProgress stage={{ stage: 'uploading', loaded: 512 * 1024, total: 2 * 1024 * 1024, records: 1200 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Upload' });
    expect(bar).toHaveAttribute('value', String(512 * 1024));
    expect(screen.getByRole('status')).toHaveTextContent('Uploading: 512 KB of 2.0 MB (25%)');
    rerender(<ImportProgress stage={{ stage: 'processing', records: 1200 }} />);
    expect(screen.getByRole('progressbar', { name: 'Processing on the server' })).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Processing 1,200 records on the server');
  });
});
