import type { NewUser, UserAccount, UserPatch } from '../contract/auth';
import { conflict, notFound } from './problems';
import type { ServiceState } from './state';

/** User ids are derived from the (unique, immutable) username, so audit entries stay readable. */
export const userIdOf = (username: string) => `u-${username}`;

export function planNewUser(state: ServiceState, body: NewUser): UserAccount {
  if ([...state.users.values()].some((u) => u.username === body.username)) {
    throw conflict('User exists', `A user named ${JSON.stringify(body.username)} already exists`);
  }
  return { id: userIdOf(body.username), username: body.username, displayName: body.displayName, role: body.role, disabled: false, createdAt: state.now().toISOString() };
}

/** Applies a patch to an account; refuses the one change that would lock every administrator out. */
export function planUserUpdate(state: ServiceState, id: string, patch: UserPatch): UserAccount {
  const current = state.users.get(id);
  if (!current) throw notFound('User', id);
  const next: UserAccount = {
    ...current,
    ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
  };
  const admins = [...state.users.values()].map((u) => (u.id === id ? next : u)).filter((u) => u.role === 'admin' && !u.disabled);
  if (admins.length === 0) throw conflict('Last administrator', 'This change would leave no active administrator');
  return next;
}
