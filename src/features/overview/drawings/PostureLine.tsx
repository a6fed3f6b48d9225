import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ValuePoint } from '../lib/series';
import { formatDate } from '../../../lib/format';
import { ACCENT, CHART_HEIGHT, dateTick } from '../components/chartTheme';

/** The posture score at each snapshot (the drawing only; PostureScore gives it its figure and table twin). */
export default function PostureLine({ rows }: { rows: ValuePoint[] }) {
  return (
    <LineChart data={rows} accessibilityLayer={false} responsive style={{ width: '100%', height: CHART_HEIGHT }} title="Posture score over time">
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="takenAt" tickFormatter={dateTick} />
      <YAxis domain={[0, 100]} width="auto" />
      <Tooltip labelFormatter={(l) => formatDate(String(l))} />
      <Line dataKey="value" name="Posture score" stroke={ACCENT} isAnimationActive={false} />
    </LineChart>
  );
}
