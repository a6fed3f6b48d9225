import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, type CallInput } from '../../../lib/apiClient';

export type FindingsFilter = NonNullable<CallInput<'listFindings'>['query']>;

export function useFindings(filter: FindingsFilter) {
  return useQuery({
    queryKey: ['findings', filter],
    queryFn: ({ signal }) => call('listFindings', { query: filter, signal }),
    placeholderData: (prev) => prev,
  });
}

export function useUpdateFinding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: CallInput<'updateFinding'>['body'] }) =>
      call('updateFinding', { params: { id: input.id }, body: input.body }),
    onSettled: () => client.invalidateQueries({ queryKey: ['findings'] }),
  });
}
