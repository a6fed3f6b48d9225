import { describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/findings';
import type { Detection } from '../../contract/rules';
import { applyPatch, expireAcceptance } from './applyPatch';
import { reconcile } from './reconcile';
import { VersionConflictError } from './errors';

const now = new Date('2026-06-01T00:00:00Z');

function detection(key: string): Detection {
  const [ruleId = 'r', , subjectId = 's'] = key.split(':');
  return {
    key, ruleId, severity: 'high', owasp: ['CD-SEC-05'], subjectType: 'connection', subjectId, subjectName: subjectId,
    relatedIds: [], evidence: [{ field: 'transport.certificateValidation', value: false }], exposure: 3, riskScore: 60,
  };
}
const ctx = () => ({ title: 'T', platform: null, environment: null, ownerId: 'p1', ownerName: 'Ann' });

function finding(overrides: Partial<Finding> = {}): Finding {
  const [f] = reconcile(new Map(), [detection('r:connection:c1')], ctx, now).findings;
  return { ...f!, ...overrides };
}

describe('applyPatch', () => {
  it('changes state, bumps the version and records before and after', () => {
    const { finding: next, events } = applyPatch(finding(), { version: 1, state: 'in_progress', assigneeId: 'a1' }, 'ana', now);
    expect(next).toMatchObject({ state: 'in_progress', assigneeId: 'a1', version: 2 });
    expect(events.map((e) => [e.action, e.before, e.after.state ?? e.after.assigneeId])).toEqual([
      ['state_changed', { state: 'open' }, 'in_progress'],
      ['assigned', { assigneeId: null }, 'a1'],
    ]);
  });

  it('refuses an edit made against an older version, carrying the current record', () => {
    const current = finding({ version: 3, state: 'in_progress' });
    expect(() => applyPatch(current, { version: 2, state: 'resolved' }, 'bo', now)).toThrow(VersionConflictError);
    try {
      applyPatch(current, { version: 2, state: 'resolved' }, 'bo', now);
    } catch (err) {
      expect((err as VersionConflictError).current.state).toBe('in_progress');
    }
  });

  it('keeps the justification only while a risk stays accepted', () => {
    const accepted = applyPatch(finding(), { version: 1, state: 'risk_accepted', justification: 'legacy', acceptedUntil: '2026-07-01T00:00:00Z' }, 'a', now).finding;
    expect(accepted).toMatchObject({ justification: 'legacy', acceptedUntil: '2026-07-01T00:00:00Z' });
    const reopened = applyPatch(accepted, { version: 2, state: 'open' }, 'a', now).finding;
    expect(reopened).toMatchObject({ justification: null, acceptedUntil: null });
  });

  it('reopens an accepted risk once its expiry has passed', () => {
    const accepted = finding({ state: 'risk_accepted', justification: 'x', acceptedUntil: '2026-05-01T00:00:00Z' });
    const { finding: next, events } = expireAcceptance(accepted, now);
    expect(next.state).toBe('open');
    expect(events[0]?.after).toMatchObject({ reason: 'risk acceptance expired' });
    expect(expireAcceptance(finding({ state: 'risk_accepted', acceptedUntil: '2026-09-01T00:00:00Z' }), now).events).toEqual([]);
  });
});

describe('reconcile', () => {
  it('gives new detections an SLA due date and keeps triage across re-imports', () => {
    const first = reconcile(new Map(), [detection('r:connection:c1')], ctx, now);
    expect(first.counts).toEqual({ new: 1, resolved: 0, reopened: 0 });
    expect(first.findings[0]?.dueAt).toBe('2026-07-01T00:00:00.000Z');
    const triaged = { ...first.findings[0]!, state: 'in_progress' as const, assigneeId: 'a1' };
    const second = reconcile(new Map([[triaged.id, triaged]]), [detection('r:connection:c1')], ctx, now);
    expect(second.counts).toEqual({ new: 0, resolved: 0, reopened: 0 });
    expect(second.findings[0]).toMatchObject({ state: 'in_progress', assigneeId: 'a1' });
  });

  it('resolves what is no longer reproduced and reopens what comes back', () => {
    const open = finding();
    const gone = reconcile(new Map([[open.id, open]]), [], ctx, now);
    expect(gone.counts.resolved).toBe(1);
    expect(gone.findings[0]).toMatchObject({ state: 'resolved', reason: 'not reproduced by import' });
    const back = reconcile(new Map([[open.id, gone.findings[0]!]]), [detection('r:connection:c1')], ctx, now);
    expect(back.counts.reopened).toBe(1);
    expect(back.findings[0]?.state).toBe('open');
  });

  it('leaves accepted risks and false positives alone when they disappear', () => {
    const fp = finding({ state: 'false_positive', reason: 'test data' });
    const result = reconcile(new Map([[fp.id, fp]]), [], ctx, now);
    expect(result.findings[0]).toMatchObject({ state: 'false_positive', reason: 'test data' });
    expect(result.counts.resolved).toBe(0);
  });
});
