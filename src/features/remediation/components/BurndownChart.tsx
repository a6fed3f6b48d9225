import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { BurndownPoint } from '../lib/burndown';
import { formatDate } from '../../../lib/format';

const day = (t: number) => formatDate(new Date(t).toISOString());

/** Open findings per import against the straight line to the goal; the live count is its own point. */
export function BurndownChart({ rows, how }: { rows: BurndownPoint[]; how: string }) {
  const title = 'Burndown of open findings';
  return (
    <figure className="chart" title={how}>
      <h3>{title}</h3>
      <p className="muted">{how}</p>
      <div aria-hidden="true">
        <ComposedChart data={rows} accessibilityLayer={false} responsive style={{ width: '100%', height: 280 }} title={title}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => day(t).slice(3)} />
          <YAxis allowDecimals={false} width="auto" />
          <Tooltip labelFormatter={(l) => day(Number(l))} />
          <Legend />
          <Line dataKey="open" name="Open at import" stroke="#1d4ed8" connectNulls isAnimationActive={false} />
          <Line dataKey="target" name="Target" stroke="#15803d" strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="live" name="Open now" stroke="#b91c1c" strokeWidth={0} dot={{ r: 5, fill: '#b91c1c' }} isAnimationActive={false} />
        </ComposedChart>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead><tr><th scope="col">Date</th><th scope="col">Open at import</th><th scope="col">Open now</th><th scope="col">Target</th></tr></thead>
        <tbody>
          {rows.map((r) => <tr key={r.t}><td>{day(r.t)}</td><td>{r.open ?? ''}</td><td>{r.live ?? ''}</td><td>{r.target ?? ''}</td></tr>)}
        </tbody>
      </table>
    </figure>
  );
}
