import { Link } from 'react-router';
import type { ConnectionRow } from '../contract/entities';
import { RiskScore } from './RiskScore';
import { formatDate, humanize } from '../lib/format';

export function ConnectionTable({ rows }: { rows: readonly ConnectionRow[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Connection</th><th scope="col">Platform</th><th scope="col">Env</th><th scope="col">Target</th>
          <th scope="col">Authenticates as</th><th scope="col">Owner</th><th scope="col">Auth</th><th scope="col">Secret</th>
          <th scope="col">Protocol</th><th scope="col">Privilege</th><th scope="col">Last rotated</th>
          <th scope="col">Shares (explicit / implicit)</th><th scope="col">Can act through it</th><th scope="col">Open findings</th><th scope="col">Risk</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td><Link to={`/connections/${encodeURIComponent(c.id)}`}>{c.name}</Link></td>
            <td>{humanize(c.platform)}</td>
            <td>{c.environment}</td>
            <td>{c.targetName}</td>
            <td>{c.authenticatesAsName}{c.personalCredential && <span className="badge warn">personal</span>}</td>
            <td>{c.ownerName}</td>
            <td>{humanize(c.authMethod)}</td>
            <td>{humanize(c.secretStorage)}</td>
            <td>{c.transport.protocol}{c.transport.tlsVersion ? ` · TLS ${c.transport.tlsVersion}` : ''}{!c.transport.certificateValidation && ' · no cert check'}</td>
            <td>{humanize(c.privilege)}</td>
            <td>{formatDate(c.credential.lastRotatedAt ?? c.credential.createdAt)}</td>
            <td>{c.explicitShares} / {c.implicitShares}</td>
            <td>{c.actors}</td>
            <td>{c.openFindings}</td>
            <td><RiskScore value={c.riskScore} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
