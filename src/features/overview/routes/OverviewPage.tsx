import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { RiskScore } from '../../../components/RiskScore';
import { formatDate, humanize } from '../../../lib/format';
import { useSnapshots, useTopConnections } from '../api/usePosture';
import { KpiTile } from '../components/KpiTile';

export function OverviewPage() {
  const snapshots = useSnapshots();
  const top = useTopConnections();
  return (
    <>
      <PageHeader title="Posture overview" />
      <QueryState query={snapshots} label="posture history">
        {({ items }) => {
          const latest = items.at(-1);
          const previous = items.at(-2);
          if (!latest) return <p>No snapshot yet: import an inventory to record the first one.</p>;
          return (
            <>
              <section aria-labelledby="kpis" className="kpis">
                <h2 id="kpis" className="visually-hidden">Key figures</h2>
                <KpiTile label="Posture score" value={latest.postureScore} previous={previous?.postureScore} lowerIsBetter={false}
                  how="100 / (1 + finding points per connection), where a critical finding costs 10 points, high 5, medium 2, low 1; recorded at each import" />
                <KpiTile label="Connections" value={latest.connections} previous={previous?.connections} lowerIsBetter={false}
                  how="Connections in the last imported inventory" />
                <KpiTile label="On personal credentials" value={latest.personalCredentialConnections} previous={previous?.personalCredentialConnections}
                  how="Connections whose identity is a person rather than a service identity" />
                <KpiTile label="People who can act as someone else" value={latest.peopleActingAsOthers} previous={previous?.peopleActingAsOthers}
                  how="Distinct people able to use a connection holding another principal's credentials" />
                <KpiTile label="Open critical" value={latest.openBySeverity.critical} previous={previous?.openBySeverity.critical}
                  how="Findings of critical severity not resolved, accepted or dismissed" />
                <KpiTile label="Open high" value={latest.openBySeverity.high} previous={previous?.openBySeverity.high}
                  how="Findings of high severity not resolved, accepted or dismissed" />
              </section>
              <section aria-labelledby="history">
                <h2 id="history">History</h2>
                <table>
                  <caption className="visually-hidden">Posture at each snapshot</caption>
                  <thead><tr><th scope="col">Snapshot</th><th scope="col">Score</th><th scope="col">Critical</th><th scope="col">High</th><th scope="col">Medium</th><th scope="col">Low</th><th scope="col">New</th><th scope="col">Resolved</th></tr></thead>
                  <tbody>
                    {items.map((s) => (
                      <tr key={s.id}>
                        <td>{formatDate(s.takenAt)}</td><td>{s.postureScore}</td><td>{s.openBySeverity.critical}</td><td>{s.openBySeverity.high}</td>
                        <td>{s.openBySeverity.medium}</td><td>{s.openBySeverity.low}</td><td>{s.newSincePrevious}</td><td>{s.resolvedSincePrevious}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          );
        }}
      </QueryState>
      <section aria-labelledby="top-risky">
        <h2 id="top-risky">Riskiest connections</h2>
        <QueryState query={top} label="riskiest connections">
          {({ items }) => (
            <table>
              <thead><tr><th scope="col">Connection</th><th scope="col">Platform</th><th scope="col">Acts as</th><th scope="col">Can act through it</th><th scope="col">Risk</th></tr></thead>
              <tbody>
                {items.map((c) => (
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
          )}
        </QueryState>
      </section>
    </>
  );
}
