import { Link } from 'react-router';
import type { Finding } from '../../../contract/findings';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { formatDate } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';

/** Open findings past their due date, longest overdue first. */
export function OverdueList({ rows }: { rows: readonly Finding[] }) {
  if (rows.length === 0) return <p>Nothing is overdue.</p>;
  const sorted = [...rows].sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? ''));
  return (
    <table>
      <thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Subject</th><th scope="col">Maker</th><th scope="col">Due</th></tr></thead>
      <tbody>
        {sorted.map((f) => (
          <tr key={f.id}>
            <td><SeverityBadge severity={f.severity} /></td><td>{f.title}</td>
            <td><Link to={subjectHref(f.subjectType, f.subjectId)}>{f.subjectName}</Link></td>
            <td>{f.ownerName ?? 'Unknown owner'}</td><td>{formatDate(f.dueAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
