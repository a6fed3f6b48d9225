import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../apiClient';
import { hasRole, type Role } from '../../contract/me';

/** The signed-in user: the shell's name and role, and what the UI shows or hides. */
export const meQuery = queryOptions({ queryKey: ['me'], queryFn: ({ signal }) => call('me', { signal }), staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Whether the signed-in user may do what needs `role`. The UI only hides; the server refuses either way. */
export function useCan(role: Role): boolean {
  const me = useMe();
  return me.data ? hasRole(me.data, role) : false;
}
