import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { formatDate } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';
import { useOpenFindings } from '../api/useRemediation';
import { loadByOwner } from '../components/byOwner';

export function RemediationPage() {
  const findings = useOpenFindings();
  const now = new Date();
  return (
    <>
      <PageHeader title="Remediation" />
      <QueryState query={findings} label="open findings">
        {(page) => {
          const overdue = page.items.filter((f) => f.dueAt && Date.parse(f.dueAt) < now.getTime());
          return (
            <>
              <p>{page.total} open findings{page.nextCursor ? ` (the ${page.items.length} due soonest are counted below)` : ''}, {overdue.length} past their due date.</p>
              <section aria-labelledby="makers">
                <h2 id="makers">Open risk by maker</h2>
                <table>
                  <thead><tr><th scope="col">Maker</th><th scope="col">Open</th><th scope="col">Critical</th><th scope="col">Overdue</th></tr></thead>
                  <tbody>
                    {loadByOwner(page.items, now).slice(0, 25).map((o) => (
                      <tr key={o.ownerId}>
                        <td>{o.ownerId === 'unknown' ? o.ownerName : <Link to={`/principals/${encodeURIComponent(o.ownerId)}`}>{o.ownerName}</Link>}</td>
                        <td>{o.open}</td><td>{o.critical}</td><td>{o.overdue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section aria-labelledby="overdue">
                <h2 id="overdue">Overdue</h2>
                {overdue.length === 0 ? <p>Nothing is overdue.</p> : (
                  <table>
                    <thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Subject</th><th scope="col">Due</th></tr></thead>
                    <tbody>
                      {overdue.map((f) => (
                        <tr key={f.id}>
                          <td><SeverityBadge severity={f.severity} /></td><td>{f.title}</td>
                          <td><Link to={subjectHref(f.subjectType, f.subjectId)}>{f.subjectName}</Link></td><td>{formatDate(f.dueAt)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
