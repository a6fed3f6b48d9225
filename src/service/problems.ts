import type { Problem } from '../contract/problem';
import type { z } from 'zod';

/** Thrown by operations; the mock handler and the server route turn it into an RFC 9457 response. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

export const notFound = (what: string, id: string) =>
  new ProblemError({ type: 'about:blank', title: `${what} not found`, status: 404, detail: `No ${what.toLowerCase()} has id ${JSON.stringify(id)}` });

export const forbidden = (needed: string) =>
  new ProblemError({ type: 'about:blank', title: 'Forbidden', status: 403, detail: `This action needs the ${needed} role or higher` });

/** A validation failure naming each field (and where the input came from: path, query or body). */
export function invalid(where: string, error: z.ZodError): ProblemError {
  return new ProblemError({
    type: 'about:blank',
    title: 'Invalid request',
    status: 400,
    detail: `The ${where} did not match the API contract`,
    errors: error.issues.map((i) => ({ field: [where, ...i.path.map(String)].join('.'), message: i.message })),
  });
}

export const unauthorized = () =>
  new ProblemError({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Sign in to use the API' });

export const conflict = (title: string, detail: string, current?: unknown) =>
  new ProblemError({ type: 'about:blank', title, status: 409, detail, ...(current === undefined ? {} : { current }) });
