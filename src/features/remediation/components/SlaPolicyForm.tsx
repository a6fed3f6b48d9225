import { useState, type FormEvent } from 'react';
import { SLA_DAYS_MAX, SLA_DAYS_MIN, SLA_SEVERITIES, type SlaPolicy } from '../../../contract/slaPolicy';
import { Field } from '../../../components/Field';
import { ApiError } from '../../../lib/apiClient';
import type { useUpdateSlaPolicy } from '../api/useUpdateSlaPolicy';
import { policyProvenance, severityLabel } from '../lib/slaPolicyText';

type Severity = (typeof SLA_SEVERITIES)[number];

/** The server's field errors by severity (`body.critical` → critical); the server is the one judge of the rules. */
function fieldErrors(err: unknown): Partial<Record<Severity, string>> {
  if (!(err instanceof ApiError)) return {};
  const out: Partial<Record<Severity, string>> = {};
  for (const e of err.problem.errors ?? []) {
    const field = e.field.replace(/^body\./, '') as Severity;
    if (SLA_SEVERITIES.includes(field)) out[field] ??= e.message;
  }
  return out;
}

const isConflict = (err: unknown) => err instanceof ApiError && (err.status === 409 || err.status === 412);

/** The edit form; keyed on the policy version by its panel, so a reload after a conflict starts from what is stored. */
export function SlaPolicyForm({ policy, save, onReload }: { policy: SlaPolicy; save: ReturnType<typeof useUpdateSlaPolicy>; onReload: () => void }) {
  const [days, setDays] = useState<Record<Severity, string>>(() => ({
    critical: String(policy.critical), high: String(policy.high), medium: String(policy.medium), low: String(policy.low),
  }));
  const errors = fieldErrors(save.error);
  const other = save.error && !isConflict(save.error) && Object.keys(errors).length === 0 ? save.error.message : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An empty box is sent as 0, so the server's "between 1 and 3650" names it rather than the form guessing.
    const asked = Object.fromEntries(SLA_SEVERITIES.map((s) => [s, Number(days[s] || 0)])) as Record<Severity, number>;
    save.mutate({ version: policy.version, ...asked });
  };

  return (
    // noValidate: the browser's own number checks would hide the server's messages, which name each rule.
    <form onSubmit={submit} noValidate aria-label="SLA policy" className="sla-policy-form">
      <p className="muted">Days from first seen to the due date, per severity. A change moves the due dates the policy set on open and in-progress findings; due dates someone set by hand stay. {policyProvenance(policy)}</p>
      <div className="filters">
        {SLA_SEVERITIES.map((s) => (
          <Field key={s} label={`${severityLabel(s)} (days)`}>
            {(id) => (
              <>
                <input id={id} type="number" inputMode="numeric" min={SLA_DAYS_MIN} max={SLA_DAYS_MAX} step={1} value={days[s]}
                  aria-invalid={errors[s] ? true : undefined} aria-describedby={errors[s] ? `${id}-error` : undefined}
                  onChange={(e) => setDays((d) => ({ ...d, [s]: e.target.value }))} />
                {errors[s] && <span id={`${id}-error`} className="error-text">{errors[s]}</span>}
              </>
            )}
          </Field>
        ))}
      </div>
      <button type="submit" disabled={save.isPending}>{save.isPending ? 'Saving…' : 'Save SLA policy'}</button>
      {Object.keys(errors).length > 0 && <p role="alert" className="error-text">Not saved: check the days marked above.</p>}
      {isConflict(save.error) && (
        <div role="alert" className="conflict">
          <p>The SLA policy was changed by someone else — reload it to see the current days. Your change was not saved.</p>
          <button type="button" onClick={onReload}>Reload the policy</button>
        </div>
      )}
      {other && <p role="alert" className="error-text">Not saved: {other}</p>}
    </form>
  );
}
