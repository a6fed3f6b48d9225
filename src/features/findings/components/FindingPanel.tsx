import { useState } from 'react';
import { FindingCard } from '../../../components/FindingCard';
import { QueryState } from '../../../components/QueryState';
import type { Finding } from '../../../contract/findings';
import { useMe, useCan } from '../../../lib/queries/useMe';
import { useRules } from '../../../lib/queries/useRules';
import { useFinding, useUpdateFinding } from '../api/useFindings';
import { conflictOf, type Conflict } from '../api/conflict';
import { ConflictNotice } from './ConflictNotice';
import { Timeline } from './Timeline';
import { TriageForm, type TriageChange } from './TriageForm';

/** The open finding beside the queue: evidence, remediation, the triage form, and its timeline. */
export function FindingPanel({ id, focusForm, onClose }: { id: string; focusForm: boolean; onClose: () => void }) {
  const detail = useFinding(id);
  const rules = useRules();
  const canTriage = useCan('analyst');
  const me = useMe().data?.username;
  const update = useUpdateFinding();
  const [conflict, setConflict] = useState<{ conflict: Conflict; change: TriageChange }>();
  const [error, setError] = useState<string>();

  const send = (seen: Finding, change: TriageChange, version = seen.version) => {
    setConflict(undefined);
    setError(undefined);
    update.mutate({ id: seen.id, body: { ...change, version } }, {
      onError: (err) => {
        const c = conflictOf(err, seen);
        if (c) setConflict({ conflict: c, change });
        else setError(err.message);
        void detail.refetch();
      },
    });
  };

  return (
    <aside className="finding-panel" aria-label="Finding details">
      <button type="button" className="close" onClick={onClose}>Close</button>
      <QueryState query={detail} label="the finding">
        {({ finding, events }) => (
          <>
            <h2>{finding.title}</h2>
            <p className="muted">{finding.subjectName} · assigned to {finding.assigneeId ?? 'nobody'} · version {finding.version}</p>
            <FindingCard finding={finding} rule={rules.data?.get(finding.ruleId)} />
            {conflict && (
              <ConflictNotice
                conflict={conflict.conflict}
                onReapply={() => send(conflict.conflict.current, conflict.change, conflict.conflict.current.version)}
                onDiscard={() => { setConflict(undefined); void detail.refetch(); }}
              />
            )}
            {error && <p role="alert" className="error-text">{error}</p>}
            {canTriage
              ? <TriageForm key={`${finding.id}@${finding.version}`} finding={finding} me={me} autoFocus={focusForm} busy={update.isPending} onSubmit={(change) => send(finding, change)} />
              : <p className="muted">Your role can read findings but not triage them.</p>}
            <Timeline events={events} />
          </>
        )}
      </QueryState>
    </aside>
  );
}
