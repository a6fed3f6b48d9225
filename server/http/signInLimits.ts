import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';

export interface SignInLimits {
  /** Attempts on one account from one client address per window: what stops guessing one password. */
  perAccount: number;
  /** Attempts on any accounts from one client address per window: what stops one password tried on many accounts. */
  perClient: number;
  timeWindow: number;
}

/** The account a sign-in names (usernames are lower case, so case variants count as one), bounded: the body is the caller's. */
function accountOf(req: FastifyRequest): string {
  const username = (req.body as { username?: unknown } | null)?.username;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 200) : '';
}

/**
 * Sign-in throttling in two layers. Counting every attempt per address alone locks out an office behind one NAT
 * address the morning eleven colleagues sign in; counting per account alone lets one address spray a common
 * password across every account. Both run once the body is parsed (the account is in it). The plugin runs one of
 * its own limiters per request, so the per-client layer is a second counter checked by hand, in the same store.
 */
export function signInLimits(app: FastifyInstance, limits: SignInLimits) {
  const perClient = app.createRateLimit({ max: limits.perClient, timeWindow: limits.timeWindow, keyGenerator: (req) => `${req.ip} sign-in, any account` });
  const rateLimit: RateLimitOptions = {
    max: limits.perAccount, timeWindow: limits.timeWindow, hook: 'preHandler',
    keyGenerator: (req) => `${req.ip} sign-in as ${accountOf(req)}`,
  };
  return {
    config: { rateLimit },
    preHandler: [async (req: FastifyRequest, reply: FastifyReply) => {
      const verdict = await perClient(req);
      if (verdict.isAllowed || !verdict.isExceeded) return;
      reply.header('retry-after', verdict.ttlInSeconds);
      throw Object.assign(new Error(`Too many sign-in attempts from this address; retry in ${verdict.ttlInSeconds} s`), { statusCode: 429 });
    }],
  };
}
