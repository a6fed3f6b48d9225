import type { Finding } from '../contract/findings';
import type { Rule } from '../contract/rules';
import { humanize } from '../lib/format';
import { SeverityBadge } from './SeverityBadge';

/** A finding with the exact evidence that triggered it, its OWASP mapping and the steps to fix it. */
export function FindingCard({ finding, rule }: { finding: Finding; rule: Rule | undefined }) {
  return (
    <article className="finding-card" aria-labelledby={`f-${finding.id}`}>
      <h3 id={`f-${finding.id}`}>
        <SeverityBadge severity={finding.severity} /> {finding.title}
        <span className="muted"> · {humanize(finding.state)} · {finding.owasp.join(', ')}</span>
      </h3>
      {rule && <p>{rule.checks}</p>}
      <dl className="evidence">
        {finding.evidence.map((e) => (
          <div key={`${e.field}=${String(e.value)}`}>
            <dt><code>{e.field}</code></dt>
            <dd><code>{e.value === null ? 'null' : String(e.value)}</code>{e.note && <span className="muted"> — {e.note}</span>}</dd>
          </div>
        ))}
      </dl>
      {rule && (
        <details>
          <summary>How to fix</summary>
          <ol>{rule.remediation.map((step) => <li key={step}>{step}</li>)}</ol>
        </details>
      )}
    </article>
  );
}
