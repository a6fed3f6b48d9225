import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useRules } from '../../../lib/queries/useRules';
import { useAllFindings, useSnapshots } from '../api/useRemediation';
import { useRemediationFilters } from '../hooks/useRemediationFilters';
import { isOpen, isOverdue, slaCompliance } from '../../../domain/triage/sla';
import { byMaker, byPlatform, progressBy } from '../lib/progress';
import { makerNotices } from '../lib/notices';
import { BurndownSection } from '../components/BurndownSection';
import { ProgressTable } from '../components/ProgressTable';
import { OverdueList } from '../components/OverdueList';
import { NotifyMakers } from '../components/NotifyMakers';
import { CampaignsSection } from '../components/CampaignsSection';
import { SlaPolicyPanel } from '../components/SlaPolicyPanel';
import './remediation.css';

export function RemediationPage() {
  const findings = useAllFindings();
  const snapshots = useSnapshots();
  const rules = useRules();
  const filters = useRemediationFilters();
  // One clock per visit: every figure on the board judges "overdue" against the same instant.
  const [now] = useState(() => new Date());
  return (
    <>
      <PageHeader title="Remediation" />
      {/* Campaigns load on their own: they need no client-side pass over every finding. */}
      <CampaignsSection now={now} />
      <QueryState query={findings} label="findings">
        {({ items, total, complete }) => {
          const open = items.filter(isOpen);
          const sla = slaCompliance(items, now);
          return (
            <>
              <p title="Open or in-progress findings, and those of them past the due date their severity's SLA sets">
                {open.length} open findings, {sla.overdue} past their due date
                {complete ? '' : ` (computed over the first ${items.length} of ${total} findings)`}.
              </p>
              <p className="sla" title="Share of open or in-progress findings not past their due date; a finding without a due date counts as within SLA">
                SLA compliance: <strong>{sla.percent === null ? 'nothing open' : `${sla.percent.toFixed(1)}%`}</strong>
              </p>
              <QueryState query={snapshots} label="posture history">
                {({ items: snaps }) => <BurndownSection snapshots={snaps} openNow={open.length} now={now} filters={filters} />}
              </QueryState>
              <section aria-labelledby="teams">
                <h2 id="teams">Progress per team</h2>
                <p className="muted">Findings carry their platform but not the owner's department, so teams are platforms here.</p>
                <ProgressTable rows={progressBy(items, byPlatform, now)} caption="Findings by platform" label="Platform" />
              </section>
              <section aria-labelledby="makers">
                <h2 id="makers">Progress per maker</h2>
                <ProgressTable rows={progressBy(items, byMaker, now)} caption="Makers by the open risk they own" label="Maker" linkMakers />
              </section>
              <section aria-labelledby="overdue">
                <h2 id="overdue">Overdue</h2>
                <OverdueList rows={open.filter((f) => isOverdue(f, now))} />
              </section>
              <section aria-labelledby="notify" className="notify">
                <h2 id="notify">Notify makers</h2>
                <QueryState query={rules} label="rule catalog">
                  {(catalog) => <NotifyMakers notices={makerNotices(items, catalog, now)} maker={filters.maker} onMaker={(maker) => filters.set({ maker })} />}
                </QueryState>
              </section>
            </>
          );
        }}
      </QueryState>
      <SlaPolicyPanel />
    </>
  );
}
