import { Field } from '../../../components/Field';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { formatDate, humanize } from '../../../lib/format';
import type { Notice } from '../lib/notices';
import { noticeRows } from '../lib/notices';
import { downloadCsv, toCsv } from '../../../lib/csv';

/**
 * Per maker, their open findings with the steps to fix them: as a CSV to mail-merge and as a printable
 * notice (the print stylesheet drops the app's chrome and controls).
 */
export function NotifyMakers({ notices, maker, onMaker }: { notices: readonly Notice[]; maker: string | undefined; onMaker: (id: string | undefined) => void }) {
  const shown = maker ? notices.filter((n) => n.makerId === maker) : notices;
  const file = maker ? `sharegraph-notice-${maker.replace(/[^\w-]/g, '_')}.csv` : 'sharegraph-notices-all-makers.csv';
  return (
    <>
      <div className="filters no-print">
        <Field label="Maker">
          {(id) => (
            <select id={id} value={maker ?? ''} onChange={(e) => onMaker(e.target.value || undefined)}>
              <option value="">All makers ({notices.length})</option>
              {notices.map((n) => <option key={n.makerId} value={n.makerId}>{n.makerName} ({n.items.length})</option>)}
            </select>
          )}
        </Field>
        <button type="button" onClick={() => downloadCsv(file, toCsv(noticeRows(shown)))} disabled={shown.length === 0}>Download CSV</button>
        <button type="button" onClick={() => window.print()} disabled={shown.length === 0}>Print notices</button>
      </div>
      {shown.length === 0 ? <p>No open findings to notify anyone about.</p> : shown.map((n) => (
        <article key={n.makerId} className="notice" aria-labelledby={`notice-${n.makerId}`}>
          <h3 id={`notice-${n.makerId}`}>{n.makerName}: {n.items.length} open finding{n.items.length === 1 ? '' : 's'}</h3>
          <ol>
            {n.items.map(({ finding: f, steps, overdue }) => (
              <li key={f.id}>
                <SeverityBadge severity={f.severity} /> <strong>{f.title}</strong> on {f.subjectName}
                {f.platform && ` (${humanize(f.platform)}${f.environment ? `, ${f.environment}` : ''})`}, due {formatDate(f.dueAt)}
                {overdue && <span className="badge warn">overdue</span>}
                {steps.length ? <ol className="steps">{steps.map((s) => <li key={s}>{s}</li>)}</ol> : <p className="muted">No steps in the rule catalog for this rule.</p>}
              </li>
            ))}
          </ol>
        </article>
      ))}
    </>
  );
}
