import type { Snapshot } from '../../../contract/snapshots';
import { formatDate, humanize, signed } from '../../../lib/format';
import { countChanges } from '../lib/changes';

/** New and resolved findings at the latest import, and which counts moved, from the last two snapshots. */
export function WhatChanged({ latest, previous }: { latest: Snapshot; previous: Snapshot | undefined }) {
  if (!previous) {
    return <p>Only one import so far: there is nothing to compare it with yet.</p>;
  }
  const changes = countChanges(previous, latest);
  return (
    <>
      <p title="Counted by the import that took the latest snapshot: findings it detected that the previous import did not, and findings the previous import had that it no longer reproduces">
        Between {formatDate(previous.takenAt)} and {formatDate(latest.takenAt)}: <strong>{latest.newSincePrevious} new</strong> and{' '}
        <strong>{latest.resolvedSincePrevious} resolved</strong> findings.
      </p>
      {changes.length === 0 ? <p>No open-finding count moved.</p> : (
        <table title="Open findings per category in the two latest snapshots">
          <caption>Counts that moved since the previous import</caption>
          <thead><tr><th scope="col">Dimension</th><th scope="col">Category</th><th scope="col">Before</th><th scope="col">Now</th><th scope="col">Change</th></tr></thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.dimension}:${c.key}`}>
                <td>{c.dimension}</td><td>{humanize(c.key)}</td><td>{c.before}</td><td>{c.after}</td>
                <td className={c.delta > 0 ? 'kpi-delta bad' : 'kpi-delta good'}>{signed(c.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
