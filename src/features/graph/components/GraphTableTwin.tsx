import { Link } from 'react-router';
import type { GraphView } from '../../../contract/graph';
import { humanize } from '../../../lib/format';
import { nodeHref } from '../../../lib/links';

/**
 * What the graph shows, as tables: the keyboard and screen-reader view of the same answer.
 * Edges list source and target by label, and say whether a share is explicit or implicit.
 */
export function GraphTableTwin({ view, onFocus }: { view: GraphView; onFocus: (id: string) => void }) {
  const label = new Map(view.nodes.map((n) => [n.id, n.label]));
  return (
    <>
      <table>
        <caption>Nodes ({view.nodes.length})</caption>
        <thead><tr><th scope="col">Node</th><th scope="col">Kind</th><th scope="col">Risk</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {view.nodes.map((n) => {
            const href = nodeHref(n.kind, n.id);
            return (
              <tr key={n.id}>
                <td>{href ? <Link to={href}>{n.label}</Link> : n.label}</td>
                <td>{humanize(n.kind)}{n.count ? ` (${n.count})` : ''}</td>
                <td>{Math.round(n.risk)}</td>
                <td>{n.kind !== 'aggregate' && <button type="button" onClick={() => onFocus(n.id)}>Focus on {n.label}</button>}</td>
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
              <td>{humanize(e.kind)}{e.kind === 'shared_with' ? (e.implicit ? ' (implicit, via app)' : ' (explicit)') : ''}{e.privilege ? ` · ${humanize(e.privilege)}` : ''}</td>
              <td>{label.get(e.target) ?? e.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
