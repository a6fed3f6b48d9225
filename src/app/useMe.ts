import { useQuery } from '@tanstack/react-query';
import { call } from '../lib/apiClient';

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: ({ signal }) => call('me', { signal }), staleTime: 5 * 60_000 });
}
