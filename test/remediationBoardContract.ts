import { expect } from 'vitest';
import type { call } from '../src/lib/apiClient';
import type { Finding } from '../src/contract/findings';
import type { ServiceState } from '../src/service/state';

const CLOSED = new Set(['resolved', 'accepted_risk', 'false_positive']);

/**
 * The remediation board through the contract (called from contractSuite.ts): every figure worked out here from
 * the raw findings, independently of the domain's functions, and resolving a finding moves them.
 */
export async function remediationBoardChecks(ok: typeof call, raw: typeof call, state: () => ServiceState) {
  const all: Finding[] = [];
  let cursor: string | undefined;
  do {
    const page = await raw('listFindings', { query: { limit: 500, cursor } });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const now = state().now().getTime();
  const open = all.filter((f) => !CLOSED.has(f.state));
  const overdue = open.filter((f) => f.dueAt !== null && Date.parse(f.dueAt) < now);

  const board = await ok('getRemediationBoard');
  expect(board).toMatchObject({ findings: all.length, open: open.length, overdue: overdue.length });
  expect(board.slaPercent).toBeCloseTo((100 * (open.length - overdue.length)) / open.length, 9);
  expect(board.overdueFindings.total).toBe(overdue.length);
  const dues = board.overdueFindings.rows.map((f) => Date.parse(f.dueAt!));
  expect(dues).toEqual([...dues].sort((a, b) => a - b));
  expect(board.overdueFindings.rows.length).toBe(Math.min(100, overdue.length));

  // Per maker: the counts of every maker, and the riskiest first.
  const owners = new Set(all.map((f) => f.ownerId ?? 'unknown'));
  expect(board.byMaker.total).toBe(owners.size);
  for (const row of board.byMaker.rows.slice(0, 10)) {
    const mine = all.filter((f) => (f.ownerId ?? 'unknown') === row.key);
    const mineOpen = mine.filter((f) => !CLOSED.has(f.state));
    expect(row).toMatchObject({ total: mine.length, open: mineOpen.length, closed: mine.length - mineOpen.length, critical: mineOpen.filter((f) => f.severity === 'critical').length });
    expect(row.openRisk).toBeCloseTo(mineOpen.reduce((s, f) => s + f.riskScore, 0), 6);
  }
  const risks = board.byMaker.rows.map((r) => r.openRisk);
  expect(risks).toEqual([...risks].sort((a, b) => b - a));
  expect(board.byPlatform.rows.reduce((s, r) => s + r.total, 0)).toBe(all.length);

  // Resolving an overdue finding takes it off the board's open and overdue counts.
  const late = board.overdueFindings.rows[0]!;
  const { finding } = await raw('getFinding', { params: { id: late.id } });
  await raw('updateFinding', { params: { id: late.id }, body: { version: finding.version, state: 'resolved', comment: 'fixed' } });
  const after = await ok('getRemediationBoard');
  expect(after).toMatchObject({ findings: all.length, open: open.length - 1, overdue: overdue.length - 1 });
  expect(after.overdueFindings.rows.map((f) => f.id)).not.toContain(late.id);
}
