import { Suspense, useDeferredValue, useId, type ReactNode } from 'react';

export interface TableTwin {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/**
 * A chart with its title, how its numbers are computed, and a visually hidden table of the same numbers:
 * screen-reader and keyboard users get the data rather than a picture of it, and tests can read the figures.
 */
export function ChartFigure({ title, how, table, children }: { title: string; how: string; table: TableTwin; children: ReactNode }) {
  const id = useId();
  // The charts are drawn in a background render after the first paint: drawing five of them took ~0.7 s of one
  // task on a 2-core machine, and it held back the figures and text above them (the overview's largest paint).
  // Their table twins, cheap and what assistive technology reads, come at once. The placeholder keeps the chart's
  // height by a class, not a style attribute: the server renders it too, and the CSP refuses inline styles in markup.
  const drawCharts = useDeferredValue(true, false);
  return (
    <figure className="chart" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} title={how}>
      <h3 id={`${id}-t`}>{title}</h3>
      <p id={`${id}-d`} className="muted">{how}</p>
      {table.rows.length === 0 ? <p>No data recorded for this chart yet.</p> : (
        <>
          <div className="chart-canvas" aria-hidden="true">
            {drawCharts ? <Suspense fallback={<div className="chart-placeholder" />}>{children}</Suspense> : <div className="chart-placeholder" />}
          </div>
          <table className="visually-hidden">
            <caption>{table.caption}</caption>
            <thead><tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>
              {table.rows.map((r, i) => <tr key={`${i}:${String(r[0])}`}>{r.map((v, j) => <td key={j}>{v}</td>)}</tr>)}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
