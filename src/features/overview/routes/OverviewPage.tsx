import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useFindingMetrics, useTopConnections, useTopIdentities } from '../api/usePosture';
import { useSnapshots } from '../../../lib/queries/useSnapshots';
import { useOverviewFilters } from '../hooks/useOverviewFilters';
import { OverviewFilters } from '../components/OverviewFilters';
import { PostureScore } from '../components/PostureScore';
import { SnapshotKpis } from '../components/SnapshotKpis';
import { FindingKpisSection } from '../components/FindingKpisSection';
import { Breakdowns } from '../components/Breakdowns';
import { WhatChanged } from '../components/WhatChanged';
import { TopIdentities } from '../components/TopIdentities';
import { TopConnections } from '../components/TopConnections';
import { snapshotsInPeriod } from '../lib/period';
import './overview.css';

export function OverviewPage() {
  const { period, platform, update } = useOverviewFilters();
  const snapshots = useSnapshots();
  const metrics = useFindingMetrics(platform);
  const top = useTopConnections(platform);
  const identities = useTopIdentities();
  return (
    <>
      <PageHeader title="Posture overview" />
      <OverviewFilters period={period} platform={platform} onChange={update} />
      <QueryState query={snapshots} label="posture history">
        {({ items }) => {
          const latest = items.at(-1);
          const previous = items.at(-2);
          if (!latest) return <p>No snapshot yet: import an inventory to record the first one.</p>;
          const inPeriod = snapshotsInPeriod(items, period);
          return (
            <>
              <PostureScore latest={latest} previous={previous} inPeriod={inPeriod} />
              <section aria-labelledby="kpis" className="kpis">
                <h2 id="kpis" className="visually-hidden">Key figures</h2>
                <SnapshotKpis latest={latest} previous={previous} />
                <FindingKpisSection query={metrics} platform={platform} />
              </section>
              <section aria-labelledby="changed">
                <h2 id="changed">What changed since the last import</h2>
                <WhatChanged latest={latest} previous={previous} />
              </section>
              <Breakdowns latest={latest} inPeriod={inPeriod} platform={platform} />
            </>
          );
        }}
      </QueryState>
      <div className="overview-tops">
        <section aria-labelledby="top-identities">
          <h2 id="top-identities">Most exposed identities</h2>
          <QueryState query={identities} label="most exposed identities">{({ items }) => <TopIdentities rows={items} />}</QueryState>
        </section>
        <section aria-labelledby="top-risky">
          <h2 id="top-risky">Riskiest connections</h2>
          <QueryState query={top} label="riskiest connections">{({ items }) => <TopConnections rows={items} />}</QueryState>
        </section>
      </div>
    </>
  );
}
