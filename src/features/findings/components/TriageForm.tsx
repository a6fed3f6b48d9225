import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { TriageState, type Finding, type FindingPatch } from '../../../contract/findings';
import { humanize } from '../../../lib/format';
import { fromDateInput, toDateInput } from './dates';

export type TriageChange = Omit<FindingPatch, 'version'>;

/**
 * The lifecycle form. Accepting a risk asks for a justification and an expiry, a false positive for a reason;
 * the contract refuses either without them, the form only asks first. Sends only what the user changed.
 */
export function TriageForm({ finding, me, busy, autoFocus, onSubmit }: { finding: Finding; me: string | undefined; busy: boolean; autoFocus: boolean; onSubmit: (change: TriageChange) => void }) {
  const [state, setState] = useState(finding.state);
  const [justification, setJustification] = useState(finding.justification ?? '');
  const [acceptedUntil, setAcceptedUntil] = useState(toDateInput(finding.acceptedUntil));
  const [reason, setReason] = useState(finding.reason ?? '');
  const [assignee, setAssignee] = useState(finding.assigneeId ?? '');
  const [due, setDue] = useState(toDateInput(finding.dueAt));
  const [comment, setComment] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const change: TriageChange = {};
    if (state !== finding.state) {
      change.state = state;
      if (state === 'risk_accepted') Object.assign(change, { justification, acceptedUntil: fromDateInput(acceptedUntil) ?? undefined });
      if (state === 'false_positive') change.reason = reason;
    }
    if (assignee.trim() !== (finding.assigneeId ?? '')) change.assigneeId = assignee.trim() || null;
    if (due !== toDateInput(finding.dueAt)) change.dueAt = fromDateInput(due);
    if (comment.trim()) change.comment = comment.trim();
    if (Object.keys(change).length > 0) onSubmit(change);
  };

  return (
    <form className="triage-form" aria-label="Triage" onSubmit={submit}>
      <Field label="Triage state">{(id) => (
        <select id={id} autoFocus={autoFocus} value={state} onChange={(e) => setState(e.target.value as TriageState)}>
          {TriageState.options.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
        </select>
      )}</Field>
      {state === 'risk_accepted' && state !== finding.state && (
        <fieldset>
          <legend>Accept the risk</legend>
          <Field label="Justification">{(id) => <textarea id={id} required value={justification} onChange={(e) => setJustification(e.target.value)} />}</Field>
          <Field label="Accepted until">{(id) => <input id={id} type="date" required value={acceptedUntil} onChange={(e) => setAcceptedUntil(e.target.value)} />}</Field>
        </fieldset>
      )}
      {state === 'false_positive' && state !== finding.state && (
        <Field label="Reason it is a false positive">{(id) => <textarea id={id} required value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      )}
      <Field label="Assignee">{(id) => <input id={id} type="text" value={assignee} onChange={(e) => setAssignee(e.target.value)} placeholder="username" />}</Field>
      {me && <button type="button" onClick={() => setAssignee(me)}>Me</button>}
      <Field label="Due date">{(id) => <input id={id} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}</Field>
      <Field label="Comment">{(id) => <textarea id={id} value={comment} onChange={(e) => setComment(e.target.value)} />}</Field>
      <button type="submit" disabled={busy}>Save</button>
    </form>
  );
}
