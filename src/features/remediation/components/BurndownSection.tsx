import type { Snapshot } from '../../../contract/snapshots';
import { Field } from '../../../components/Field';
import { formatDate } from '../../../lib/format';
import { burndown } from '../lib/burndown';
import { defaultTargetAt, GOALS, type useRemediationFilters } from '../hooks/useRemediationFilters';
import { BurndownChart } from './BurndownChart';

/** The goal controls and the burndown they draw. */
export function BurndownSection({ snapshots, openNow, now, filters }: {
  snapshots: readonly Snapshot[]; openNow: number; now: Date; filters: ReturnType<typeof useRemediationFilters>;
}) {
  const latest = snapshots.at(-1);
  const targetAt = filters.by ? Date.parse(filters.by) : defaultTargetAt(latest ? Date.parse(latest.takenAt) : now.getTime());
  const { rows, goal } = burndown({ snapshots, goalPercent: filters.goal, targetAt, live: { at: now.getTime(), open: openNow } });
  const first = snapshots[0];
  const how = first && goal !== null
    ? `Open findings recorded at each import; the target falls in a straight line from ${formatDate(first.takenAt)} to ${filters.goal}% fewer (${goal}) by ${formatDate(new Date(targetAt).toISOString())}. "Open now" counts open or in-progress findings at this moment.`
    : 'No import has been recorded yet, so there is no starting point for a burndown.';
  return (
    <section aria-labelledby="burndown">
      <h2 id="burndown">Burndown</h2>
      <div className="filters no-print">
        <Field label="Goal">
          {(id) => (
            <select id={id} value={filters.goal} onChange={(e) => filters.set({ goal: e.target.value })}>
              {GOALS.map((g) => <option key={g} value={g}>{g}% fewer open findings</option>)}
            </select>
          )}
        </Field>
        <Field label="Target date">
          {(id) => <input id={id} type="date" value={new Date(targetAt).toISOString().slice(0, 10)} onChange={(e) => filters.set({ by: e.target.value || undefined })} />}
        </Field>
      </div>
      <BurndownChart rows={rows} how={how} />
    </section>
  );
}
