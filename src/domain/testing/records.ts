import type { Finding } from '../../contract/findings';
import type { Snapshot } from '../../contract/snapshots';

/** A snapshot with small, readable figures; tests override only what they are about. */
export function snapshot(takenAt: string, extra: Partial<Snapshot> = {}): Snapshot {
  return {
    id: `snap-${takenAt.slice(0, 10)}`, takenAt, importId: null, postureScore: 50, connections: 10,
    personalCredentialConnections: 2, peopleActingAsOthers: 5,
    openBySeverity: { critical: 1, high: 2, medium: 3, low: 0 },
    openByOwasp: { 'CD-SEC-05': 4 }, openByPlatform: { n8n: 6 }, openByBusinessUnit: { Sales: 6 },
    newSincePrevious: 0, resolvedSincePrevious: 0, ...extra,
  };
}

export function finding(id: string, extra: Partial<Finding> = {}): Finding {
  return {
    id, key: id, ruleId: 'tls-validation-disabled', severity: 'high', owasp: ['CD-SEC-05'], subjectType: 'connection',
    subjectId: `c-${id}`, subjectName: `Connection ${id}`, relatedIds: [], evidence: [{ field: 'transport.certificateValidation', value: false }],
    exposure: 3, riskScore: 40, title: 'TLS certificate validation off', platform: 'n8n', environment: 'prod',
    ownerId: 'p-1', ownerName: 'Ann Maker', state: 'open', assigneeId: null, dueAt: null, justification: null,
    acceptedUntil: null, reason: null, firstSeenAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
    ...extra,
  };
}
