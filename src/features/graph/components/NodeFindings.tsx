import { Link } from 'react-router';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { ALL_STATES } from '../../../contract/savedViews';
import { humanize } from '../../../lib/format';
import { useNodeFindings } from '../api/useNodeFindings';

/** The queue with one finding open beside it ("every state", so the link still opens it once it is resolved). */
const findingHref = (id: string) => `/findings?${new URLSearchParams({ state: ALL_STATES, open: id }).toString()}`;

/**
 * The selected node's active findings in the side panel, riskiest first, each linking to the finding in the queue;
 * the rest are behind the drill-down link. Titles and names are inventory text, rendered as text.
 */
export function NodeFindings({ id, label, drillDown }: { id: string; label: string; drillDown: string }) {
  const findings = useNodeFindings(id);
  const headingId = `node-findings-${id}`;
  return (
    <section aria-labelledby={headingId} className="node-findings">
      <h3 id={headingId}>Findings</h3>
      {findings.isPending && <p role="status" className="muted">Loading findings…</p>}
      {findings.isError && <p role="alert">Could not load the findings of {label}: {findings.error.message}</p>}
      {findings.data && (findings.data.total === 0 ? (
        <p className="muted">No open finding about {label}.</p>
      ) : (
        <>
          <ul aria-label={`Findings of ${label}`}>
            {findings.data.items.map((f) => (
              <li key={f.id}>
                <SeverityBadge severity={f.severity} /> <Link to={findingHref(f.id)}>{f.title}</Link>
                <span className="muted"> · {humanize(f.state)} · risk {Math.round(f.riskScore)}</span>
              </li>
            ))}
          </ul>
          {findings.data.total > findings.data.items.length && (
            <p><Link to={drillDown}>All {findings.data.total} open findings of {label}</Link></p>
          )}
        </>
      ))}
    </section>
  );
}
