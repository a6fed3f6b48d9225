import type { SeverityPoint, ValuePoint } from '../lib/series';
import { SEVERITIES } from '../lib/series';
import { formatDate, humanize } from '../../../lib/format';
import { ChartFigure } from './ChartFigure';
import { SeverityAreas } from '../drawings';

/** Open findings at each snapshot, stacked by severity; or, with a platform chosen, that platform's line. */
export function SeverityTrendChart({ rows, platformRows, platform }: { rows: SeverityPoint[]; platformRows: ValuePoint[]; platform: string | undefined }) {
  if (platform) {
    const title = `Open findings over time on ${humanize(platform)}`;
    return (
      <ChartFigure title={title} how="Open findings whose subject is on this platform, as recorded by each snapshot (identity findings count under the platform of the identity's first connection)."
        table={{ caption: title, columns: ['Snapshot', 'Open findings'], rows: platformRows.map((r) => [formatDate(r.takenAt), r.value]) }}>
        <SeverityAreas title={title} rows={rows} platformRows={platformRows} />
      </ChartFigure>
    );
  }
  const title = 'Open findings over time by severity';
  return (
    <ChartFigure title={title} how="Findings open at each snapshot (not resolved, accepted or dismissed), stacked by severity; all platforms."
      table={{ caption: title, columns: ['Snapshot', ...SEVERITIES.map((s) => humanize(s))], rows: rows.map((r) => [formatDate(r.takenAt), ...SEVERITIES.map((s) => r[s])]) }}>
      <SeverityAreas title={title} rows={rows} platformRows={null} />
    </ChartFigure>
  );
}
