import { NodeKind } from '../../../contract/graph';
import { Environment, Platform } from '../../../contract/inventory';
import { Field } from '../../../components/Field';
import { humanize } from '../../../lib/format';
import type { GraphUrlState, RawGraphUrl } from '../state/graphUrlState';
import { MAX_BUDGET, MIN_BUDGET } from '../state/graphUrlState';
import { NODE_STYLE } from '../model/visual';

/** Overview filters (kinds, platform, environment, minimum risk), the node budget and the focus depth, all in the URL. */
export function GraphFilters({ state, set }: { state: GraphUrlState; set: (patch: RawGraphUrl) => void }) {
  const toggleKind = (k: NodeKind, on: boolean) => {
    const next = on ? [...state.kinds, k] : state.kinds.filter((x) => x !== k);
    set({ kinds: next.join(',') });
  };
  const overviewOnly = state.focus !== undefined;
  return (
    <div className="filters">
      <fieldset disabled={overviewOnly} style={{ border: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'end' }}>
        <legend className="muted">{overviewOnly ? 'Overview filters (clear the focus to use them)' : 'Overview filters'}</legend>
        <fieldset style={{ border: 'none', padding: 0 }}>
          <legend style={{ fontSize: '.8rem' }}>Node kinds</legend>
          {NodeKind.options.map((k) => (
            <label key={k} style={{ marginRight: '.6rem', fontSize: '.85rem' }}>
              <input type="checkbox" checked={state.kinds.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} /> {NODE_STYLE[k].label.split(' (')[0]}
            </label>
          ))}
        </fieldset>
        <Field label="Platform">{(id) => (
          <select id={id} value={state.platform ?? ''} onChange={(e) => set({ platform: e.target.value })}>
            <option value="">All platforms</option>
            {Platform.options.map((p) => <option key={p} value={p}>{humanize(p)}</option>)}
          </select>
        )}</Field>
        <Field label="Environment">{(id) => (
          <select id={id} value={state.environment ?? ''} onChange={(e) => set({ environment: e.target.value })}>
            <option value="">All environments</option>
            {Environment.options.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        )}</Field>
        <Field label="Minimum risk">{(id) => (
          <select id={id} value={state.minRisk ?? ''} onChange={(e) => set({ minRisk: e.target.value })}>
            <option value="">Any</option>
            {[25, 50, 75, 90].map((r) => <option key={r} value={r}>{r}+</option>)}
          </select>
        )}</Field>
      </fieldset>
      <Field label="Depth">{(id) => (
        <select id={id} value={state.depth} onChange={(e) => set({ depth: e.target.value })}>
          {[1, 2, 3, 4].map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      )}</Field>
      <Field label="Node budget">{(id) => (
        <input
          id={id} type="number" min={MIN_BUDGET} max={MAX_BUDGET} step={100} defaultValue={state.budget} key={state.budget}
          onBlur={(e) => set({ budget: e.target.value })}
          onKeyDown={(e) => { if (e.key === 'Enter') set({ budget: e.currentTarget.value }); }}
        />
      )}</Field>
    </div>
  );
}
