import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Bar as BarRow } from '../lib/series';
import { humanize } from '../../../lib/format';
import { ACCENT } from './chartTheme';
import { ChartFigure } from './ChartFigure';

/** Open findings of the latest snapshot per category, as horizontal bars so long names stay readable. */
export function CategoryBarChart({ title, how, category, bars }: { title: string; how: string; category: string; bars: BarRow[] }) {
  const rows = bars.map((b) => ({ name: humanize(b.key), count: b.count }));
  return (
    <ChartFigure title={title} how={how} table={{ caption: title, columns: [category, 'Open findings'], rows: rows.map((r) => [r.name, r.count]) }}>
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} responsive style={{ width: '100%', height: 40 + rows.length * 26 }} title={title}
        margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width="auto" />
        <Tooltip />
        <Bar dataKey="count" name="Open findings" fill={ACCENT} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
