import type { Inventory } from '../src/contract/inventory';
import type { User } from '../src/contract/me';
import type { UserAccount } from '../src/contract/auth';
import { createState, type ServiceState } from '../src/service/state';

export type MockState = ServiceState;

/** The mock's one account. It is a development stand-in: the real server has no default password. */
export const DEMO_USER: User = { id: 'u-demo', username: 'demo', displayName: 'Demo Admin', role: 'admin' };
export const DEMO_PASSWORD = 'demo';

/** The mock has no cookies to check; it keeps one signed-in user so sign-out and sign-in behave as on the server. */
export interface MockSession {
  user: User | null;
}

export function createMockState(inventory: Inventory, now: () => Date = () => new Date()): MockState {
  const state = createState(inventory, now);
  const demo: UserAccount = { ...DEMO_USER, disabled: false, createdAt: now().toISOString() };
  state.users.set(demo.id, demo);
  return state;
}
