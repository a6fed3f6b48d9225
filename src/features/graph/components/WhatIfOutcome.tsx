import { Link } from 'react-router';
import type { WhatIfResult } from '../../../contract/graph';
import { formatCount, signed } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';

/** Long lists (a department losing access) are cut here; the counts above them stay exact. */
const MAX_LISTED = 100;

type Summary = WhatIfResult['closedFindings'][number];

function FindingList({ title, items }: { title: string; items: readonly Summary[] }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>{title} ({items.length})</summary>
      <ul aria-label={title}>
        {items.slice(0, MAX_LISTED).map((f) => <li key={f.key}><code>{f.ruleId}</code> on {f.subjectName}</li>)}
      </ul>
    </details>
  );
}

/**
 * Exposure before and after a simulated change, side by side: as two figures for a glance and as a table (the
 * readable, screen-reader form of the same numbers), then who loses access and which findings close or appear.
 */
export function WhatIfOutcome({ result, label }: { result: WhatIfResult; label: string }) {
  const connections = result.connectionIds.length;
  const scope = `${connections} affected connection${connections === 1 ? '' : 's'}`;
  const rows: [string, number, number][] = [
    [`Principals who can act through the ${scope}`, result.actorsBefore, result.actorsAfter],
    ['Findings the change closes', result.closedFindings.length, 0],
    ['Findings the change introduces', 0, result.newFindings.length],
  ];
  return (
    <section aria-labelledby="what-if-outcome" className="what-if-outcome">
      <h3 id="what-if-outcome">If you {label.charAt(0).toLowerCase() + label.slice(1)}</h3>
      <div className="kpis">
        <div className="kpi"><span>Before</span><span className="kpi-value">{formatCount(result.actorsBefore)}</span><span>principals can act</span></div>
        <div className="kpi">
          <span>After</span><span className="kpi-value">{formatCount(result.actorsAfter)}</span>
          <span className={result.actorsAfter < result.actorsBefore ? 'kpi-delta good' : 'kpi-delta'}>{signed(result.actorsAfter - result.actorsBefore)} principals</span>
        </div>
      </div>
      <table>
        <caption>Exposure before and after</caption>
        <thead><tr><th scope="col">Measure</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
        <tbody>
          {rows.map(([name, before, after]) => (
            <tr key={name}><th scope="row">{name}</th><td>{formatCount(before)}</td><td>{formatCount(after)}</td></tr>
          ))}
        </tbody>
      </table>
      {result.removedActors.length > 0 && (
        <details>
          <summary>Who loses access ({result.removedActors.length})</summary>
          <ul aria-label="Who loses access">
            {result.removedActors.slice(0, MAX_LISTED).map((a) => <li key={a.id}><Link to={subjectHref('principal', a.id)}>{a.name}</Link></li>)}
          </ul>
          {result.removedActors.length > MAX_LISTED && <p className="muted">and {result.removedActors.length - MAX_LISTED} more.</p>}
        </details>
      )}
      <FindingList title="Findings closed" items={result.closedFindings} />
      <FindingList title="New findings" items={result.newFindings} />
      <p className="muted">A simulation only: nothing was changed in the inventory.</p>
    </section>
  );
}
