import { Link } from 'react-router';
import type { GraphView } from '../../../contract/graph';
import { humanize } from '../../../lib/format';
import { nodeHref } from '../../../lib/links';
import { NODE_STYLE } from '../model/visual';
import { NodeFindings } from './NodeFindings';

const PRINCIPALS = new Set(['person', 'group', 'service_account', 'app_registration']);

export interface NodeActions {
  onFocus: (id: string) => void;
  onActsAs: (id: string) => void;
  onReach: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
  onExpand: (id: string) => void;
  onClose: () => void;
}

/** The side panel: what the selected node is, how it is connected in this view, where to drill down, what to ask. */
export function NodeDetails({ view, id, actions }: { view: GraphView; id: string; actions: NodeActions }) {
  const node = view.nodes.find((n) => n.id === id);
  if (!node) {
    return (
      <aside aria-label="Selected node" className="graph-side-panel">
        <p>The selected node ({id}) is not in this view. <button type="button" onClick={actions.onClose}>Clear selection</button></p>
      </aside>
    );
  }
  const label = new Map(view.nodes.map((n) => [n.id, n.label]));
  const edges = view.edges.filter((e) => e.source === id || e.target === id);
  const href = nodeHref(node.kind, node.id);
  const folded = view.folded.find((f) => f.aggregateId === id);
  return (
    <aside aria-label="Selected node" className="graph-side-panel">
      <h2>{node.label}</h2>
      <dl>
        <dt>Kind</dt><dd>{NODE_STYLE[node.kind].label}</dd>
        <dt>Risk</dt><dd>{Math.round(node.risk)} / 100</dd>
        {node.platform && (<><dt>Platform</dt><dd>{humanize(node.platform)}</dd></>)}
        {node.environment && (<><dt>Environment</dt><dd>{node.environment}</dd></>)}
        {node.kind === 'aggregate' && (<><dt>Folded</dt><dd>{folded?.label ?? node.label}{node.foldedBy ? `, grouped by ${node.foldedBy}` : ''}</dd></>)}
        <dt>Edges in this view</dt><dd>{edges.length}</dd>
      </dl>
      {href && <p><Link to={href}>Open {node.label}: findings, evidence, remediation</Link></p>}
      {/* Only connections, apps and principals are subjects of findings; `href` exists for exactly those. */}
      {href && <NodeFindings id={id} label={node.label} drillDown={href} />}
      <div className="graph-actions" style={{ display: 'flex', flexWrap: 'wrap', gap: '.4rem' }}>
        {node.kind === 'aggregate' ? (
          <button type="button" onClick={() => actions.onExpand(id)}>Expand {node.label}</button>
        ) : (
          <>
            <button type="button" onClick={() => actions.onFocus(id)}>Focus on {node.label}</button>
            {PRINCIPALS.has(node.kind) && <button type="button" onClick={() => actions.onActsAs(id)}>Who can act as {node.label}?</button>}
            {PRINCIPALS.has(node.kind) && <button type="button" onClick={() => actions.onReach(id)}>What can {node.label} reach?</button>}
            <button type="button" onClick={() => actions.onPathFrom(id)}>Path from here</button>
            <button type="button" onClick={() => actions.onPathTo(id)}>Path to here</button>
          </>
        )}
        <button type="button" onClick={actions.onClose}>Close</button>
      </div>
      {edges.length > 0 && (
        <details>
          <summary>Connections in this view ({edges.length})</summary>
          <ul>
            {edges.slice(0, 50).map((e) => (
              <li key={e.id}>
                {e.source === id ? '→' : '←'} {humanize(e.kind)}{e.kind === 'shared_with' ? (e.implicit ? ' (implicit)' : ' (explicit)') : ''}{' '}
                {label.get(e.source === id ? e.target : e.source)}
              </li>
            ))}
          </ul>
          {edges.length > 50 && <p className="muted">and {edges.length - 50} more in the table below.</p>}
        </details>
      )}
    </aside>
  );
}
