import { Link } from 'react-router';
import type { Campaign } from '../../../contract/campaigns';
import { CampaignProgressBar, OVERDUE_EXPLAINED } from './CampaignProgressBar';

const QUEUE_EXPLAINED = 'The findings queue showing exactly the findings this campaign froze at its start, in every state: the ones its progress counts.';

/** One row per campaign: who owns it, by when, how far along, what is late, and where its findings are. */
export function CampaignList({ campaigns, canClose, onClose, closing }: {
  campaigns: readonly Campaign[]; canClose: boolean; onClose: (c: Campaign) => void; closing: boolean;
}) {
  if (campaigns.length === 0) return <p>No campaigns yet. A campaign follows a set of findings to a target date.</p>;
  return (
    <ul className="campaigns" aria-label="Campaigns">
      {campaigns.map((c) => (
        <li key={c.id} className="campaign" aria-label={c.name}>
          <h3>{c.name}</h3>
          {c.description && <p className="muted">{c.description}</p>}
          <p>
            Owner: <span>{c.ownerName ?? c.ownerId}</span> · Target date: <time dateTime={c.targetDate}>{c.targetDate}</time>
          </p>
          <CampaignProgressBar name={c.name} progress={c.progress} />
          <p title={OVERDUE_EXPLAINED}>{c.progress.overdue} overdue, {c.progress.open} still open</p>
          <p>
            <Link to={`/findings?${new URLSearchParams(c.queueParams).toString()}`} title={QUEUE_EXPLAINED}>
              Findings of {c.name} in the queue
            </Link>
            {canClose && (
              <>
                {' '}
                <button type="button" disabled={closing} aria-label={`Close campaign ${c.name}`} onClick={() => onClose(c)}>Close campaign</button>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
