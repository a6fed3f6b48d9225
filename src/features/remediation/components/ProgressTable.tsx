import { Link } from 'react-router';
import type { Progress } from '../../../contract/remediationBoard';
import { humanize } from '../../../lib/format';

/** Per team or maker: what is done and what is left, riskiest open load first. */
export function ProgressTable({ ranking: { rows, total }, caption, label, linkMakers = false, limit = 25 }: {
  ranking: { rows: readonly Progress[]; total: number }; caption: string; label: string; linkMakers?: boolean; limit?: number;
}) {
  if (rows.length === 0) return <p>No findings to group.</p>;
  return (
    <table>
      <caption>{caption}{total > limit ? ` (top ${Math.min(limit, rows.length)} of ${total})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" title="Open or in-progress findings">Open</th>
          <th scope="col" title="Open findings of critical severity">Critical</th>
          <th scope="col" title="Open findings past their due date">Overdue</th>
          <th scope="col" title="Resolved, accepted or dismissed findings">Closed</th>
          <th scope="col" title="Closed findings as a share of all findings in the group">Done</th>
          <th scope="col" title="Sum of the risk scores of the open findings">Open risk</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, limit).map((r) => (
          <tr key={r.key}>
            <td>{linkMakers && r.key !== 'unknown' ? <Link to={`/principals/${encodeURIComponent(r.key)}`}>{r.name}</Link> : humanize(r.name)}</td>
            <td>{r.open}</td><td>{r.critical}</td><td>{r.overdue}</td><td>{r.closed}</td>
            <td>{Math.round((100 * r.closed) / r.total)}%</td><td>{Math.round(r.openRisk)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
