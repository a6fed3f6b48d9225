import type { Finding } from '../../../contract/findings';
import type { Rule } from '../../../contract/rules';
import type { Cell } from '../../../lib/csv';
import { isOpen, isOverdue } from '../../../domain/triage/sla';

export interface Notice {
  makerId: string;
  makerName: string;
  items: { finding: Finding; steps: readonly string[]; overdue: boolean }[];
}

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/**
 * One notice per maker: their open findings, most severe and soonest due first, each with the rule's
 * remediation steps. A rule missing from the catalog gets no invented steps; the notice says so instead.
 */
export function makerNotices(findings: readonly Finding[], rules: ReadonlyMap<string, Rule>, now: Date): Notice[] {
  const byMaker = new Map<string, Notice>();
  for (const f of findings.filter(isOpen)) {
    const makerId = f.ownerId ?? 'unknown';
    const notice = byMaker.get(makerId) ?? { makerId, makerName: f.ownerName ?? 'Unknown owner', items: [] };
    notice.items.push({ finding: f, steps: rules.get(f.ruleId)?.remediation ?? [], overdue: isOverdue(f, now) });
    byMaker.set(makerId, notice);
  }
  const due = (f: Finding) => (f.dueAt ? Date.parse(f.dueAt) : Number.POSITIVE_INFINITY);
  for (const n of byMaker.values()) {
    n.items.sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || due(a.finding) - due(b.finding) || a.finding.id.localeCompare(b.finding.id));
  }
  return [...byMaker.values()].sort((a, b) => b.items.length - a.items.length || a.makerName.localeCompare(b.makerName));
}

export const NOTICE_HEADER = ['maker', 'maker_id', 'finding_id', 'severity', 'finding', 'subject', 'platform', 'environment', 'due', 'overdue', 'owasp', 'remediation_steps'] as const;

/** The notices as CSV rows, header first: one row per finding, steps numbered in one cell. */
export function noticeRows(notices: readonly Notice[]): Cell[][] {
  const rows: Cell[][] = [[...NOTICE_HEADER]];
  for (const n of notices) {
    for (const { finding: f, steps, overdue } of n.items) {
      rows.push([
        n.makerName, n.makerId, f.id, f.severity, f.title, f.subjectName, f.platform, f.environment, f.dueAt?.slice(0, 10) ?? '',
        overdue ? 'yes' : 'no', f.owasp.join(' '),
        steps.length ? steps.map((s, i) => `${i + 1}. ${s}`).join('\n') : 'No steps in the rule catalog for this rule',
      ]);
    }
  }
  return rows;
}
