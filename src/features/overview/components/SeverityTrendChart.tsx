import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeverityPoint, ValuePoint } from '../lib/series';
import { SEVERITIES } from '../lib/series';
import { formatDate, humanize } from '../../../lib/format';
import { ACCENT, CHART_HEIGHT, dateTick, SEVERITY_COLOURS } from './chartTheme';
import { ChartFigure } from './ChartFigure';

/** Open findings at each snapshot, stacked by severity; or, with a platform chosen, that platform's line. */
export function SeverityTrendChart({ rows, platformRows, platform }: { rows: SeverityPoint[]; platformRows: ValuePoint[]; platform: string | undefined }) {
  if (platform) {
    const title = `Open findings over time on ${humanize(platform)}`;
    return (
      <ChartFigure title={title} how="Open findings whose subject is on this platform, as recorded by each snapshot (identity findings count under the platform of the identity's first connection)."
        table={{ caption: title, columns: ['Snapshot', 'Open findings'], rows: platformRows.map((r) => [formatDate(r.takenAt), r.value]) }}>
        <AreaChart data={platformRows} accessibilityLayer={false} responsive style={{ width: '100%', height: CHART_HEIGHT }} title={title}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="takenAt" tickFormatter={dateTick} />
          <YAxis allowDecimals={false} width="auto" />
          <Tooltip labelFormatter={(l) => formatDate(String(l))} />
          <Area dataKey="value" name="Open findings" stroke={ACCENT} fill={ACCENT} fillOpacity={0.3} isAnimationActive={false} />
        </AreaChart>
      </ChartFigure>
    );
  }
  const title = 'Open findings over time by severity';
  return (
    <ChartFigure title={title} how="Findings open at each snapshot (not resolved, accepted or dismissed), stacked by severity; all platforms."
      table={{ caption: title, columns: ['Snapshot', ...SEVERITIES.map((s) => humanize(s))], rows: rows.map((r) => [formatDate(r.takenAt), ...SEVERITIES.map((s) => r[s])]) }}>
      <AreaChart data={rows} accessibilityLayer={false} responsive style={{ width: '100%', height: CHART_HEIGHT }} title={title}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="takenAt" tickFormatter={dateTick} />
        <YAxis allowDecimals={false} width="auto" />
        <Tooltip labelFormatter={(l) => formatDate(String(l))} />
        <Legend />
        {[...SEVERITIES].reverse().map((s) => (
          <Area key={s} dataKey={s} name={s} stackId="open" stroke={SEVERITY_COLOURS[s]} fill={SEVERITY_COLOURS[s]} fillOpacity={0.6} isAnimationActive={false} />
        ))}
      </AreaChart>
    </ChartFigure>
  );
}
