import { z } from './zod';
import type { Role } from './me';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One operation of the API: the single description the client, the mock, the server and OpenAPI all read. */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** Path under /api/v1 with `:name` parameters. */
  path: string;
  summary: string;
  tag: string;
  params: P;
  query: Q;
  body: B;
  response: R;
  /** Lowest role allowed; `null` means no session needed (health, openapi). */
  minRole: Role | null;
  /** Mutations carry a version and answer 409 on a stale one. */
  versioned?: boolean;
}

const none = z.object({});
const noBody = z.undefined();

export function endpoint<
  R extends z.ZodType,
  P extends z.ZodType = typeof none,
  Q extends z.ZodType = typeof none,
  B extends z.ZodType = typeof noBody,
>(def: {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  response: R;
  params?: P;
  query?: Q;
  body?: B;
  minRole: Role | null;
  versioned?: boolean;
}): Endpoint<P, Q, B, R> {
  return {
    ...def,
    params: (def.params ?? none) as P,
    query: (def.query ?? none) as Q,
    body: (def.body ?? noBody) as B,
  };
}

export const idParam = z.object({ id: z.string().min(1).max(200) });
