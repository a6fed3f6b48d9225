import { useId, useState } from 'react';
import type { Finding, TriageState } from '../../../contract/findings';
import { humanize } from '../../../lib/format';
import { useUpdateFinding } from '../api/useFindings';
import { useCan } from '../../../lib/queries/useMe';

const NEXT: TriageState[] = ['open', 'in_progress', 'resolved'];

/**
 * Moves a finding along the simple part of its lifecycle. Acceptance and false positives need a justification
 * and come with the triage queue; the server refuses them without one either way.
 */
export function FindingStateControl({ finding }: { finding: Finding }) {
  const update = useUpdateFinding();
  // Viewers read the queue; triage needs an analyst (the server refuses it otherwise too).
  const canTriage = useCan('analyst');
  const id = useId();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-control">
      <label htmlFor={id} className="visually-hidden">State of {finding.title} on {finding.subjectName}</label>
      <select
        id={id}
        value={finding.state}
        disabled={update.isPending || !canTriage}
        title={canTriage ? undefined : 'Your role can read findings but not triage them'}
        onChange={(e) => {
          setError(undefined);
          update.mutate(
            { id: finding.id, body: { version: finding.version, state: e.target.value as TriageState } },
            { onError: (err) => setError(err.message) },
          );
        }}
      >
        {[...new Set([finding.state, ...NEXT])].map((s) => (
          <option key={s} value={s} disabled={!NEXT.includes(s)}>{humanize(s)}</option>
        ))}
      </select>
      {error && <span role="alert" className="error-text">{error}</span>}
    </span>
  );
}
