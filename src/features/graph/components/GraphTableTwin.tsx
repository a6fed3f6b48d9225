import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { GraphView } from '../../../contract/graph';
import { Pager } from '../../../components/Pager';
import { formatCount, humanize } from '../../../lib/format';
import { nodeHref } from '../../../lib/links';
import { usePage } from '../../../lib/usePage';
import { twinEdges, twinNodes } from '../model/twinRows';

/** Rows per page: a page reads at a glance and lays out in milliseconds; a 1,000-node answer drawn whole took seconds. */
export const TWIN_PAGE_ROWS = 100;

/**
 * What the graph draws, as tables: the keyboard and screen-reader view of the same answer. Edges list source and
 * target by label and say whether a share is explicit or implicit; rows the question is about come first and are
 * marked. Long answers are paged, and one search narrows both tables.
 */
export function GraphTableTwin({ view, highlight, highlightEdges, selected, onSelect, onFocus }: {
  view: GraphView;
  highlight: ReadonlySet<string>;
  highlightEdges: ReadonlySet<string>;
  selected?: string;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // The page re-renders as the layout runs and the selection moves; the rows (a sort of thousands) only when they change.
  const nodeRows = useMemo(() => twinNodes(view, highlight, selected, deferredQuery), [view, highlight, selected, deferredQuery]);
  const edgeRows = useMemo(() => twinEdges(view, highlightEdges, deferredQuery), [view, highlightEdges, deferredQuery]);
  const nodes = usePage(nodeRows, TWIN_PAGE_ROWS);
  const edges = usePage(edgeRows, TWIN_PAGE_ROWS);
  const findId = useId();
  const narrowed = deferredQuery.trim() !== '';
  /** A new search starts both tables at their first page of matches. */
  const find = (text: string) => {
    setQuery(text);
    nodes.goTo(0);
    edges.goTo(0);
  };
  return (
    <section aria-labelledby="graph-twin-title">
      <h2 id="graph-twin-title">What the graph shows</h2>
      <p>
        <label htmlFor={findId}>Find in these tables</label>{' '}
        <input id={findId} type="search" value={query} onChange={(e) => find(e.target.value)} placeholder="name, kind or relation" />
      </p>
      <table>
        <caption>Nodes ({view.nodes.length}){narrowed && `, ${formatCount(nodes.total)} matching`}</caption>
        <thead><tr><th scope="col">Node</th><th scope="col">Kind</th><th scope="col">Risk</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {nodes.rows.map((n) => {
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
      <Pager page={nodes} label="Node rows" />
      <table>
        <caption>Edges ({view.edges.length}){narrowed && `, ${formatCount(edges.total)} matching`}</caption>
        <thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th></tr></thead>
        <tbody>
          {edges.rows.map(({ edge, from, to, relation }) => (
            <tr key={edge.id}>
              <td>{from}</td>
              <td>{relation}{edge.implicit && <span className="badge warn">implicit</span>}</td>
              <td>{to}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={edges} label="Edge rows" />
    </section>
  );
}
