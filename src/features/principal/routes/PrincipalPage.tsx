import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { RiskScore } from '../../../components/RiskScore';
import { ActorTable } from '../../../components/ActorTable';
import { FindingCard } from '../../../components/FindingCard';
import { humanize } from '../../../lib/format';
import { useRules } from '../../../lib/queries/useRules';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { usePrincipal } from '../api/usePrincipal';

export function PrincipalPage() {
  const { id = '' } = useParams();
  const detail = usePrincipal(id);
  const rules = useRules();
  return (
    <QueryState query={detail} label="the principal">
      {({ principal: p, score, credentialsIn, whoCanActAs, reach, memberOf, members, findings }) => (
        <>
          <PageHeader title={p.name}>
            <p className="muted">
              {humanize(p.kind)}{p.department ? ` · ${p.department}` : ''}{p.email ? ` · ${p.email}` : ''}
              {p.kind === 'person' && ` · MFA ${p.mfa === undefined ? 'unknown' : p.mfa ? 'on' : 'off'}`}
            </p>
          </PageHeader>
          {p.status === 'departed' && (
            <div className="callout danger" role="note">{p.name} has left the organisation, yet {credentialsIn.length} connections still hold their credentials.</div>
          )}
          <p>Risk <RiskScore value={score.value} explanation={score.explanation} /></p>
          <section aria-labelledby="creds">
            <h2 id="creds">Connections holding these credentials ({credentialsIn.length})</h2>
            {credentialsIn.length === 0 ? <p>None.</p> : <div className="table-scroll"><ConnectionTable rows={credentialsIn} /></div>}
          </section>
          <section aria-labelledby="actas">
            <h2 id="actas">Who can act as {p.name} ({whoCanActAs.total})</h2>
            <ActorTable actors={whoCanActAs.actors} caption={`Principals able to make requests as ${p.name}`} />
          </section>
          <section aria-labelledby="reach">
            <h2 id="reach">What {p.name} can reach ({reach.total})</h2>
            {reach.items.length === 0 ? <p>Nothing through a connection.</p> : (
              <table>
                <thead><tr><th scope="col">System</th><th scope="col">Privilege</th><th scope="col">Through</th><th scope="col">Path</th></tr></thead>
                <tbody>
                  {reach.items.map((r) => (
                    <tr key={`${r.targetId}:${r.connectionId}`}>
                      <td>{r.targetName}</td><td>{humanize(r.privilege)}</td>
                      <td><Link to={`/connections/${encodeURIComponent(r.connectionId)}`}>{r.connectionId}</Link></td>
                      <td className="path">{r.path.nodes.map((n) => n.label).join(' → ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {(memberOf.length > 0 || members.length > 0) && (
            <section aria-labelledby="groups">
              <h2 id="groups">Groups</h2>
              {memberOf.length > 0 && <p>Member of: {memberOf.map((g, i) => <span key={g.id}>{i > 0 && ', '}<Link to={`/principals/${encodeURIComponent(g.id)}`}>{g.name}</Link></span>)}</p>}
              {members.length > 0 && <p>{members.length} members</p>}
            </section>
          )}
          <section aria-labelledby="pfindings">
            <h2 id="pfindings">Findings ({findings.length})</h2>
            {findings.map((f) => <FindingCard key={f.id} finding={f} rule={rules.data?.get(f.ruleId)} />)}
          </section>
        </>
      )}
    </QueryState>
  );
}
