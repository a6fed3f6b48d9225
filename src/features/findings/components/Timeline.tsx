import type { FindingEvent } from '../../../contract/findings';
import { humanize } from '../../../lib/format';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** What an event changed, field by field, as before → after. Values are inventory text: rendered as text only. */
function changes(e: FindingEvent): string[] {
  const keys = [...new Set([...Object.keys(e.before), ...Object.keys(e.after)])];
  return keys
    .filter((k) => e.before[k] !== undefined || (e.after[k] !== null && e.after[k] !== undefined))
    .map((k) => `${humanize(k)}: ${show(e.before[k])} → ${show(e.after[k])}`);
}

const stamp = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** The finding's audit trail, newest first: who, when, and what it was before and after. */
export function Timeline({ events }: { events: FindingEvent[] }) {
  return (
    <section aria-labelledby="timeline-h">
      <h3 id="timeline-h">Timeline</h3>
      <ol className="timeline" aria-label="Timeline">
        {[...events].reverse().map((e) => (
          <li key={e.id}>
            <div><strong>{humanize(e.action)}</strong> by {e.actor} · <time dateTime={e.at}>{stamp.format(new Date(e.at))} UTC</time></div>
            {changes(e).map((c) => <div key={c} className="muted">{c}</div>)}
            {e.comment && <blockquote>{e.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
