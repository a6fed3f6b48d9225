import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeverityPoint, ValuePoint } from '../lib/series';
import { SEVERITIES } from '../lib/series';
import { formatDate } from '../../../lib/format';
import { ACCENT, CHART_HEIGHT, dateTick, SEVERITY_COLOURS } from '../components/chartTheme';

/** Open findings over time: one platform's area, or all findings stacked by severity (SeverityTrendChart's drawing). */
export default function SeverityAreas({ title, rows, platformRows }: { title: string; rows: SeverityPoint[]; platformRows: ValuePoint[] | null }) {
  const areas = platformRows
    ? [<Area key="value" dataKey="value" name="Open findings" stroke={ACCENT} fill={ACCENT} fillOpacity={0.3} isAnimationActive={false} />]
    : [<Legend key="legend" />, ...[...SEVERITIES].reverse().map((s) => (
      <Area key={s} dataKey={s} name={s} stackId="open" stroke={SEVERITY_COLOURS[s]} fill={SEVERITY_COLOURS[s]} fillOpacity={0.6} isAnimationActive={false} />
    ))];
  const data: (SeverityPoint | ValuePoint)[] = platformRows ?? rows;
  return (
    <AreaChart data={data} accessibilityLayer={false} responsive style={{ width: '100%', height: CHART_HEIGHT }} title={title}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="takenAt" tickFormatter={dateTick} />
      <YAxis allowDecimals={false} width="auto" />
      <Tooltip labelFormatter={(l) => formatDate(String(l))} />
      {areas}
    </AreaChart>
  );
}
