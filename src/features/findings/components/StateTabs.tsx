import { TriageState } from '../../../contract/findings';
import { formatCount, humanize } from '../../../lib/format';
import { ACTIVE_STATES, ALL_STATES } from '../useQueueFilter';

/**
 * Counts per state as a row of toggle buttons. The counts ignore the state filter (the API's `stateCounts`),
 * so each tab says what it would show.
 */
export function StateTabs({ value, counts, set }: { value: string | undefined; counts: Record<string, number>; set: (state: string | undefined) => void }) {
  const current = value ?? ACTIVE_STATES;
  const sum = (states: readonly string[]) => states.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const tabs: [string, string, number][] = [
    [ACTIVE_STATES, 'Active', sum(['open', 'in_progress'])],
    ...TriageState.options.map((s): [string, string, number] => [s, humanize(s), counts[s] ?? 0]),
    [ALL_STATES, 'All', sum(TriageState.options)],
  ];
  return (
    <div className="state-tabs" role="group" aria-label="State">
      {tabs.map(([state, label, n]) => (
        <button key={state} type="button" aria-pressed={current === state} onClick={() => set(state === ACTIVE_STATES ? undefined : state)}>
          {label} <span className="count">{formatCount(n)}</span>
        </button>
      ))}
    </div>
  );
}
