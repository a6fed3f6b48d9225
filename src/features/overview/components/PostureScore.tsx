import type { Snapshot } from '../../../contract/snapshots';
import { formatDate, signed } from '../../../lib/format';
import { explainPosture } from '../lib/posture';
import { valueSeries } from '../lib/series';
import { ChartFigure } from './ChartFigure';
import { PostureLine } from '../drawings';

const HOW = '100 / (1 + finding points per connection): a critical finding costs 10 points, high 5, medium 2, low 1. Higher is better; 50 means one point per connection on average. Recorded at each import.';

/** The headline number, worked through with the latest snapshot's own figures, and its trend over the period. */
export function PostureScore({ latest, previous, inPeriod }: { latest: Snapshot; previous: Snapshot | undefined; inPeriod: readonly Snapshot[] }) {
  const e = explainPosture(latest);
  const rows = valueSeries(inPeriod, (s) => s.postureScore);
  return (
    <section aria-labelledby="posture" className="posture">
      <div>
        <h2 id="posture">Posture score</h2>
        <p className="posture-score" title={HOW}>
          <span className="kpi-value">{latest.postureScore}</span> / 100
          {previous && <span className="muted"> ({signed(latest.postureScore - previous.postureScore)} since {formatDate(previous.takenAt)})</span>}
        </p>
        <p className="muted">{HOW}</p>
        <p>
          On {formatDate(latest.takenAt)}: {e.terms.map((t) => `${t.count} ${t.severity} × ${t.weight}`).join(' + ')} = {e.points} points
          over {latest.connections} connections = {e.perConnection.toFixed(2)} per connection, so 100 / {(1 + e.perConnection).toFixed(2)} = {e.score}.
        </p>
      </div>
      <ChartFigure title="Posture score over time" how="The posture score recorded by each snapshot in the period."
        table={{ caption: 'Posture score at each snapshot', columns: ['Snapshot', 'Score'], rows: rows.map((r) => [formatDate(r.takenAt), r.value]) }}>
        <PostureLine rows={rows} />
      </ChartFigure>
    </section>
  );
}
