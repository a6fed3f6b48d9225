import type { z } from 'zod';
import type { EndpointName, Endpoints } from '../../src/contract/endpoints';
import type { MockState } from '../state';

export interface OperationInput<N extends EndpointName> {
  params: z.output<Endpoints[N]['params']>;
  query: z.output<Endpoints[N]['query']>;
  body: z.output<Endpoints[N]['body']>;
}

/** One implementation per endpoint; the mapped type makes a missing operation a compile error. */
export type Operations = {
  [N in EndpointName]: (input: OperationInput<N>, state: MockState) => z.input<Endpoints[N]['response']>;
};
