import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { Finding } from '../../../contract/findings';
import { humanize } from '../../../lib/format';
import { meanTimeToRemediate, slaCompliance } from '../lib/findingMetrics';
import { FindingKpis } from './FindingKpis';

type AllFindings = { items: Finding[]; total: number; complete: boolean };

/** Loads the findings behind SLA compliance and time to remediate, and states the scope they cover. */
export function FindingKpisSection({ query, platform }: { query: UseQueryResult<AllFindings>; platform: string | undefined }) {
  // One clock per mount: every tile judges "overdue" against the same instant.
  const [now] = useState(() => new Date());
  if (query.isPending) return <p className="kpi" role="status">Loading findings…</p>;
  if (query.isError) return <p className="kpi" role="alert">Could not load findings: {query.error.message}</p>;
  const { items, total, complete } = query.data;
  const scope = `${platform ? humanize(platform) : 'all platforms'}${complete ? '' : `, first ${items.length} of ${total} findings`}`;
  return <FindingKpis sla={slaCompliance(items, now)} mttr={meanTimeToRemediate(items)} scope={scope} />;
}
