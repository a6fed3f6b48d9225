import { SeverityBadge } from '../../../components/SeverityBadge';
import { formatDate, humanize } from '../../../lib/format';
import type { Notice } from '../lib/notices';

/** One maker's printable notice: their open findings, each with the steps to fix it. */
export function MakerNotice({ notice: n }: { notice: Notice }) {
  return (
    <article className="notice" aria-labelledby={`notice-${n.makerId}`}>
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
  );
}
