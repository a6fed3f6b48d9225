import { z } from './zod';
import { Finding } from './findings';

/** One team's or maker's findings: what is done as well as what is left. */
export const Progress = z.object({
  key: z.string(),
  name: z.string(),
  total: z.number().int().nonnegative(),
  /** Open or in progress. */
  open: z.number().int().nonnegative(),
  /** Open and critical. */
  critical: z.number().int().nonnegative(),
  /** Open and past the due date. */
  overdue: z.number().int().nonnegative(),
  /** Resolved, accepted or dismissed: no longer work for the maker. */
  closed: z.number().int().nonnegative(),
  /** Sum of the risk scores of the open findings: who owns the most open risk. */
  openRisk: z.number().nonnegative(),
});
export type Progress = z.infer<typeof Progress>;

/** The first rows of a ranking and how many there are in all, so a page can say "top 100 of 2,345". */
const Ranked = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int().nonnegative() });

/**
 * The CoE lead's board, computed where the findings are: on `l` there are tens of thousands, which a browser
 * should not download to count. Every figure is over all findings, now; rankings are cut to their first rows.
 */
export const RemediationBoard = z.object({
  /** Findings in every state. */
  findings: z.number().int().nonnegative(),
  /** Open or in progress. */
  open: z.number().int().nonnegative(),
  /** Open and past the due date. */
  overdue: z.number().int().nonnegative(),
  /** Share of open findings not past their due date; null when nothing is open. */
  slaPercent: z.number().min(0).max(100).nullable(),
  /** Per platform (findings carry their platform, not the owner's department), most open risk first. */
  byPlatform: Ranked(Progress),
  /** Per maker (the subject's owner), most open risk first. */
  byMaker: Ranked(Progress),
  /** Open findings past their due date, longest overdue first. */
  overdueFindings: Ranked(Finding),
});
export type RemediationBoard = z.infer<typeof RemediationBoard>;

/** How many rows of each ranking the board carries. */
export const BOARD_ROWS = 100;
