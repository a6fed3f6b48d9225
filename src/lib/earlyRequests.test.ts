import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { call, setApiBase } from './apiClient';
import { claimEarlyResponse, startEarlyRequests } from './earlyRequests';

const BASE = 'http://sharegraph.test';
const { server } = createMockServer();
const asked: string[] = [];
beforeAll(() => {
  setApiBase(BASE);
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));
});
afterEach(() => {
  asked.length = 0;
});
afterAll(() => server.close());

describe('early requests', () => {
  it('ask for the overview snapshots before the app runs, and the client uses that answer instead of asking again', async () => {
    startEarlyRequests('/', '', fetch, BASE);
    expect(asked).toEqual(['/api/v1/snapshots']);
    const first = await call('listSnapshots');
    expect(first.items.length).toBeGreaterThan(0);
    expect(asked).toEqual(['/api/v1/snapshots']);
    // Claimed once: a refetch goes to the API.
    await call('listSnapshots');
    expect(asked).toEqual(['/api/v1/snapshots', '/api/v1/snapshots']);
  });

  it('ask for nothing on other pages, nor for an explorer link with a question the app has to parse', () => {
    startEarlyRequests('/graph', '?focus=p-dana-whitfield', fetch, BASE);
    startEarlyRequests('/inventory', '', fetch, BASE);
    expect(asked).toEqual([]);
    expect(claimEarlyResponse(`${BASE}/api/v1/snapshots`)).toBeUndefined();
  });
});
