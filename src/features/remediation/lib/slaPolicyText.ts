import type { SlaPolicy } from '../../../contract/slaPolicy';
import { formatDate } from '../../../lib/format';

/** Who set the policy in force, and when; the built-in default has nobody. */
export function policyProvenance(policy: SlaPolicy) {
  return policy.updatedAt ? `Changed by ${policy.updatedBy ?? 'unknown'} on ${formatDate(policy.updatedAt)}.` : 'The default policy; nobody has changed it.';
}

/** "Critical", "High", …: the severities as labels start a sentence or a table row. */
export const severityLabel = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
