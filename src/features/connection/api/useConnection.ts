import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

export function useConnection(id: string) {
  return useQuery({ queryKey: ['connection', id], queryFn: ({ signal }) => call('getConnection', { params: { id }, signal }) });
}
