import { humanize } from '../../../lib/format';
import type { Conflict } from '../api/conflict';

/**
 * A stale edit: says who-changed-what since the user loaded the finding, and lets them choose. Their own change
 * is kept until they choose, so nothing they typed is lost.
 */
export function ConflictNotice({ conflict, onReapply, onDiscard }: { conflict: Conflict; onReapply: () => void; onDiscard: () => void }) {
  return (
    <div role="alert" className="conflict">
      <p><strong>Someone else changed this finding</strong> since you opened it (now version {conflict.current.version}). Your change was not saved.</p>
      {conflict.changes.length > 0 ? (
        <ul aria-label="What changed">
          {conflict.changes.map((c) => <li key={c.field}>{humanize(c.field)}: {c.was ?? '—'} → {c.now ?? '—'}</li>)}
        </ul>
      ) : <p>Only a comment was added.</p>}
      <button type="button" onClick={onReapply}>Apply my change on top</button>{' '}
      <button type="button" onClick={onDiscard}>Discard my change and reload</button>
    </div>
  );
}
