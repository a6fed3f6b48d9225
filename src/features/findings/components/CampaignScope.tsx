import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/apiClient';

/**
 * Says that the queue shows one campaign's findings only (those it froze at its start), with a way back to the
 * whole queue: a filter nobody can see in the filter bar would otherwise look like missing findings.
 */
export function CampaignScope({ campaignId, onClear }: { campaignId: string; onClear: () => void }) {
  const campaign = useQuery({ queryKey: ['campaigns', campaignId], queryFn: ({ signal }) => call('getCampaign', { params: { id: campaignId }, signal }) });
  const name = campaign.data?.name;
  return (
    <p className="campaign-scope" role="status">
      Showing only the findings of campaign {name === undefined ? <code>{campaignId}</code> : <strong>{name}</strong>}, as frozen when it started.{' '}
      <button type="button" className="link-button" onClick={onClear}>Show the whole queue</button>
    </p>
  );
}
