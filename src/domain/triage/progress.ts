import type { Finding } from '../../contract/findings';
import type { Progress } from '../../contract/remediationBoard';
import { isOpen, isOverdue } from './sla';

/**
 * Groups findings (every state) by a key such as the owning maker or the platform, so each row shows how much
 * is done as well as what is left; rows with the most open risk first, ties by name for a stable order.
 */
export function progressBy(findings: readonly Finding[], group: (f: Finding) => { key: string; name: string }, now: Date): Progress[] {
  const rows = new Map<string, Progress>();
  for (const f of findings) {
    const { key, name } = group(f);
    const row = rows.get(key) ?? { key, name, total: 0, open: 0, critical: 0, overdue: 0, closed: 0, openRisk: 0 };
    row.total++;
    if (isOpen(f)) {
      row.open++;
      row.openRisk += f.riskScore;
      if (f.severity === 'critical') row.critical++;
      if (isOverdue(f, now)) row.overdue++;
    } else {
      row.closed++;
    }
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.openRisk - a.openRisk || a.name.localeCompare(b.name));
}

export const byMaker = (f: Finding) => ({ key: f.ownerId ?? 'unknown', name: f.ownerName ?? 'Unknown owner' });
export const byPlatform = (f: Finding) => ({ key: f.platform ?? 'none', name: f.platform ?? 'No platform (identity findings)' });
