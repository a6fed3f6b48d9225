import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, type CallInput } from '../../../lib/apiClient';

export function useImports() {
  return useQuery({ queryKey: ['imports'], queryFn: ({ signal }) => call('listImports', { query: { limit: 50 }, signal }) });
}

/** An import recomputes everything, so every cached view is stale afterwards, failed or not (history changes). */
export function useCreateImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NonNullable<CallInput<'createImport'>['body']>) => call('createImport', { body }),
    onSettled: () => client.invalidateQueries(),
  });
}
