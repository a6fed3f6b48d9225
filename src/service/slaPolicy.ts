import type { Finding } from '../contract/findings';
import type { SlaPolicy, SlaPolicyUpdate } from '../contract/slaPolicy';
import { DEFAULT_SLA, type SlaPolicy as SlaDays } from '../domain/triage/sla';
import { manuallyDated, recomputeDueDates, validateSlaDays } from '../domain/triage/slaPolicy';
import { findingsChanged } from './findings/findingsIndex';
import { conflict, ProblemError } from './problems';
import type { ServiceState } from './state';

/** The policy nobody has changed yet: the product's defaults, at version 1. */
export const DEFAULT_SLA_POLICY: SlaPolicy = { ...DEFAULT_SLA, version: 1, updatedAt: null, updatedBy: null };

/**
 * One audit entry per policy change: who, when, and the days before and after. Recomputed due dates are not
 * audited finding by finding: on a large inventory one change moves tens of thousands of them, and this entry
 * (with the rule in recomputeDueDates) says exactly why each moved.
 */
export interface SlaPolicyChange {
  version: number;
  at: string;
  by: string;
  before: SlaDays;
  after: SlaDays;
}

export interface SlaPolicyPlan {
  policy: SlaPolicy;
  /** Null when the days asked for are the ones in force: nothing to store. */
  change: SlaPolicyChange | null;
  findings: { finding: Finding; previousVersion: number }[];
}

export const slaDaysOf = ({ critical, high, medium, low }: SlaDays): SlaDays => ({ critical, high, medium, low });

const sameDays = (a: SlaDays, b: SlaDays) => a.critical === b.critical && a.high === b.high && a.medium === b.medium && a.low === b.low;

/**
 * Plans a policy change (see writes.ts for plan/apply): a stale version is the same 409 as a stale triage edit,
 * invalid days a 422 naming each field, and the plan carries every active finding whose policy-set due date
 * moves (recomputeDueDates says which), so the server stores policy and dates in one transaction.
 */
export function planSlaPolicyUpdate(state: ServiceState, body: SlaPolicyUpdate, actor: string): SlaPolicyPlan {
  const current = state.slaPolicy;
  if (body.version !== current.version) {
    throw conflict(
      'Edit conflict',
      `The SLA policy was changed by ${current.updatedBy ?? 'someone else'} since you loaded it (now version ${current.version}). Reload it and apply your change again.`,
      current,
    );
  }
  const days = slaDaysOf(body);
  const issues = validateSlaDays(days);
  if (issues.length > 0) {
    throw new ProblemError({
      type: 'about:blank', title: 'Invalid SLA policy', status: 422, detail: 'Nothing was changed.',
      errors: issues.map((i) => ({ field: `body.${i.field}`, message: i.message })),
    });
  }
  if (sameDays(days, current)) return { policy: current, change: null, findings: [] };
  const now = state.now();
  const at = now.toISOString();
  return {
    policy: { ...days, version: current.version + 1, updatedAt: at, updatedBy: actor },
    change: { version: current.version + 1, at, by: actor, before: slaDaysOf(current), after: days },
    findings: recomputeDueDates(state.findings.values(), manuallyDated(state.events), days, now),
  };
}

export function applySlaPolicyUpdate(state: ServiceState, plan: SlaPolicyPlan) {
  if (!plan.change) return;
  state.slaPolicy = plan.policy;
  state.slaPolicyChanges.push(plan.change);
  for (const { finding } of plan.findings) state.findings.set(finding.id, finding);
  if (plan.findings.length > 0) findingsChanged(state);
}

/**
 * Takes on a policy stored elsewhere without recording a change: the browser mock regenerates its findings on
 * every page load, and the policy the user saved must govern them as it did before the reload.
 */
export function adoptSlaPolicy(state: ServiceState, policy: SlaPolicy) {
  const findings = recomputeDueDates(state.findings.values(), manuallyDated(state.events), slaDaysOf(policy), state.now());
  state.slaPolicy = policy;
  for (const { finding } of findings) state.findings.set(finding.id, finding);
  if (findings.length > 0) findingsChanged(state);
}
