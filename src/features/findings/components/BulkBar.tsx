import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { TriageState, type BulkFindingsResult, type BulkFindingsRequest } from '../../../contract/findings';
import { formatCount, humanize } from '../../../lib/format';
import type { CallInput } from '../../../lib/apiClient';
import { useBulkUpdate } from '../api/useFindings';
import type { QueueFilter } from '../useQueueFilter';
import { fromDateInput } from './dates';

interface Props {
  selectedIds: string[];
  total: number;
  filter: QueueFilter;
  me: string | undefined;
  allMatching: boolean;
  setAllMatching: (on: boolean) => void;
  /** Called with what changed; the bar closes, so the page announces it. */
  onDone: (summary: string) => void;
}

function summary(r: BulkFindingsResult): string {
  const reasons = [...new Set(r.skipped.map((s) => s.reason))].join(', ');
  return `Updated ${formatCount(r.updated)} of ${formatCount(r.matched)} findings (${formatCount(r.events)} audit entries)` +
    (r.skipped.length ? `; ${formatCount(r.skipped.length)} skipped (${reasons})` : '');
}

/** Bulk actions on the checked rows or on every finding matching the filter; the server applies them atomically. */
export function BulkBar({ selectedIds, total, filter, me, allMatching, setAllMatching, onDone }: Props) {
  const bulk = useBulkUpdate();
  const [assignee, setAssignee] = useState('');
  const [state, setState] = useState('');
  const [due, setDue] = useState('');
  const [justification, setJustification] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const count = allMatching ? total : selectedIds.length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: BulkFindingsRequest['patch'] = {};
    if (assignee.trim()) patch.assigneeId = assignee.trim();
    if (state) patch.state = state as TriageState;
    if (state === 'risk_accepted') Object.assign(patch, { justification, acceptedUntil: fromDateInput(until) ?? undefined });
    if (state === 'false_positive') patch.reason = reason;
    if (due) patch.dueAt = fromDateInput(due);
    // The URL's strings go as they are: the contract parses (or refuses) them on the server, as for the list.
    const urlFilter = filter as NonNullable<CallInput<'bulkUpdateFindings'>['body']>['filter'];
    bulk.mutate({ ...(allMatching ? { filter: urlFilter } : { ids: selectedIds }), patch }, { onSuccess: (r) => onDone(summary(r)) });
  };

  return (
    <form className="bulk-bar" aria-label="Bulk actions" onSubmit={submit}>
      <p><strong>{formatCount(count)} selected</strong>{' '}
        <label><input type="checkbox" checked={allMatching} onChange={(e) => setAllMatching(e.target.checked)} /> All {formatCount(total)} matching this filter</label>
      </p>
      <Field label="Assign to">{(id) => <input id={id} type="text" value={assignee} onChange={(e) => setAssignee(e.target.value)} placeholder="username" />}</Field>
      {me && <button type="button" onClick={() => setAssignee(me)}>Me</button>}
      <Field label="Set state">{(id) => (
        <select id={id} value={state} onChange={(e) => setState(e.target.value)}>
          <option value="">unchanged</option>
          {TriageState.options.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
        </select>
      )}</Field>
      {state === 'risk_accepted' && <>
        <Field label="Bulk justification">{(id) => <input id={id} type="text" required value={justification} onChange={(e) => setJustification(e.target.value)} />}</Field>
        <Field label="Bulk accepted until">{(id) => <input id={id} type="date" required value={until} onChange={(e) => setUntil(e.target.value)} />}</Field>
      </>}
      {state === 'false_positive' && (
        <Field label="Bulk reason">{(id) => <input id={id} type="text" required value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      )}
      <Field label="Set due date">{(id) => <input id={id} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}</Field>
      <button type="submit" disabled={count === 0 || bulk.isPending || (!assignee.trim() && !state && !due)}>Apply to {formatCount(count)}</button>
      {bulk.error && <p role="alert" className="error-text">{bulk.error.message}</p>}
    </form>
  );
}
