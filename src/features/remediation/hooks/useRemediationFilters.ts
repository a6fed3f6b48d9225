import { useUrlState } from '../../../lib/useUrlState';

export const GOALS = [25, 50, 75, 100] as const;
const DAY_MS = 86_400_000;
/** Without a chosen date the goal is one quarter after the latest import, a common CoE planning horizon. */
export const DEFAULT_HORIZON_DAYS = 90;

/** The board's choices, in the URL so a CoE lead can share the exact view: goal, target date and maker. */
export function useRemediationFilters() {
  const [raw, set] = useUrlState(['goal', 'by', 'maker'] as const);
  const goal = GOALS.find((g) => String(g) === raw.goal) ?? 50;
  const by = raw.by && !Number.isNaN(Date.parse(raw.by)) ? raw.by : undefined;
  return { goal, by, maker: raw.maker, set };
}

export const defaultTargetAt = (latestMs: number) => latestMs + DEFAULT_HORIZON_DAYS * DAY_MS;
