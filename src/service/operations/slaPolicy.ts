import type { Operations } from './operations';

export const slaPolicyOperations = {
  getSlaPolicy: (_input, state) => state.slaPolicy,
} satisfies Partial<Operations>;
