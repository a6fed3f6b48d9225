import type { Severity } from '../../contract/rules';

/** Days to remediate per severity; editable by CoE leads, so it is data, not a constant in the rules. */
export type SlaPolicy = Record<Severity, number>;
export const DEFAULT_SLA: SlaPolicy = { critical: 7, high: 30, medium: 90, low: 180 };

const DAY_MS = 86_400_000;

export function dueDateFor(severity: Severity, from: Date, sla: SlaPolicy = DEFAULT_SLA): string {
  return new Date(from.getTime() + sla[severity] * DAY_MS).toISOString();
}
