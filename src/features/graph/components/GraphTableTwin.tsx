import { Link } from 'react-router';
import type { GraphView } from '../../../contract/graph';
import { humanize } from '../../../lib/format';
import { nodeHref } from '../../../lib/links';
import { edgeLabel } from '../model/visual';

/**
 * What the graph draws, as tables: the keyboard and screen-reader view of the same answer. Edges list source and
 * target by label and say whether a share is explicit or implicit; rows the question is about are marked.
 */
export function GraphTableTwin({ view, highlight, selected, onSelect, onFocus }: {
  view: GraphView;
  highlight: ReadonlySet<string>;
  selected?: string;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
}) {
  const label = new Map(view.nodes.map((n) => [n.id, n.label]));
  return (
    <section aria-labelledby="graph-twin-title">
      <h2 id="graph-twin-title">What the graph shows</h2>
      <table>
        <caption>Nodes ({view.nodes.length})</caption>
        <thead><tr><th scope="col">Node</th><th scope="col">Kind</th><th scope="col">Risk</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {view.nodes.map((n) => {
            const href = nodeHref(n.kind, n.id);
            return (
              <tr key={n.id} aria-current={n.id === selected ? 'true' : undefined}>
                <td>
                  {href ? <Link to={href}>{n.label}</Link> : n.label}
                  {highlight.has(n.id) && <span className="badge">in the answer</span>}
                </td>
                <td>{humanize(n.kind)}{n.count ? ` (${n.count})` : ''}</td>
                <td>{Math.round(n.risk)}</td>
                <td>
                  <button type="button" onClick={() => onSelect(n.id)} aria-pressed={n.id === selected}>Select {n.label}</button>{' '}
                  {n.kind !== 'aggregate' && <button type="button" onClick={() => onFocus(n.id)}>Focus on {n.label}</button>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table>
        <caption>Edges ({view.edges.length})</caption>
        <thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th></tr></thead>
        <tbody>
          {view.edges.map((e) => (
            <tr key={e.id}>
              <td>{label.get(e.source) ?? e.source}</td>
              <td>{edgeLabel(e)}{e.implicit && <span className="badge warn">implicit</span>}</td>
              <td>{label.get(e.target) ?? e.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
