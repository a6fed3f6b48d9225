import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { call, setApiBase, ApiError } from '../src/lib/apiClient';
import { contractSuite } from '../test/contractSuite';
import { createMockServer } from './node';
import { DEMO_PASSWORD, DEMO_USER } from './state';

const { server, state } = createMockServer();

beforeAll(() => {
  setApiBase('http://sharegraph.test');
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

contractSuite({ name: 'the mock API', state: () => state, admin: { username: DEMO_USER.username, password: DEMO_PASSWORD } });

describe('the typed client', () => {
  it('fails loudly when a response drifts from the contract', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.json({ id: 'u', username: 'x', displayName: 'X', role: 'superuser' })));
    const err = await call('me').catch((e: unknown) => e);
    expect((err as ApiError).problem.title).toBe('The API answered outside its contract');
    server.resetHandlers();
  });
});
