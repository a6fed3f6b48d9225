import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../apiClient';

/** The posture history, oldest first: the overview's headline and trends, and the remediation burndown. */
export const snapshotsQuery = queryOptions({ queryKey: ['snapshots'], queryFn: ({ signal }) => call('listSnapshots', { signal }) });

export function useSnapshots() {
  return useQuery(snapshotsQuery);
}
