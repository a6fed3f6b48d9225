import { setupServer } from 'msw/node';
import { generateInventory } from '../src/domain';
import { createMockState, type MockState } from './state';
import { createHandlers } from './handlers';

/** The mock API for Node tests, with a fixed clock so results are repeatable. */
export function createMockServer(state: MockState = createMockState(generateInventory('demo'), () => new Date('2026-11-15T09:00:00Z'))) {
  return { server: setupServer(...createHandlers(state)), state };
}
