import { SLA_SEVERITIES, type SlaPolicy } from '../../../contract/slaPolicy';
import { QueryState } from '../../../components/QueryState';
import { useCan } from '../../../lib/queries/useMe';
import { useSlaPolicy } from '../../../lib/queries/useSlaPolicy';
import { useUpdateSlaPolicy } from '../api/useUpdateSlaPolicy';
import { policyProvenance, severityLabel } from '../lib/slaPolicyText';
import { SlaPolicyForm } from './SlaPolicyForm';

function SlaPolicyTable({ policy }: { policy: SlaPolicy }) {
  return (
    <>
      <table>
        <caption>Days to remediate per severity</caption>
        <thead><tr><th scope="col">Severity</th><th scope="col">Days</th></tr></thead>
        <tbody>
          {SLA_SEVERITIES.map((s) => <tr key={s}><th scope="row">{severityLabel(s)}</th><td>{policy[s]}</td></tr>)}
        </tbody>
      </table>
      <p className="muted">{policyProvenance(policy)} Only CoE leads and admins can change it.</p>
    </>
  );
}

/**
 * Days to remediate per severity. CoE leads and admins edit them here; everyone else reads them (the server
 * refuses their change either way).
 */
export function SlaPolicyPanel() {
  const policy = useSlaPolicy();
  const canEdit = useCan('coe_lead');
  // The mutation lives here, not in the form: the form is remounted on each new version (after a save or a
  // reload), and what the last save said must outlive it.
  const save = useUpdateSlaPolicy();
  const reload = () => {
    save.reset();
    void policy.refetch();
  };
  return (
    <section aria-labelledby="sla-policy" className="sla-policy">
      <h2 id="sla-policy">SLA policy</h2>
      <QueryState query={policy} label="SLA policy">
        {(p) => (canEdit ? <SlaPolicyForm key={p.version} policy={p} save={save} onReload={reload} /> : <SlaPolicyTable policy={p} />)}
      </QueryState>
      {save.isSuccess && <p role="status">Saved. Due dates set by the policy now follow it.</p>}
    </section>
  );
}
