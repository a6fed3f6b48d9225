import { Link } from 'react-router';
import type { PrincipalRow } from '../../../contract/entities';
import { RiskScore } from '../../../components/RiskScore';
import { humanize } from '../../../lib/format';

/** The identities whose credentials expose the most, riskiest first, each linking to its drill-down. */
export function TopIdentities({ rows }: { rows: readonly PrincipalRow[] }) {
  if (rows.length === 0) return <p>No identities in the inventory.</p>;
  return (
    <table>
      <thead><tr><th scope="col">Identity</th><th scope="col">Kind</th><th scope="col" title="Connections that hold this identity's credentials">Credentials in</th><th scope="col" title="Risk score of the identity as computed by the engine (severity, exposure and target sensitivity)">Risk</th></tr></thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id}>
            <td><Link to={`/principals/${encodeURIComponent(p.id)}`}>{p.name}</Link>{p.status === 'departed' && <span className="badge warn">departed</span>}</td>
            <td>{humanize(p.kind)}</td>
            <td>{p.credentialsIn}</td>
            <td><RiskScore value={p.riskScore} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
