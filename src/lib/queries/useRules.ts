import { useQuery } from '@tanstack/react-query';
import { call } from '../apiClient';

/** The rule catalog changes only with a release; fetch it once per session. */
export function useRules() {
  return useQuery({
    queryKey: ['rules'],
    queryFn: ({ signal }) => call('rules', { signal }),
    staleTime: Infinity,
    select: (data) => new Map(data.rules.map((r) => [r.id, r])),
  });
}
