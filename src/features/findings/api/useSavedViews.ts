import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import type { NewSavedView } from '../../../contract/savedViews';

const KEY = ['savedViews'];

/** The signed-in user's saved queue views, by name. */
export function useSavedViews() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => call('listSavedViews', { signal }) });
}

export function useSaveView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSavedView) => call('createSavedView', { body }),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('deleteSavedView', { params: { id }, body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
