import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { call, setApiBase } from './apiClient';
import { claimEarlyResponse, dropEarlyResponses, EARLY_ANSWERS_ID, readEarlyAnswers, startEarlyRequests } from './earlyRequests';

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
  dropEarlyResponses();
});
afterAll(() => server.close());

const OVERVIEW_PATHS = ['/api/v1/snapshots', '/api/v1/me', '/api/v1/posture/finding-metrics', '/api/v1/connections', '/api/v1/principals', '/api/v1/policy/sla'];

describe('early requests', () => {
  it('ask for the overview data before the app runs, and the client uses that answer instead of asking again', async () => {
    startEarlyRequests('/', '', fetch, BASE);
    expect(asked).toEqual(OVERVIEW_PATHS);
    const first = await call('listSnapshots');
    expect(first.items.length).toBeGreaterThan(0);
    expect(asked).toEqual(OVERVIEW_PATHS);
    // Claimed once: a refetch goes to the API.
    await call('listSnapshots');
    expect(asked).toEqual([...OVERVIEW_PATHS, '/api/v1/snapshots']);
  });

  it('do not ask for what the server already answered in the page; the client parses that answer as its own', async () => {
    const fromServer = await (await fetch(`${BASE}/api/v1/snapshots`)).json();
    fromServer.items = fromServer.items.slice(0, 1);
    asked.length = 0;
    startEarlyRequests('/', '', fetch, BASE, { '/api/v1/snapshots': fromServer });
    expect(asked).not.toContain('/api/v1/snapshots');
    expect((await call('listSnapshots')).items).toHaveLength(1);
    expect(asked).not.toContain('/api/v1/snapshots');
  });

  it("read the server's answers from the page's JSON block, and none from a page without one or with a broken one", () => {
    const page = (text: string | undefined) => ({ getElementById: (id: string) => (id === EARLY_ANSWERS_ID && text !== undefined ? ({ textContent: text } as HTMLElement) : null) });
    expect(readEarlyAnswers(page('{"/api/v1/me":{"id":"u1"}}'))).toEqual({ '/api/v1/me': { id: 'u1' } });
    expect(readEarlyAnswers(page(undefined))).toEqual({});
    expect(readEarlyAnswers(page('{"/api/v1/me":'))).toEqual({});
    expect(readEarlyAnswers(page('[1,2]'))).toEqual({});
  });

  it('ask for nothing on other pages, nor for an explorer link with a question the app has to parse', () => {
    startEarlyRequests('/graph', '?focus=p-dana-whitfield', fetch, BASE);
    startEarlyRequests('/inventory', '', fetch, BASE);
    expect(asked).toEqual([]);
    expect(claimEarlyResponse(`${BASE}/api/v1/snapshots`)).toBeUndefined();
  });
});
