import { useState } from 'react';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { humanize } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { useGraphSearch, useGraphView } from '../api/useGraph';
import { GraphTableTwin } from '../components/GraphTableTwin';

export function GraphPage() {
  const [state, setState] = useUrlState(['focus', 'depth'] as const);
  const [q, setQ] = useState('');
  const depth = Number(state.depth ?? 2);
  const search = useGraphSearch(q);
  const view = useGraphView(state.focus, depth);
  return (
    <>
      <PageHeader title="Sharing graph" />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label="Find a node">{(id) => (
          <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="person, connection, app, system" />
        )}</Field>
        <Field label="Depth">{(id) => (
          <select id={id} value={depth} onChange={(e) => setState({ depth: e.target.value })}>
            {[1, 2, 3, 4].map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        )}</Field>
        {state.focus && <button type="button" onClick={() => setState({ focus: undefined })}>Show riskiest overview</button>}
      </form>
      {search.data && (
        <ul aria-label="Search results" className="search-results">
          {search.data.items.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => { setState({ focus: n.id }); setQ(''); }}>{n.label}</button> <span className="muted">{humanize(n.kind)}</span>
            </li>
          ))}
        </ul>
      )}
      <QueryState query={view} label="the graph">
        {(v) => (
          <>
            <p aria-live="polite">
              {state.focus ? 'Neighbourhood' : 'Riskiest part of the graph'}: {v.nodes.length} nodes, {v.edges.length} edges (budget {v.budget})
              {v.folded.length > 0 && ` · folded: ${v.folded.map((f) => f.label).join(', ')}`}
              {v.truncated && ' · some nodes were left out'}
            </p>
            <GraphTableTwin view={v} onFocus={(id) => setState({ focus: id })} />
          </>
        )}
      </QueryState>
    </>
  );
}
