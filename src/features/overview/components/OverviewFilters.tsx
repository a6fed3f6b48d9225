import { Field } from '../../../components/Field';
import { Platform } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { PERIODS, type Period } from '../lib/period';

/** Page-wide filters; their values live in the URL (see useOverviewFilters). */
export function OverviewFilters({ period, platform, onChange }: {
  period: Period; platform: string | undefined; onChange: (patch: { period?: string; platform?: string }) => void;
}) {
  return (
    <div className="filters no-print" role="search" aria-label="Overview filters">
      <Field label="Period">
        {(id) => (
          <select id={id} value={period} onChange={(e) => onChange({ period: e.target.value })}>
            {PERIODS.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        )}
      </Field>
      <Field label="Platform">
        {(id) => (
          <select id={id} value={platform ?? ''} onChange={(e) => onChange({ platform: e.target.value })}>
            <option value="">All platforms</option>
            {Platform.options.map((p) => <option key={p} value={p}>{humanize(p)}</option>)}
          </select>
        )}
      </Field>
      <p className="muted filters-note">
        Period applies to the trends. Platform applies to the trend of open findings, SLA compliance, time to remediate and
        the riskiest connections; the other figures are recorded per import for all platforms.
      </p>
    </div>
  );
}
