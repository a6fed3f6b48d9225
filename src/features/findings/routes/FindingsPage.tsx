import { Link } from 'react-router';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { RiskScore } from '../../../components/RiskScore';
import { Severity } from '../../../contract/rules';
import { TriageState } from '../../../contract/findings';
import { formatDate, humanize } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';
import { useUrlState } from '../../../lib/useUrlState';
import { useFindings } from '../api/useFindings';
import { FindingStateControl } from '../components/FindingStateControl';

export function FindingsPage() {
  const [filter, setFilter] = useUrlState(['severity', 'state', 'q'] as const);
  const findings = useFindings({ ...filter, state: filter.state ?? 'open,in_progress', limit: 100 });
  return (
    <>
      <PageHeader title="Findings" />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label="Search">{(id) => (
          <input id={id} type="search" value={filter.q ?? ''} onChange={(e) => setFilter({ q: e.target.value })} placeholder="rule, connection, owner" />
        )}</Field>
        <Field label="Severity">{(id) => (
          <select id={id} value={filter.severity ?? ''} onChange={(e) => setFilter({ severity: e.target.value })}>
            <option value="">any</option>
            {Severity.options.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        )}</Field>
        <Field label="State">{(id) => (
          <select id={id} value={filter.state ?? ''} onChange={(e) => setFilter({ state: e.target.value })}>
            <option value="">open or in progress</option>
            {TriageState.options.map((s) => <option key={s} value={s}>{humanize(s)}</option>)}
          </select>
        )}</Field>
      </form>
      <QueryState query={findings} label="findings">
        {(page) => (
          <>
            <p aria-live="polite">
              {page.total} findings ·{' '}
              {Object.entries(page.stateCounts).map(([state, n]) => `${humanize(state)} ${n}`).join(' · ')}
            </p>
            <table>
              <thead>
                <tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Subject</th><th scope="col">Owner</th><th scope="col">Risk</th><th scope="col">Due</th><th scope="col">State</th></tr>
              </thead>
              <tbody>
                {page.items.map((f) => (
                  <tr key={f.id}>
                    <td><SeverityBadge severity={f.severity} /></td>
                    <td>{f.title}<div className="muted">{f.owasp.join(' · ')}</div></td>
                    <td><Link to={subjectHref(f.subjectType, f.subjectId)}>{f.subjectName}</Link></td>
                    <td>{f.ownerName ?? '—'}</td>
                    <td><RiskScore value={f.riskScore} /></td>
                    <td>{formatDate(f.dueAt)}</td>
                    <td><FindingStateControl finding={f} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.nextCursor && <p className="muted">Showing the first {page.items.length}; narrow the filter to see the rest.</p>}
          </>
        )}
      </QueryState>
    </>
  );
}
