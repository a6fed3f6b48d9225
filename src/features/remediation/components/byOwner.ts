import type { Finding } from '../../../contract/findings';

export interface OwnerLoad {
  ownerId: string;
  ownerName: string;
  open: number;
  critical: number;
  overdue: number;
  riskSum: number;
}

/** Groups open findings by the maker who owns the subject, riskiest load first. */
export function loadByOwner(findings: readonly Finding[], now: Date): OwnerLoad[] {
  const byOwner = new Map<string, OwnerLoad>();
  for (const f of findings) {
    const key = f.ownerId ?? 'unknown';
    const row = byOwner.get(key) ?? { ownerId: key, ownerName: f.ownerName ?? 'Unknown owner', open: 0, critical: 0, overdue: 0, riskSum: 0 };
    row.open++;
    if (f.severity === 'critical') row.critical++;
    if (f.dueAt && Date.parse(f.dueAt) < now.getTime()) row.overdue++;
    row.riskSum += f.riskScore;
    byOwner.set(key, row);
  }
  return [...byOwner.values()].sort((a, b) => b.riskSum - a.riskSum || a.ownerName.localeCompare(b.ownerName));
}
