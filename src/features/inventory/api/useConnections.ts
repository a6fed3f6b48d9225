import { useInfiniteQuery } from '@tanstack/react-query';
import { call, type CallInput } from '../../../lib/apiClient';

export type ConnectionsFilter = Omit<NonNullable<CallInput<'listConnections'>['query']>, 'cursor'>;

/** Server-side filtered and sorted pages, fetched on demand with the cursor the API returns. */
export function useConnections(filter: ConnectionsFilter) {
  return useInfiniteQuery({
    queryKey: ['connections', 'list', filter],
    queryFn: ({ pageParam, signal }) => call('listConnections', { query: { ...filter, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}
