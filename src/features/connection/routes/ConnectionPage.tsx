import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { RiskScore } from '../../../components/RiskScore';
import { FindingCard } from '../../../components/FindingCard';
import { ActorTable } from '../../../components/ActorTable';
import { formatDate, humanize } from '../../../lib/format';
import { useRules } from '../../../lib/queries/useRules';
import { useConnection } from '../api/useConnection';

export function ConnectionPage() {
  const { id = '' } = useParams();
  const detail = useConnection(id);
  const rules = useRules();
  return (
    <QueryState query={detail} label="the connection">
      {({ connection: c, identity, owner, target, score, findings, blastRadius, apps, activity }) => (
        <>
          <PageHeader title={c.name}>
            <p className="muted">{humanize(c.platform)} · {c.environment} · {c.connector} → {target.name} ({target.sensitivity} sensitivity)</p>
          </PageHeader>
          {c.personalCredential && (
            <div className="callout danger" role="note">
              This connection holds <strong>{identity.name}</strong>&rsquo;s personal credentials: the {blastRadius.totalActors} principals
              who can use it all act as {identity.name} on {target.name}.
            </div>
          )}
          <section aria-labelledby="facts">
            <h2 id="facts">What it is</h2>
            <dl className="facts">
              <dt>Authenticates as</dt><dd><Link to={`/principals/${encodeURIComponent(identity.id)}`}>{identity.name}</Link> ({humanize(identity.kind)}{identity.status === 'departed' ? ', departed' : ''})</dd>
              <dt>Owner</dt><dd><Link to={`/principals/${encodeURIComponent(owner.id)}`}>{owner.name}</Link></dd>
              <dt>Auth method</dt><dd>{humanize(c.authMethod)}, secret {humanize(c.secretStorage)}</dd>
              <dt>Transport</dt><dd>{c.transport.protocol}{c.transport.tlsVersion ? `, TLS ${c.transport.tlsVersion}` : ', no TLS'}, certificate validation {c.transport.certificateValidation ? 'on' : 'off'}, mTLS {c.transport.mtls ? 'on' : 'off'}</dd>
              <dt>Privilege</dt><dd>{humanize(c.privilege)}{c.requiredPrivilege ? ` (consumers need ${humanize(c.requiredPrivilege)})` : ''}</dd>
              <dt>Credential</dt><dd>created {formatDate(c.credential.createdAt)}, rotated {formatDate(c.credential.lastRotatedAt)}, expires {c.credential.expiresAt ? formatDate(c.credential.expiresAt) : 'never'}</dd>
              <dt>Risk</dt><dd><RiskScore value={score.value} explanation={score.explanation} /><ul className="explanation">{score.explanation.map((e) => <li key={e}>{e}</li>)}</ul></dd>
            </dl>
            <p><Link to={`/graph?focus=${encodeURIComponent(c.id)}`}>Open in graph</Link></p>
          </section>
          <section aria-labelledby="findings">
            <h2 id="findings">Findings ({findings.length})</h2>
            {findings.length === 0 ? <p>No rule is violated.</p> : findings.map((f) => <FindingCard key={f.id} finding={f} rule={rules.data?.get(f.ruleId)} />)}
          </section>
          <section aria-labelledby="actors">
            <h2 id="actors">Who can act through it ({blastRadius.totalActors})</h2>
            <ActorTable actors={blastRadius.actors} caption={`Principals able to act as ${identity.name} through this connection`} />
            {blastRadius.actors.length < blastRadius.totalActors && (
              <p>
                Showing {blastRadius.actors.length} of {blastRadius.totalActors}.{' '}
                <Link to={`/graph?actsAs=${encodeURIComponent(identity.id)}`}>See everyone who can act as {identity.name}</Link>
              </p>
            )}
            <h3>Reaches</h3>
            <ul>{blastRadius.targets.map((t) => <li key={t.targetId}>{t.name}: {humanize(t.privilege)} ({t.sensitivity})</li>)}</ul>
          </section>
          <section aria-labelledby="apps">
            <h2 id="apps">Used by ({apps.length})</h2>
            <ul>{apps.map((a) => <li key={a.id}><Link to={`/apps/${encodeURIComponent(a.id)}`}>{a.name}</Link> ({a.kind}, {humanize(a.accessMode)})</li>)}</ul>
          </section>
          {activity.length > 0 && (
            <section aria-labelledby="activity">
              <h2 id="activity">Activity</h2>
              <ul>{activity.map((a) => <li key={a.windowStart}>{formatDate(a.windowStart)}–{formatDate(a.windowEnd)}: {a.distinctCallers} distinct callers from {a.distinctSourceAddresses} addresses</li>)}</ul>
            </section>
          )}
        </>
      )}
    </QueryState>
  );
}
