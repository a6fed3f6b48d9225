import type { z } from 'zod';
import type { EndpointName, Endpoints } from '../../contract/endpoints';
import type { User } from '../../contract/me';
import type { ServiceState } from '../state';

export interface OperationInput<N extends EndpointName> {
  params: z.output<Endpoints[N]['params']>;
  query: z.output<Endpoints[N]['query']>;
  body: z.output<Endpoints[N]['body']>;
}

/** Who is calling; `null` only reaches operations whose endpoint needs no session (health, login). */
export type Caller = User | null;

export type Operation<N extends EndpointName, R = z.input<Endpoints[N]['response']>> =
  (input: OperationInput<N>, state: ServiceState, caller: Caller) => R;

/** One implementation per endpoint; the mapped type makes a missing operation a compile error. */
export type Operations = { [N in EndpointName]: Operation<N> };
