import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../contract/rules';
import { makerNotices, NOTICE_HEADER, noticeRows } from './notices';
import { toCsv } from '../../../lib/csv';
import { finding } from '../../../domain/testing/records';

const now = new Date('2026-06-01T00:00:00Z');
const rule: Rule = {
  id: 'tls-validation-disabled', title: 'TLS validation off', severity: 'high', owasp: ['CD-SEC-05'], subjectType: 'connection',
  checks: 'x', evidenceFields: [], remediation: ['Turn certificate validation on', 'Fix the certificate instead'],
};
const rules = new Map([[rule.id, rule]]);

describe('makerNotices', () => {
  const rows = [
    finding('a', { ownerId: 'p1', ownerName: 'Ann', severity: 'medium' }),
    finding('b', { ownerId: 'p1', ownerName: 'Ann', severity: 'critical', dueAt: '2026-05-01T00:00:00Z' }),
    finding('c', { ownerId: 'p2', ownerName: '=cmd|calc', ruleId: 'unknown-rule' }),
    finding('d', { ownerId: 'p2', ownerName: '=cmd|calc', state: 'resolved' }),
  ];

  it('groups open findings per maker, most severe first, with the catalog steps', () => {
    const notices = makerNotices(rows, rules, now);
    expect(notices.map((n) => [n.makerName, n.items.map((i) => i.finding.id)])).toEqual([['Ann', ['b', 'a']], ['=cmd|calc', ['c']]]);
    expect(notices[0]!.items[0]!).toMatchObject({ overdue: true, steps: rule.remediation });
    expect(notices[1]!.items[0]!.steps).toEqual([]);
  });

  it('exports one safe CSV row per finding under the header', () => {
    const csv = toCsv(noticeRows(makerNotices(rows, rules, now)));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(NOTICE_HEADER.join(','));
    expect(csv).toContain('"1. Turn certificate validation on\n2. Fix the certificate instead"');
    expect(csv).toContain("'=cmd|calc,p2,c,");
    expect(csv).toContain('No steps in the rule catalog for this rule');
    expect(lines.filter(Boolean)).toHaveLength(4);
  });
});
