import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../src/contract/problem';
import { ProblemError } from '../../src/service/problems';
import { isStorageFailure } from '../db/storageErrors';

export const sendProblem = (reply: FastifyReply, problem: Problem) =>
  reply.code(problem.status).type('application/problem+json').send(problem);

/**
 * Every error leaves as RFC 9457 problem details. Client errors Fastify raises itself (bad JSON, body too
 * large, rate limit) keep their status and message; anything else is a 500 whose cause goes to the log only,
 * never a stack trace to the client.
 */
export function errorHandler(err: FastifyError | ProblemError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof ProblemError) return sendProblem(reply, err.problem);
  if (isStorageFailure(err)) {
    // Writes commit before memory changes (see src/service/writes.ts), so a refused write changed nothing.
    req.log.error({ err }, 'the database storage refused a write');
    return sendProblem(reply, {
      type: 'about:blank', title: 'Storage unavailable', status: 503,
      detail: `The server could not write to its database (disk full or read-only storage), so nothing was changed. Try again once the storage is fixed; request ${req.id}.`,
    });
  }
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
  if (status === 500) {
    req.log.error({ err }, 'request failed');
    return sendProblem(reply, { type: 'about:blank', title: 'Internal server error', status, detail: `Request ${req.id} failed; the server log has the cause.` });
  }
  const title = status === 413 ? 'Request too large' : status === 429 ? 'Too many requests' : 'Invalid request';
  return sendProblem(reply, { type: 'about:blank', title, status, detail: err.message });
}
