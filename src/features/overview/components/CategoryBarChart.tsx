import type { Bar as BarRow } from '../lib/series';
import { humanize } from '../../../lib/format';
import { ChartFigure } from './ChartFigure';
import { CategoryBars } from '../drawings';

/** Open findings of the latest snapshot per category, as horizontal bars so long names stay readable. */
export function CategoryBarChart({ title, how, category, bars }: { title: string; how: string; category: string; bars: BarRow[] }) {
  const rows = bars.map((b) => ({ name: humanize(b.key), count: b.count }));
  return (
    <ChartFigure title={title} how={how} table={{ caption: title, columns: [category, 'Open findings'], rows: rows.map((r) => [r.name, r.count]) }}>
      <CategoryBars title={title} rows={rows} />
    </ChartFigure>
  );
}
