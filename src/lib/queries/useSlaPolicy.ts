import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../apiClient';

export const SLA_POLICY_KEY = ['slaPolicy'] as const;

/** The SLA policy in force: the remediation board edits it, the overview explains compliance with it. */
export const slaPolicyQuery = queryOptions({ queryKey: SLA_POLICY_KEY, queryFn: ({ signal }) => call('getSlaPolicy', { signal }) });

export function useSlaPolicy() {
  return useQuery(slaPolicyQuery);
}
