import type { Ref } from 'react';
import { Link } from 'react-router';
import type { Finding } from '../../../contract/findings';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { RiskScore } from '../../../components/RiskScore';
import { slaStatus } from '../../../domain/triage/sla';
import { formatDate } from '../../../lib/format';
import { subjectHref } from '../../../lib/links';
import { FindingStateControl } from './FindingStateControl';

interface Props {
  finding: Finding;
  index: number;
  isCursor: boolean;
  rowRef: Ref<HTMLTableRowElement> | undefined;
  isOpen: boolean;
  selected: boolean;
  canTriage: boolean;
  now: Date;
  onOpen: (index: number) => void;
  onToggle: (id: string) => void;
}

/** One finding in the queue; the keyboard cursor is the highlighted row (aria-current). */
export function FindingRow({ finding: f, index, isCursor, rowRef, isOpen, selected, canTriage, now, onOpen, onToggle }: Props) {
  const sla = slaStatus(f, now);
  return (
    <tr ref={rowRef} aria-current={isCursor ? 'true' : undefined} className={isOpen ? 'is-open' : undefined}>
      {canTriage && (
        <td><input type="checkbox" aria-label={`Select ${f.title} on ${f.subjectName}`} checked={selected} onChange={() => onToggle(f.id)} /></td>
      )}
      <td><SeverityBadge severity={f.severity} /></td>
      <td>
        <button type="button" className="link-button" onClick={() => onOpen(index)} aria-label={`Open ${f.title} on ${f.subjectName}`}>{f.title}</button>
        <div className="muted">{f.owasp.join(' · ')}</div>
      </td>
      <td><Link to={subjectHref(f.subjectType, f.subjectId)}>{f.subjectName}</Link></td>
      <td>{f.ownerName ?? '—'}</td>
      <td>{f.assigneeId ?? <span className="muted">unassigned</span>}</td>
      <td><RiskScore value={f.riskScore} /></td>
      <td>
        {formatDate(f.dueAt)}
        {sla === 'overdue' && <strong className="overdue"> overdue</strong>}
        {sla === 'due_soon' && <span className="due-soon"> due soon</span>}
      </td>
      <td><FindingStateControl finding={f} /></td>
    </tr>
  );
}
