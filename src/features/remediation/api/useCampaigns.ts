import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';
import type { CampaignFilter, NewCampaign } from '../../../contract/campaigns';

const KEY = ['campaigns'];

/**
 * Every campaign with its progress, computed by the API from the findings as they are now. Never fresh for
 * long: triage elsewhere (the queue, another analyst) moves progress, so each visit asks again.
 */
export function useCampaigns() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => call('listCampaigns', { signal }), staleTime: 0 });
}

/**
 * How many findings a campaign on this filter would freeze: the queue's own count for the same filter (the API
 * matches both with one implementation), asked for one row only.
 */
export function useCampaignPreview(filter: CampaignFilter) {
  return useQuery({
    queryKey: ['findings', 'campaign-preview', filter],
    queryFn: ({ signal }) => call('listFindings', { query: { ...filter, limit: 1 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCampaign) => call('createCampaign', { body }),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCloseCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('deleteCampaign', { params: { id }, body: {} }),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
