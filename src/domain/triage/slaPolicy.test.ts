import { describe, expect, it } from 'vitest';
import { finding } from '../testing/records';
import { DEFAULT_SLA } from './sla';
import { manuallyDated, policyDueDate, recomputeDueDates, validateSlaDays } from './slaPolicy';

const now = new Date('2026-03-01T00:00:00Z');
const seen = '2026-01-01T00:00:00.000Z';
const byDefault = (severity: 'critical' | 'high' | 'medium' | 'low') => policyDueDate({ severity, firstSeenAt: seen }, DEFAULT_SLA);

describe('validateSlaDays', () => {
  it('accepts the defaults and equal neighbours', () => {
    expect(validateSlaDays(DEFAULT_SLA)).toEqual([]);
    expect(validateSlaDays({ critical: 5, high: 5, medium: 5, low: 5 })).toEqual([]);
  });
  it('names each field that is not whole days within 1..3650', () => {
    expect(validateSlaDays({ critical: 0, high: 2.5, medium: 3651, low: 180 }).map((i) => i.field)).toEqual(['critical', 'high', 'medium']);
    expect(validateSlaDays({ critical: Number.NaN, high: 30, medium: 90, low: 180 })[0]).toMatchObject({ field: 'critical', message: 'Whole days only' });
  });
  it('refuses a less severe SLA shorter than a more severe one, on the field that falls short', () => {
    expect(validateSlaDays({ critical: 7, high: 30, medium: 20, low: 180 })).toEqual([
      { field: 'medium', message: 'At least as long as high (30 days)' },
    ]);
    expect(validateSlaDays({ critical: 40, high: 30, medium: 90, low: 180 })[0]?.field).toBe('high');
  });
});

describe('recomputeDueDates', () => {
  const shorter = { ...DEFAULT_SLA, critical: 2 };
  const rows = [
    finding('policy-critical', { severity: 'critical', firstSeenAt: seen, dueAt: byDefault('critical') }),
    finding('policy-high', { severity: 'high', firstSeenAt: seen, dueAt: byDefault('high') }),
    finding('hand-set', { severity: 'critical', firstSeenAt: seen, dueAt: '2026-12-31T00:00:00.000Z' }),
    finding('in-progress', { severity: 'critical', state: 'in_progress', firstSeenAt: seen, dueAt: byDefault('critical'), version: 4 }),
    finding('resolved', { severity: 'critical', state: 'resolved', firstSeenAt: seen, dueAt: byDefault('critical') }),
    finding('accepted', { severity: 'critical', state: 'risk_accepted', firstSeenAt: seen, dueAt: byDefault('critical') }),
  ];
  const manual = manuallyDated([
    { findingId: 'hand-set', action: 'due_date_set' },
    { findingId: 'policy-critical', action: 'assigned' },
  ]);

  it('moves only active, policy-dated findings whose date changes, one version on', () => {
    const changes = recomputeDueDates(rows, manual, shorter, now);
    expect(changes.map((c) => c.finding.id)).toEqual(['policy-critical', 'in-progress']);
    expect(changes[0]!.finding).toMatchObject({ dueAt: '2026-01-03T00:00:00.000Z', version: 2, updatedAt: now.toISOString() });
    expect(changes[1]).toMatchObject({ previousVersion: 4, finding: { version: 5, dueAt: '2026-01-03T00:00:00.000Z' } });
  });
  it('changes nothing when the policy gives the same dates', () => {
    expect(recomputeDueDates(rows, manual, DEFAULT_SLA, now)).toEqual([]);
  });
  it('knows a hand-set due date only from the audit log', () => {
    expect([...manual]).toEqual(['hand-set']);
  });
});
