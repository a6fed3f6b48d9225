import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Finding } from '../../../contract/findings';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { RiskScore } from '../../../components/RiskScore';
import { isOverdue } from '../../../domain/triage/sla';
import { formatDate } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';
import { FindingStateControl } from './FindingStateControl';

interface Props {
  rows: Finding[];
  cursor: number;
  openId: string | undefined;
  selected: ReadonlySet<string>;
  canTriage: boolean;
  onOpen: (index: number) => void;
  onToggle: (id: string) => void;
  onToggleAll: (on: boolean) => void;
}

/** The queue. The keyboard cursor is the highlighted row (aria-current); checkboxes pick rows for bulk actions. */
export function FindingsTable({ rows, cursor, openId, selected, canTriage, onOpen, onToggle, onToggleAll }: Props) {
  const current = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  const now = new Date();
  const allOn = rows.length > 0 && rows.every((f) => selected.has(f.id));
  return (
    <table className="queue">
      <thead>
        <tr>
          {canTriage && (
            <th scope="col"><input type="checkbox" aria-label="Select all findings on this page" checked={allOn} onChange={(e) => onToggleAll(e.target.checked)} /></th>
          )}
          <th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Subject</th><th scope="col">Owner</th>
          <th scope="col">Assignee</th><th scope="col">Risk</th><th scope="col">Due</th><th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f, i) => (
          <tr key={f.id} ref={i === cursor ? current : undefined} aria-current={i === cursor ? 'true' : undefined} className={f.id === openId ? 'is-open' : undefined}>
            {canTriage && (
              <td><input type="checkbox" aria-label={`Select ${f.title} on ${f.subjectName}`} checked={selected.has(f.id)} onChange={() => onToggle(f.id)} /></td>
            )}
            <td><SeverityBadge severity={f.severity} /></td>
            <td>
              <button type="button" className="link-button" onClick={() => onOpen(i)} aria-label={`Open ${f.title} on ${f.subjectName}`}>{f.title}</button>
              <div className="muted">{f.owasp.join(' · ')}</div>
            </td>
            <td><Link to={subjectHref(f.subjectType, f.subjectId)}>{f.subjectName}</Link></td>
            <td>{f.ownerName ?? '—'}</td>
            <td>{f.assigneeId ?? <span className="muted">unassigned</span>}</td>
            <td><RiskScore value={f.riskScore} /></td>
            <td>{formatDate(f.dueAt)}{isOverdue(f, now) && <strong className="overdue"> overdue</strong>}</td>
            <td><FindingStateControl finding={f} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
