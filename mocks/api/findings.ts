import type { Operations } from './operations';
import type { MockState } from '../state';
import { appendEvents } from '../state';
import { notFound, ProblemError } from '../problems';
import { inSet, matchesText, paginate, sortRows } from './paging';
import { applyPatch } from '../../src/domain/triage/applyPatch';
import { VersionConflictError } from '../../src/domain/triage/errors';

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;

function detail(state: MockState, id: string) {
  const finding = state.findings.get(id);
  if (!finding) throw notFound('Finding', id);
  return { finding, events: state.events.filter((e) => e.findingId === id) };
}

export const findingOperations = {
  listFindings: ({ query }, state) => {
    const all = [...state.findings.values()];
    const matching = all.filter(
      (f) =>
        inSet(query.severity, f.severity) &&
        inSet(query.ruleId, f.ruleId) &&
        inSet(query.platform, f.platform ?? undefined) &&
        inSet(query.environment, f.environment ?? undefined) &&
        (!query.owasp || f.owasp.includes(query.owasp)) &&
        (!query.assigneeId || f.assigneeId === query.assigneeId) &&
        (!query.subjectId || f.subjectId === query.subjectId || f.relatedIds.includes(query.subjectId)) &&
        matchesText(query.q, f.title, f.subjectName, f.ownerName, f.ruleId),
    );
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
    return { ...paginate(sorted, query.cursor, query.limit), stateCounts };
  },

  getFinding: ({ params }, state) => detail(state, params.id),

  updateFinding: ({ params, body }, state) => {
    const current = detail(state, params.id).finding;
    try {
      const { finding, events } = applyPatch(current, body, state.user.username, state.now());
      state.findings.set(finding.id, finding);
      appendEvents(state, events);
      return detail(state, finding.id);
    } catch (err) {
      if (err instanceof VersionConflictError) {
        throw new ProblemError({
          type: 'about:blank', title: 'Edit conflict', status: 409,
          detail: `${err.message}. Review the current values and apply your change again.`,
          current: err.current,
        });
      }
      throw err;
    }
  },
} satisfies Partial<Operations>;
