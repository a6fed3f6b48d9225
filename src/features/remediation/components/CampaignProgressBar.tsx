import type { CampaignProgress } from '../../../contract/campaigns';

/** How the figures are computed, said once for the bar, its text and the overdue count. */
export const PROGRESS_EXPLAINED =
  'Of the findings frozen when the campaign started, those now resolved, risk-accepted or marked false positive; ' +
  'the percent is rounded down, so 100% means every one is closed. Computed from the stored findings on each visit.';
export const OVERDUE_EXPLAINED = 'Campaign findings still open or in progress and past their own due date.';

/** "42 of 120 resolved (35%)": the one wording of a campaign's progress. */
export const progressText = (p: CampaignProgress) => `${p.resolved} of ${p.total} resolved (${p.percent}%)`;

export function CampaignProgressBar({ name, progress }: { name: string; progress: CampaignProgress }) {
  return (
    <div className="campaign-progress" title={PROGRESS_EXPLAINED}>
      <progress aria-label={`Progress of ${name}`} max={progress.total} value={progress.resolved} />
      <span>{progressText(progress)}</span>
    </div>
  );
}
