import { Field } from '../../../components/Field';
import { humanize } from '../../../lib/format';
import { useGraphSearch } from '../api/useGraph';
import { askPatch, focusPatch, type GraphUrlState, type RawGraphUrl } from '../state/graphUrlState';
import { NodePicker } from './NodePicker';

const PRINCIPAL_KINDS = ['person', 'group', 'service_account', 'app_registration'] as const;

/**
 * The analyst's questions as tools: find a node, who can act as a principal, what a principal can reach, the
 * shortest grant path between two nodes. Every answer is a URL parameter, so it survives reload and can be shared.
 */
export function GraphQuestions({ state, set, labelOf }: {
  state: GraphUrlState;
  set: (patch: RawGraphUrl) => void;
  labelOf: (id: string) => string | undefined;
}) {
  const search = useGraphSearch(state.q);
  const asked = state.question.type !== 'overview';
  return (
    <section aria-label="Questions" className="graph-questions">
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label="Find a node">{(id) => (
          <input id={id} type="search" value={state.q} onChange={(e) => set({ q: e.target.value })} placeholder="person, connection, app, system" autoComplete="off" />
        )}</Field>
        {asked && (
          <button type="button" onClick={() => set({ ...askPatch({}), focus: undefined, selected: undefined })}>Show riskiest overview</button>
        )}
      </form>
      {state.q.trim() && search.data && (
        <ul aria-label="Search results" className="search-results">
          {search.data.items.length === 0 && <li className="muted">No node matches “{state.q}”.</li>}
          {search.data.items.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => set({ ...focusPatch(n.id), q: undefined })}>{n.label}</button>{' '}
              <span className="muted">{humanize(n.kind)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="filters">
        <NodePicker label="Who can act as" kinds={PRINCIPAL_KINDS} value={state.actsAs} valueLabel={state.actsAs && labelOf(state.actsAs)}
          onPick={(id) => set(askPatch({ actsAs: id }))} />
        <NodePicker label="What can reach" kinds={PRINCIPAL_KINDS} value={state.reach} valueLabel={state.reach && labelOf(state.reach)}
          onPick={(id) => set(askPatch({ reach: id }))} />
        <NodePicker label="Path from" value={state.from} valueLabel={state.from && labelOf(state.from)}
          onPick={(id) => set(askPatch({ from: id, to: state.to }))} />
        <NodePicker label="Path to" value={state.to} valueLabel={state.to && labelOf(state.to)}
          onPick={(id) => set(askPatch({ from: state.from, to: id }))} />
      </div>
    </section>
  );
}
