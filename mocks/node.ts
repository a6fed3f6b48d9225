import { setupServer } from 'msw/node';
import { generateInventory } from '../src/domain';
import { createMockState, DEMO_USER, type MockSession, type MockState } from './state';
import { createHandlers } from './handlers';

/** The mock API for Node tests, with a fixed clock so results are repeatable; signed in as the demo admin. */
export function createMockServer(state: MockState = createMockState(generateInventory('demo'), () => new Date('2026-11-15T09:00:00Z'))) {
  const session: MockSession = { user: DEMO_USER };
  return { server: setupServer(...createHandlers(state, session)), state, session };
}
