import type { Snapshot } from '../../../contract/snapshots';
import { formatDate } from '../../../lib/format';
import { severitySeries, toBars, valueSeries } from '../lib/series';
import { CategoryBarChart } from './CategoryBarChart';
import { SeverityTrendChart } from './SeverityTrendChart';

/** Open findings over time and, for the latest snapshot, by OWASP category, platform and business unit. */
export function Breakdowns({ latest, inPeriod, platform }: { latest: Snapshot; inPeriod: readonly Snapshot[]; platform: string | undefined }) {
  const at = formatDate(latest.takenAt);
  return (
    <section aria-labelledby="breakdowns">
      <h2 id="breakdowns">Findings</h2>
      <div className="charts">
        <SeverityTrendChart rows={severitySeries(inPeriod)} platformRows={valueSeries(inPeriod, (s) => (platform ? s.openByPlatform[platform] : undefined))} platform={platform} />
        <CategoryBarChart title="Open findings by OWASP category" category="OWASP category" bars={toBars(latest.openByOwasp)}
          how={`Open findings of the latest snapshot (${at}) per OWASP Citizen Development and Non-Human Identities Top 10 id; a finding mapped to two ids counts under both. All platforms.`} />
        <CategoryBarChart title="Open findings by platform" category="Platform" bars={toBars(latest.openByPlatform)}
          how={`Open findings of the latest snapshot (${at}) per platform of the subject; identity findings count under the platform of the identity's first connection.`} />
        <CategoryBarChart title="Open findings by business unit" category="Business unit" bars={toBars(latest.openByBusinessUnit)}
          how={`Open findings of the latest snapshot (${at}) per business unit of the connection's owner (department when no unit is set). All platforms.`} />
      </div>
    </section>
  );
}
