import { useId } from 'react';
import { signed } from '../../../lib/format';

/**
 * One figure, its change since the previous snapshot, and how it is computed: as a hover tooltip (title) and
 * as the tile's accessible description, so keyboard and screen-reader users get the explanation too.
 * `value` null means the figure cannot be computed honestly yet; `unavailable` says why instead of a number.
 */
export function KpiTile({ label, value, display, previous, how, unavailable, noHistory, lowerIsBetter = true }: {
  label: string; value: number | null; display?: string; previous?: number | undefined; how: string;
  unavailable?: string; noHistory?: string; lowerIsBetter?: boolean;
}) {
  const id = useId();
  const delta = value === null || previous === undefined ? undefined : value - previous;
  const good = delta !== undefined && (lowerIsBetter ? delta < 0 : delta > 0);
  return (
    <div className="kpi" title={how} role="group" aria-labelledby={`${id}-l`} aria-describedby={`${id}-h`}>
      <span className="kpi-label" id={`${id}-l`}>{label}</span>
      {value === null
        ? <span className="kpi-value kpi-unavailable">{unavailable ?? 'not available'}</span>
        : <span className="kpi-value">{display ?? value.toLocaleString('en-GB')}</span>}
      {delta !== undefined && (
        <span className={`kpi-delta ${delta === 0 ? '' : good ? 'good' : 'bad'}`}>{signed(delta)} since previous snapshot</span>
      )}
      {delta === undefined && noHistory && <span className="kpi-delta muted">{noHistory}</span>}
      <span id={`${id}-h`} className="visually-hidden">{how}</span>
    </div>
  );
}
