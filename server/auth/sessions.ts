import { createHash, randomBytes } from 'node:crypto';
import type { User } from '../../src/contract/me';
import type { Role } from '../../src/contract/me';
import type { Db } from '../db/open';

export const SESSION_COOKIE = 'sg_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Only a hash of the token is stored: a copy of the database does not hand out live sessions. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function createSession(db: Db, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insertInto('sessions').values({ token_hash: hashToken(token), user_id: userId, created_at: now, expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

/** The user behind a session token, if the session is live and the user is not disabled. */
export async function userOfSession(db: Db, token: string | undefined, now = new Date()): Promise<User | null> {
  if (!token || token.length > 100) return null;
  const row = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role'])
    .where('sessions.token_hash', '=', hashToken(token)).where('sessions.expires_at', '>', now).where('users.disabled', '=', false)
    .executeTakeFirst();
  return row ? { id: row.id, username: row.username, displayName: row.display_name, role: row.role as Role } : null;
}

export async function endSession(db: Db, token: string | undefined) {
  if (token) await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/** Password resets and disabling end every session of the user. */
export async function endSessionsOf(db: Db, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function purgeExpiredSessions(db: Db, now = new Date()) {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
