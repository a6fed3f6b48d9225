import { Link } from 'react-router';
import { useCan } from '../../../lib/queries/useMe';
import type { QueueParams } from '../useQueueFilter';

const NOT_FILTERS = new Set(['sort', 'groupBy', 'open']);

/**
 * Hands the queue's filter, in its URL spelling (state tab included), to the remediation board's new-campaign
 * form, which freezes the findings the queue shows. Only for those who may start campaigns; the API checks too.
 */
export function StartCampaignLink({ params }: { params: QueueParams }) {
  const canPlan = useCan('coe_lead');
  if (!canPlan) return null;
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && !NOT_FILTERS.has(e[0])));
  // An empty search still opens the form: `state` alone says "the active tab" explicitly.
  if (!search.has('state')) search.set('state', 'open,in_progress');
  return <p className="no-print"><Link to={`/remediation?${search.toString()}`}>Start a campaign from this filter</Link></p>;
}
