import type { Metric } from '../../../contract/findingMetrics';
import { KpiTile } from './KpiTile';

const NOT_RECORDED = 'not recorded by snapshots, so no change to show';

/** Figures computed from the findings themselves, now; snapshots do not record them, so they have no trend. */
/** `slaDays` spells the policy in force ("critical 7 days, …"), or null while it loads. */
export function FindingKpis({ sla, mttr, scope, slaDays }: { sla: Metric; mttr: Metric; scope: string; slaDays: string | null }) {
  return (
    <>
      <KpiTile label="SLA compliance" lowerIsBetter={false} noHistory={NOT_RECORDED}
        value={sla.kind === 'value' ? sla.value : null} display={sla.kind === 'value' ? `${sla.value.toFixed(1)}%` : undefined}
        unavailable="no open findings"
        how={`Share of open or in-progress findings (${scope}) not past their due date, now; ${sla.sample} open. Due dates follow the SLA policy by severity${slaDays ? ` (${slaDays})` : ''}, unless set by hand; a finding without a due date counts as within SLA.`} />
      <KpiTile label="Mean time to remediate" noHistory={NOT_RECORDED}
        value={mttr.kind === 'value' ? mttr.value : null} display={mttr.kind === 'value' ? `${mttr.value.toFixed(1)} days` : undefined}
        unavailable="not enough history"
        how={`Mean days from first seen to resolution over resolved findings (${scope}); the last update of a resolved finding stands in for its resolution date. ${mttr.kind === 'value' ? `${mttr.sample} resolved findings.` : `Needs at least ${mttr.needed} resolved findings; ${mttr.sample} so far.`}`} />
    </>
  );
}
