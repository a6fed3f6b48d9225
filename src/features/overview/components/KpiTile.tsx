import { signed } from '../../../lib/format';

/** One figure, its change since the previous snapshot, and how it is computed (the tooltip). */
export function KpiTile({ label, value, previous, how, lowerIsBetter = true }: {
  label: string; value: number; previous: number | undefined; how: string; lowerIsBetter?: boolean;
}) {
  const delta = previous === undefined ? undefined : value - previous;
  const good = delta !== undefined && (lowerIsBetter ? delta < 0 : delta > 0);
  return (
    <div className="kpi" title={how}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value.toLocaleString('en-GB')}</span>
      {delta !== undefined && (
        <span className={`kpi-delta ${delta === 0 ? '' : good ? 'good' : 'bad'}`}>
          {signed(delta)} since previous snapshot
        </span>
      )}
    </div>
  );
}
