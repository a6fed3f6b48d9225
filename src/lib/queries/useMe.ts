import { useQuery } from '@tanstack/react-query';
import { call } from '../apiClient';
import { hasRole, type Role } from '../../contract/me';

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: ({ signal }) => call('me', { signal }), staleTime: 5 * 60_000 });
}

/** Whether the signed-in user may do what needs `role`. The UI only hides; the server refuses either way. */
export function useCan(role: Role): boolean {
  const me = useMe();
  return me.data ? hasRole(me.data, role) : false;
}
