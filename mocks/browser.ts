import { setupWorker } from 'msw/browser';
import { generateInventory } from '../src/domain';
import { createMockState } from './state';
import { createHandlers } from './handlers';

/** Starts the mock governance API in the browser, seeded from the demo generator. */
export async function startMockApi() {
  const state = createMockState(generateInventory('demo'));
  const worker = setupWorker(...createHandlers(state));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return state;
}
