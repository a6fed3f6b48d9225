import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useRules } from '../../../lib/queries/useRules';
import { useRemediationBoard } from '../api/useRemediation';
import { useSnapshots } from '../../../lib/queries/useSnapshots';
import { useRemediationFilters } from '../hooks/useRemediationFilters';
import { BurndownSection } from '../components/BurndownSection';
import { ProgressTable } from '../components/ProgressTable';
import { OverdueList } from '../components/OverdueList';
import { NotifyMakers } from '../components/NotifyMakers';
import { CampaignsSection } from '../components/CampaignsSection';
import { SlaPolicyPanel } from '../components/SlaPolicyPanel';
import './remediation.css';

export function RemediationPage() {
  const board = useRemediationBoard();
  const snapshots = useSnapshots();
  const rules = useRules();
  const filters = useRemediationFilters();
  // One clock per visit: the notices judge "overdue" against the same instant (the board's figures are the API's, now).
  const [now] = useState(() => new Date());
  return (
    <>
      <PageHeader title="Remediation" />
      <CampaignsSection now={now} />
      <QueryState query={board} label="the remediation board">
        {(b) => (
          <>
            <p title="Open or in-progress findings, and those of them past the due date their severity's SLA sets">
              {b.open} open findings, {b.overdue} past their due date.
            </p>
            <p className="sla" title="Share of open or in-progress findings not past their due date; a finding without a due date counts as within SLA">
              SLA compliance: <strong>{b.slaPercent === null ? 'nothing open' : `${b.slaPercent.toFixed(1)}%`}</strong>
            </p>
            <QueryState query={snapshots} label="posture history">
              {({ items: snaps }) => <BurndownSection snapshots={snaps} openNow={b.open} now={now} filters={filters} />}
            </QueryState>
            <section aria-labelledby="teams">
              <h2 id="teams">Progress per team</h2>
              <p className="muted">Findings carry their platform but not the owner's department, so teams are platforms here.</p>
              <ProgressTable ranking={b.byPlatform} caption="Findings by platform" label="Platform" />
            </section>
            <section aria-labelledby="makers">
              <h2 id="makers">Progress per maker</h2>
              <ProgressTable ranking={b.byMaker} caption="Makers by the open risk they own" label="Maker" linkMakers />
            </section>
            <section aria-labelledby="overdue">
              <h2 id="overdue">Overdue</h2>
              <OverdueList ranking={b.overdueFindings} />
            </section>
            <section aria-labelledby="notify" className="notify">
              <h2 id="notify">Notify makers</h2>
              <QueryState query={rules} label="rule catalog">
                {(catalog) => <NotifyMakers makers={b.byMaker.rows} rules={catalog} now={now} maker={filters.maker} onMaker={(maker) => filters.set({ maker })} />}
              </QueryState>
            </section>
          </>
        )}
      </QueryState>
      <SlaPolicyPanel />
    </>
  );
}
