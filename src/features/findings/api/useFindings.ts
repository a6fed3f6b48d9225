import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call, type CallInput, type CallOutput } from '../../../lib/apiClient';
import type { Finding, FindingPatch } from '../../../contract/findings';

export type FindingsFilter = NonNullable<CallInput<'listFindings'>['query']>;
type FindingsPage = CallOutput<'listFindings'>;
type Detail = CallOutput<'getFinding'>;

export function useFindings(filter: FindingsFilter) {
  return useQuery({
    queryKey: ['findings', 'list', filter],
    queryFn: ({ signal }) => call('listFindings', { query: filter, signal }),
    placeholderData: (prev) => prev,
  });
}

export function useFinding(id: string | undefined) {
  return useQuery({
    queryKey: ['findings', 'detail', id],
    queryFn: ({ signal }) => call('getFinding', { params: { id: id! }, signal }),
    enabled: id !== undefined,
  });
}

/** What the edit would make of the finding, shown at once; the server's answer (or a rollback) replaces it. */
function optimistic(f: Finding, patch: FindingPatch): Finding {
  const next = { ...f };
  if (patch.state !== undefined) next.state = patch.state;
  if (patch.assigneeId !== undefined) next.assigneeId = patch.assigneeId;
  if (patch.dueAt !== undefined) next.dueAt = patch.dueAt;
  return next;
}

function patchCaches(client: QueryClient, id: string, edit: (f: Finding) => Finding) {
  client.setQueriesData<FindingsPage>({ queryKey: ['findings', 'list'] }, (page) =>
    page && { ...page, items: page.items.map((f) => (f.id === id ? edit(f) : f)) });
  client.setQueryData<Detail>(['findings', 'detail', id], (d) => d && { ...d, finding: edit(d.finding) });
}

/**
 * A triage edit with optimistic UI: the queue and the panel show the change at once and roll back if the server
 * refuses it (a 409 conflict included, which the caller shows with what changed).
 */
export function useUpdateFinding() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: FindingPatch }) => call('updateFinding', { params: { id: input.id }, body: input.body }),
    onMutate: async ({ id, body }) => {
      await client.cancelQueries({ queryKey: ['findings'] });
      const snapshot = client.getQueriesData({ queryKey: ['findings'] });
      patchCaches(client, id, (f) => optimistic(f, body));
      return { snapshot };
    },
    onError: (_err, _input, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data);
    },
    onSuccess: (detail) => {
      client.setQueryData(['findings', 'detail', detail.finding.id], detail);
      patchCaches(client, detail.finding.id, () => detail.finding);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['findings', 'list'] }),
  });
}

export function useBulkUpdate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CallInput<'bulkUpdateFindings'>['body'] & object) => call('bulkUpdateFindings', { body }),
    onSettled: () => client.invalidateQueries({ queryKey: ['findings'] }),
  });
}
