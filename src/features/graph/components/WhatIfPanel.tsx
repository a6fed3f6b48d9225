import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import type { GraphView } from '../../../contract/graph';
import { useCan, useMe } from '../../../lib/queries/useMe';
import { useWhatIf } from '../api/useWhatIf';
import { describeWhatIf, whatIfOptions } from '../model/whatIfOptions';
import type { GraphUrlState, RawGraphUrl } from '../state/graphUrlState';
import { encodeWhatIf } from '../state/whatIfParam';
import { WhatIfOutcome } from './WhatIfOutcome';

/**
 * What-if: pick a remediation the selected node allows (remove a share, unshare an app, replace the identity a
 * connection's credential acts as) and see the exposure before and after, without changing anything. The chosen
 * change lives in the URL, so a reload or a shared link simulates it again. Analysts and above only: the control is
 * not offered to viewers (the API refuses them anyway).
 */
export function WhatIfPanel({ view, state, set }: { view: GraphView; state: GraphUrlState; set: (patch: RawGraphUrl) => void }) {
  const me = useMe();
  const canSimulate = useCan('analyst');
  const whatIf = useWhatIf();
  const [choice, setChoice] = useState('');
  // The change last sent, so the URL effect below does not send again what a click just sent.
  const sent = useRef<string | undefined>(undefined);
  const { mutate, reset } = whatIf;

  const asked = state.whatIf && encodeWhatIf(state.whatIf);
  useEffect(() => {
    if (!canSimulate || !state.whatIf || asked === sent.current) return;
    sent.current = asked;
    mutate([state.whatIf]);
  }, [asked, canSimulate, mutate, state.whatIf]);

  if (me.isPending) return null;
  const options = whatIfOptions(view, state.selected).map((o) => ({ ...o, value: encodeWhatIf(o.change) }));
  const value = options.some((o) => o.value === choice) ? choice : (options[0]?.value ?? '');

  const simulate = (e: FormEvent) => {
    e.preventDefault();
    const picked = options.find((o) => o.value === value);
    if (!picked) return;
    sent.current = picked.value;
    mutate([picked.change]);
    set({ whatIf: picked.value });
  };
  const clear = () => {
    sent.current = undefined;
    reset();
    set({ whatIf: undefined });
  };

  // Only the answer to the change in the URL is shown, never a late answer to one since cleared or replaced.
  const current = whatIf.variables?.[0] && encodeWhatIf(whatIf.variables[0]) === asked;
  return (
    <section aria-labelledby="what-if-title" className="what-if">
      <h2 id="what-if-title">What if…</h2>
      {!canSimulate ? (
        <p className="muted">Simulating a remediation needs the analyst role.</p>
      ) : (
        <>
          {options.length > 0 ? (
            <form className="filters" onSubmit={simulate}>
              <Field label="Change to simulate">{(id) => (
                <select id={id} value={value} onChange={(e) => setChoice(e.target.value)}>
                  {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              )}</Field>
              <button type="submit" disabled={whatIf.isPending}>Simulate</button>
            </form>
          ) : (
            <p className="muted">Select a connection, an app, or a principal with shares to choose a change to simulate.</p>
          )}
          {state.whatIf && (
            <p>
              Simulating: {describeWhatIf(state.whatIf, view)} <button type="button" onClick={clear}>Clear simulation</button>
            </p>
          )}
          {current && whatIf.isPending && <p role="status">Simulating…</p>}
          {current && whatIf.isError && <p role="alert">The simulation failed: {whatIf.error.message}</p>}
          {current && whatIf.data && state.whatIf && <WhatIfOutcome result={whatIf.data} label={describeWhatIf(state.whatIf, view)} />}
        </>
      )}
    </section>
  );
}
