import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

export function usePrincipal(id: string) {
  return useQuery({ queryKey: ['principal', id], queryFn: ({ signal }) => call('getPrincipal', { params: { id }, signal }) });
}
