import { randomBytes, timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/contract/csp';
import { ProblemError } from '../../src/service/problems';

export const CSRF_COOKIE = 'sg_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The CSP string of `src/contract/csp.ts` as helmet's directive map, so the policy is written once. */
function cspDirectives(): Record<string, string[]> {
  return Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

export async function registerSecurityHeaders(app: FastifyInstance, tls: boolean) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives() },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // HSTS only means something over TLS; on plain loopback HTTP it would just be ignored or confuse.
    strictTransportSecurity: tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // Headers helmet has no option for come from the same table vite preview uses.
  app.addHook('onSend', async (_req, reply) => {
    reply.header('Permissions-Policy', SECURITY_HEADERS['Permissions-Policy']);
  });
}

export const cookieBase = (secure: boolean) => ({ path: '/', sameSite: 'strict' as const, secure });

/**
 * CSRF double submit: every response makes sure the browser holds a random `sg_csrf` cookie (readable by the
 * app's script), and every state-changing request must echo it in `x-csrf-token`. Another origin can make the
 * browser send the cookie but cannot read it to set the header. SameSite=Strict is the second lock.
 */
export function registerCsrfCookie(app: FastifyInstance, secure: boolean) {
  app.addHook('onRequest', async (req, reply) => {
    if (!req.cookies[CSRF_COOKIE]) reply.setCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), { ...cookieBase(secure), httpOnly: false });
  });
}

export function checkCsrf(req: FastifyRequest) {
  const cookie = req.cookies[CSRF_COOKIE];
  const header = req.headers[CSRF_HEADER];
  const ok = typeof cookie === 'string' && typeof header === 'string' && cookie.length > 0 && cookie.length === header.length &&
    timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
  if (!ok) {
    throw new ProblemError({ type: 'about:blank', title: 'Forbidden', status: 403, detail: `State-changing requests must send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header` });
  }
}

export function rotateCsrf(reply: FastifyReply, secure: boolean) {
  reply.setCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), { ...cookieBase(secure), httpOnly: false });
}
