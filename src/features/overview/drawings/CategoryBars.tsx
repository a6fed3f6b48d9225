import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ACCENT } from '../components/chartTheme';

/** Horizontal bars, so long category names stay readable (CategoryBarChart's drawing). */
export default function CategoryBars({ title, rows }: { title: string; rows: { name: string; count: number }[] }) {
  return (
    <BarChart data={rows} layout="vertical" accessibilityLayer={false} responsive style={{ width: '100%', height: 40 + rows.length * 26 }} title={title}
      margin={{ left: 8, right: 16 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="name" width="auto" />
      <Tooltip />
      <Bar dataKey="count" name="Open findings" fill={ACCENT} isAnimationActive={false} />
    </BarChart>
  );
}
