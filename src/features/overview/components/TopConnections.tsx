import { Link } from 'react-router';
import type { ConnectionRow } from '../../../contract/entities';
import { RiskScore } from '../../../components/RiskScore';
import { humanize } from '../../../lib/format';

/** The riskiest connections, each linking to its drill-down. */
export function TopConnections({ rows }: { rows: readonly ConnectionRow[] }) {
  if (rows.length === 0) return <p>No connections match.</p>;
  return (
    <table>
      <thead><tr><th scope="col">Connection</th><th scope="col">Platform</th><th scope="col">Acts as</th><th scope="col" title="Principals able to make requests through the connection">Can act through it</th><th scope="col" title="Risk score: severity of its worst finding, exposure and target sensitivity">Risk</th></tr></thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td><Link to={`/connections/${encodeURIComponent(c.id)}`}>{c.name}</Link></td>
            <td>{humanize(c.platform)}</td>
            <td>{c.authenticatesAsName}{c.personalCredential && <span className="badge warn">personal</span>}</td>
            <td>{c.actors}</td>
            <td><RiskScore value={c.riskScore} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
