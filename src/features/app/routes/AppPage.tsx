import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { FindingCard } from '../../../components/FindingCard';
import { humanize } from '../../../lib/format';
import { useRules } from '../../../lib/queries/useRules';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { useApp } from '../api/useApp';

export function AppPage() {
  const { id = '' } = useParams();
  const detail = useApp(id);
  const rules = useRules();
  return (
    <QueryState query={detail} label="the app">
      {({ app, connections, shares, findings }) => (
        <>
          <PageHeader title={app.name}>
            <p className="muted">{humanize(app.kind)} on {humanize(app.platform)} · {app.environment} · owner {app.ownerName} · meant to be {humanize(app.accessMode)}</p>
          </PageHeader>
          {shares.length > 0 && connections.length > 0 && (
            <div className="callout warn" role="note">
              Sharing this app with {shares.length} principals implicitly lets them use its {connections.length} connections directly.
            </div>
          )}
          <section aria-labelledby="conns">
            <h2 id="conns">Connections used ({connections.length})</h2>
            <div className="table-scroll"><ConnectionTable rows={connections} /></div>
          </section>
          <section aria-labelledby="shares">
            <h2 id="shares">Shared with ({shares.length})</h2>
            <ul>{shares.map((s) => <li key={s.id}><Link to={`/principals/${encodeURIComponent(s.principalId)}`}>{s.principalName}</Link> ({humanize(s.principalKind)}, {s.role})</li>)}</ul>
          </section>
          <section aria-labelledby="afindings">
            <h2 id="afindings">Findings ({findings.length})</h2>
            {findings.map((f) => <FindingCard key={f.id} finding={f} rule={rules.data?.get(f.ruleId)} />)}
          </section>
        </>
      )}
    </QueryState>
  );
}
