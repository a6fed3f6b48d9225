import type { GraphView } from '../../../contract/graph';

/** Says what the budget folded away or left out, so nobody mistakes a bounded picture for the whole graph. */
export function FoldedNotice({ view, onExpand }: { view: GraphView; onExpand: (aggregateId: string) => void }) {
  if (view.folded.length === 0 && !view.truncated) return null;
  return (
    <div className="graph-folded" role="note">
      {view.folded.length > 0 && (
        <>
          <p>Folded to stay within the budget of {view.budget} nodes (people grouped by department):</p>
          <ul className="search-results">
            {view.folded.map((f) => (
              <li key={f.aggregateId}>
                <button type="button" onClick={() => onExpand(f.aggregateId)}>Expand {f.label}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.truncated && (
        <p><strong>Truncated:</strong> some nodes were left out even after folding. Raise the budget, add filters, or focus on a node.</p>
      )}
    </div>
  );
}
