import type { NewUser, UserAccount } from '../../src/contract/auth';
import type { Role } from '../../src/contract/me';
import { userIdOf } from '../../src/service/users';
import type { Db } from '../db/open';
import { hashPassword, randomPassword } from './passwords';
import { endSessionsOf } from './sessions';

export async function insertUser(db: Db, user: NewUser, now = new Date()): Promise<UserAccount> {
  const account: UserAccount = { id: userIdOf(user.username), username: user.username, displayName: user.displayName, role: user.role, disabled: false, createdAt: now.toISOString() };
  await db.insertInto('users').values({
    id: account.id, username: account.username, display_name: account.displayName, role: account.role,
    password_hash: await hashPassword(user.password), disabled: false, created_at: account.createdAt,
  }).execute();
  return account;
}

export async function saveUser(db: Db, account: UserAccount, password?: string) {
  await db.updateTable('users').set({
    display_name: account.displayName, role: account.role, disabled: account.disabled,
    ...(password ? { password_hash: await hashPassword(password) } : {}),
  }).where('id', '=', account.id).execute();
  if (password || account.disabled) await endSessionsOf(db, account.id);
}

export async function setPassword(db: Db, username: string, password: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!row) return false;
  await db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', row.id).execute();
  await endSessionsOf(db, row.id);
  return true;
}

/**
 * First start: with no user at all, create `admin` with a random password that is shown once. An operator may
 * supply it instead through SHAREGRAPH_ADMIN_PASSWORD (automated deployments, tests); it is read only here,
 * only when no user exists, and never becomes a default.
 */
export async function provisionAdmin(db: Db, supplied: string | undefined): Promise<{ username: string; password: string; generated: boolean } | null> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  if (supplied !== undefined && supplied.length < 12) throw new Error('SHAREGRAPH_ADMIN_PASSWORD must have at least 12 characters');
  const password = supplied ?? randomPassword();
  await insertUser(db, { username: 'admin', displayName: 'Administrator', role: 'admin' as Role, password });
  return { username: 'admin', password, generated: supplied === undefined };
}
