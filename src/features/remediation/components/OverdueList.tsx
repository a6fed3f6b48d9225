import { Link } from 'react-router';
import type { Finding } from '../../../contract/findings';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { formatDate } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';

/** Open findings past their due date, longest overdue first (the API's order); the queue holds the rest. */
export function OverdueList({ ranking: { rows, total } }: { ranking: { rows: readonly Finding[]; total: number } }) {
  if (total === 0) return <p>Nothing is overdue.</p>;
  return (
    <>
      {total > rows.length && (
        <p>
          The {rows.length} longest overdue of {total}; <Link to="/findings?sla=overdue&sort=dueAt">all overdue findings in the queue</Link>.
        </p>
      )}
      <table>
        <thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Subject</th><th scope="col">Maker</th><th scope="col">Due</th></tr></thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id}>
              <td><SeverityBadge severity={f.severity} /></td><td>{f.title}</td>
              <td><Link to={subjectHref(f.subjectType, f.subjectId)}>{f.subjectName}</Link></td>
              <td>{f.ownerName ?? 'Unknown owner'}</td><td>{formatDate(f.dueAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
