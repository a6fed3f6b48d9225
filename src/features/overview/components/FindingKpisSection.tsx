import type { UseQueryResult } from '@tanstack/react-query';
import type { FindingMetrics } from '../../../contract/findingMetrics';
import { humanize } from '../../../lib/format';
import { useSlaPolicy } from '../../../lib/queries/useSlaPolicy';
import { SLA_SEVERITIES } from '../../../contract/slaPolicy';
import { FindingKpis } from './FindingKpis';

/** SLA compliance and time to remediate as the API computed them, with the scope they cover. */
export function FindingKpisSection({ query, platform }: { query: UseQueryResult<FindingMetrics>; platform: string | undefined }) {
  const policy = useSlaPolicy();
  const slaDays = policy.data ? SLA_SEVERITIES.map((s) => `${s} ${policy.data[s]} days`).join(', ') : null;
  if (query.isPending) return <p className="kpi" role="status">Loading findings…</p>;
  if (query.isError) return <p className="kpi" role="alert">Could not load findings: {query.error.message}</p>;
  const { sla, mttr, findings } = query.data;
  const scope = `${platform ? humanize(platform) : 'all platforms'}, ${findings} finding(s) in every state`;
  return <FindingKpis sla={sla} mttr={mttr} scope={scope} slaDays={slaDays} />;
}
