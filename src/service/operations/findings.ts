import type { Operations } from './operations';
import { inSet, paginate, sortRows } from './paging';
import { findingsMatching } from '../findings/matchesFilter';
import { groupFindings } from '../findings/groupFindings';
import { findingDetail } from '../writes';
import { findingMetrics } from '../findings/metricsCache';
import { slaCompliance as openAndOverdue, isOverdue } from '../../domain/triage/sla';
import { byMaker, byPlatform, progressBy } from '../../domain/triage/progress';
import { BOARD_ROWS } from '../../contract/remediationBoard';

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

export const findingOperations = {
  listFindings: ({ query }, state) => {
    const matching = findingsMatching(state, query, { ignoreState: true });
    // Counts per state ignore the state filter, so the tabs show what each state would hold.
    const stateCounts: Record<string, number> = {};
    for (const f of matching) stateCounts[f.state] = (stateCounts[f.state] ?? 0) + 1;
    const rows = matching.filter((f) => inSet(query.state, f.state));
    const sorted = sortRows(rows, query.sort, {
      riskScore: (f) => f.riskScore,
      severity: (f) => SEVERITY_RANK[f.severity],
      firstSeenAt: (f) => f.firstSeenAt,
      dueAt: (f) => f.dueAt ?? '9999',
      exposure: (f) => f.exposure,
    }, '-riskScore');
    if (!query.groupBy) return { ...paginate(sorted, query.cursor, query.limit), stateCounts };
    const { groups, groupsTotal, entries } = groupFindings(state, sorted, query.groupBy);
    const page = paginate(entries, query.cursor, query.limit);
    return {
      items: page.items.map((e) => e.finding), itemGroups: page.items.map((e) => e.group), nextCursor: page.nextCursor,
      total: sorted.length, stateCounts, groups, groupsTotal,
    };
  },

  getFinding: ({ params }, state) => findingDetail(state, params.id),

  // The overview's figures, computed here rather than by shipping every finding to the browser (31,000 on `l`).
  getFindingMetrics: ({ query }, state) => findingMetrics(state, query),

  // The remediation board, for the same reason: one pass here instead of every finding downloaded and counted.
  getRemediationBoard: (_input, state) => {
    const now = state.now();
    const all = [...state.findings.values()];
    const sla = openAndOverdue(all, now);
    const rank = <T>(rows: T[]) => ({ rows: rows.slice(0, BOARD_ROWS), total: rows.length });
    const overdue = all.filter((f) => isOverdue(f, now)).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!) || a.id.localeCompare(b.id));
    return {
      findings: all.length, open: sla.open, overdue: sla.overdue, slaPercent: sla.percent,
      byPlatform: rank(progressBy(all, byPlatform, now)), byMaker: rank(progressBy(all, byMaker, now)), overdueFindings: rank(overdue),
    };
  },

} satisfies Partial<Operations>;
