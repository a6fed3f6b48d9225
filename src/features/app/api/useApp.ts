import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

export function useApp(id: string) {
  return useQuery({ queryKey: ['app', id], queryFn: ({ signal }) => call('getApp', { params: { id }, signal }) });
}
