import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { Detection, Rule } from '../../contract/rules';
import { RULES } from './catalog';
import { activity, app, connection, daysAfter, daysBefore, group, inventory, person, persons, serviceAccount, share, target } from '../testing/builders';
import type { Inventory } from '../../contract/inventory';

const detect = (inv: Inventory, ruleId: string) => analyze(inv).detections.filter((d) => d.ruleId === ruleId);
const evidenceOf = (d: Detection | undefined) => Object.fromEntries((d?.evidence ?? []).map((e) => [e.field, e.value]));

describe('rule catalog', () => {
  it('has unique kebab-case ids, OWASP ids as published and remediation steps', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(Rule.parse(r)).toEqual(r);
    expect(RULES.length).toBeGreaterThanOrEqual(14);
  });
});

describe('a healthy connection', () => {
  it('triggers no rule', () => {
    expect(analyze(inventory({ connections: [connection('c1')] })).detections).toEqual([]);
  });
});

describe('personal-credential-shared', () => {
  const base = (sharedWith: number) =>
    inventory({
      principals: [person('dana'), ...persons(sharedWith)],
      connections: [connection('c1', { authenticatesAs: 'dana', ownerId: 'dana', authMethod: 'password' })],
      shares: persons(sharedWith).map((p) => share('connection', 'c1', p.id)),
    });
  it('fires when a person identity can be used by at least 5 others', () => {
    const [d] = detect(base(5), 'personal-credential-shared');
    expect(d?.subjectId).toBe('c1');
    expect(d?.exposure).toBe(5);
    expect(evidenceOf(d)).toMatchObject({ authenticatesAs: 'dana', authMethod: 'password', actors: 5 });
  });
  it('does not fire below the threshold or for a service account', () => {
    expect(detect(base(4), 'personal-credential-shared')).toEqual([]);
    const inv = inventory({ principals: persons(6), connections: [connection('c1')], shares: persons(6).map((p) => share('connection', 'c1', p.id)) });
    expect(detect(inv, 'personal-credential-shared')).toEqual([]);
  });
});

describe('implicit-connection-share', () => {
  it('fires when an app share makes the connection usable by others, not when they hold an explicit share', () => {
    const withImplicit = inventory({
      principals: persons(3), connections: [connection('c1')], apps: [app('a1', ['c1'])],
      shares: [share('app', 'a1', 'p1'), share('app', 'a1', 'p2'), share('connection', 'c1', 'p2')],
    });
    const [d] = detect(withImplicit, 'implicit-connection-share');
    expect(d?.relatedIds).toEqual(['a1']);
    expect(evidenceOf(d)).toMatchObject({ 'apps[a1].connectionIds': 'c1', implicitActors: 1 });
    const explicitOnly = inventory({ principals: persons(1), connections: [connection('c1')], apps: [app('a1', ['c1'])], shares: [share('app', 'a1', 'p1'), share('connection', 'c1', 'p1')] });
    expect(detect(explicitOnly, 'implicit-connection-share')).toEqual([]);
  });
});

describe('impersonation-signature', () => {
  const inv = (callers: number, addresses: number, who = 'dana') =>
    inventory({ principals: [person('dana')], connections: [connection('c1', { authenticatesAs: who })], activity: [activity('c1', callers, addresses)] });
  it('fires on many callers behind a personal identity', () => {
    const [d] = detect(inv(40, 2), 'impersonation-signature');
    expect(evidenceOf(d)).toMatchObject({ 'activity.distinctCallers': 40, 'activity.distinctSourceAddresses': 2, authenticatesAs: 'dana' });
    expect(detect(inv(1, 3), 'impersonation-signature')).toHaveLength(1);
  });
  it('does not fire for few callers or a service identity', () => {
    expect(detect(inv(4, 2), 'impersonation-signature')).toEqual([]);
    expect(detect(inv(400, 200, 'sa1'), 'impersonation-signature')).toEqual([]);
  });
});

describe('plaintext-secret', () => {
  it('fires on hard-coded and plaintext secrets, quoting the repository', () => {
    const inv = inventory({
      connections: [connection('c1', { secretStorage: 'hardcoded' }), connection('c2', { secretStorage: 'plaintext' }), connection('c3', { secretStorage: 'platform_encrypted' })],
      apps: [app('a1', ['c1'], { kind: 'script', repository: 'https://git.example.com/x' })],
    });
    const found = detect(inv, 'plaintext-secret');
    expect(found.map((d) => d.subjectId).sort()).toEqual(['c1', 'c2']);
    expect(evidenceOf(found.find((d) => d.subjectId === 'c1'))).toEqual({ secretStorage: 'hardcoded', 'apps[a1].repository': 'https://git.example.com/x' });
  });
});

describe('tls-validation-disabled', () => {
  it('fires on TLS links without validation only', () => {
    const tls = { protocol: 'https', tlsVersion: '1.2', certificateValidation: false, pinning: false, mtls: false } as const;
    const inv = inventory({
      connections: [
        connection('c1', { transport: tls }),
        connection('c2', { transport: { ...tls, protocol: 'http', tlsVersion: undefined } }),
        connection('c3', { transport: { ...tls, certificateValidation: true } }),
      ],
    });
    const found = detect(inv, 'tls-validation-disabled');
    expect(found.map((d) => d.subjectId)).toEqual(['c1']);
    expect(evidenceOf(found[0])).toEqual({ 'transport.certificateValidation': false, 'transport.protocol': 'https' });
  });
});

describe('unencrypted-protocol', () => {
  it('fires on http, ftp, telnet, ldap and on databases without TLS', () => {
    const t = (protocol: Inventory['connections'][number]['transport']['protocol'], tlsVersion?: '1.2') => ({ protocol, tlsVersion, certificateValidation: true, pinning: false, mtls: false });
    const inv = inventory({
      connections: [
        connection('c-http', { transport: t('http') }), connection('c-ftp', { transport: t('ftp') }), connection('c-telnet', { transport: t('telnet') }),
        connection('c-ldap', { transport: t('ldap') }), connection('c-tds', { transport: t('tds') }), connection('c-tds-tls', { transport: t('tds', '1.2') }),
        connection('c-sftp', { transport: t('sftp') }), connection('c-ldaps', { transport: t('ldaps') }),
      ],
    });
    const found = detect(inv, 'unencrypted-protocol');
    expect(found.map((d) => d.subjectId).sort()).toEqual(['c-ftp', 'c-http', 'c-ldap', 'c-tds', 'c-telnet']);
    expect(evidenceOf(found.find((d) => d.subjectId === 'c-ftp'))).toEqual({ 'transport.protocol': 'ftp', 'transport.tlsVersion': null });
  });
});

describe('weak-tls-version', () => {
  it('fires below the policy minimum', () => {
    const tr = (v: '1.0' | '1.1' | '1.2') => ({ protocol: 'https' as const, tlsVersion: v, certificateValidation: true, pinning: false, mtls: false });
    const inv = inventory({ connections: [connection('c1', { transport: tr('1.0') }), connection('c2', { transport: tr('1.1') }), connection('c3', { transport: tr('1.2') })] });
    expect(detect(inv, 'weak-tls-version').map((d) => d.subjectId).sort()).toEqual(['c1', 'c2']);
    expect(evidenceOf(detect(inv, 'weak-tls-version')[0])['transport.tlsVersion']).toMatch(/^1\.[01]$/);
  });
});

describe('no-mtls-service-link', () => {
  it('fires on service-to-service links without mTLS', () => {
    const tr = (mtls: boolean) => ({ protocol: 'grpc' as const, tlsVersion: '1.3' as const, certificateValidation: true, pinning: false, mtls });
    const inv = inventory({
      connections: [connection('c1', { serviceToService: true, transport: tr(false) }), connection('c2', { serviceToService: true, transport: tr(true) }), connection('c3', { transport: tr(false) })],
    });
    const found = detect(inv, 'no-mtls-service-link');
    expect(found.map((d) => d.subjectId)).toEqual(['c1']);
    expect(evidenceOf(found[0])).toEqual({ serviceToService: true, 'transport.mtls': false });
  });
});

describe('identity-without-mfa', () => {
  it('fires on a person without MFA behind a connection, not on one without connections or unknown MFA', () => {
    const inv = inventory({
      principals: [person('noah', { mfa: false }), person('idle', { mfa: false }), person('unknown', { mfa: undefined })],
      connections: [connection('c1', { authenticatesAs: 'noah', authMethod: 'oauth_delegated' }), connection('c2', { authenticatesAs: 'unknown', authMethod: 'oauth_delegated' })],
    });
    const found = detect(inv, 'identity-without-mfa');
    expect(found.map((d) => [d.subjectType, d.subjectId])).toEqual([['principal', 'noah']]);
    expect(found[0]?.relatedIds).toEqual(['c1']);
    expect(evidenceOf(found[0])).toEqual({ mfa: false, 'connections[].authenticatesAs': 1 });
  });
});

describe('long-lived-token', () => {
  it('fires on tokens without expiry or issued beyond the policy lifetime', () => {
    const inv = inventory({
      connections: [
        connection('c-forever', { authMethod: 'bearer_token', credential: { createdAt: daysBefore(30), lastRotatedAt: daysBefore(30) } }),
        connection('c-long', { authMethod: 'api_key', credential: { createdAt: daysBefore(30), lastRotatedAt: daysBefore(30), expiresAt: daysAfter(335) } }),
        connection('c-ok', { authMethod: 'api_key', credential: { createdAt: daysBefore(30), lastRotatedAt: daysBefore(30), expiresAt: daysAfter(60) } }),
        connection('c-oauth', { credential: { createdAt: daysBefore(30) } }),
      ],
    });
    const found = detect(inv, 'long-lived-token');
    expect(found.map((d) => d.subjectId).sort()).toEqual(['c-forever', 'c-long']);
    expect(evidenceOf(found.find((d) => d.subjectId === 'c-forever'))).toEqual({ authMethod: 'bearer_token', 'credential.expiresAt': null });
  });
});

describe('stale-credential', () => {
  it('fires on static secrets older than the rotation policy, relative to the given now', () => {
    const inv = inventory({
      connections: [
        connection('c-old', { authMethod: 'password', credential: { createdAt: daysBefore(500), lastRotatedAt: daysBefore(120) } }),
        connection('c-never', { authMethod: 'api_key', credential: { createdAt: daysBefore(100), expiresAt: daysAfter(10) } }),
        connection('c-fresh', { authMethod: 'password', credential: { createdAt: daysBefore(500), lastRotatedAt: daysBefore(30) } }),
        connection('c-mi', { authMethod: 'managed_identity', credential: { createdAt: daysBefore(900) } }),
      ],
    });
    const found = detect(inv, 'stale-credential');
    expect(found.map((d) => d.subjectId).sort()).toEqual(['c-never', 'c-old']);
    expect(evidenceOf(found.find((d) => d.subjectId === 'c-never'))).toMatchObject({ 'credential.lastRotatedAt': null });
    const later = analyze(inv, { now: daysAfter(70) }).detections.filter((d) => d.ruleId === 'stale-credential');
    expect(later.map((d) => d.subjectId).sort()).toEqual(['c-fresh', 'c-never', 'c-old']);
  });
});

describe('reused-secret', () => {
  it('reports one finding per cluster, on the first connection by id, linking the others', () => {
    const cred = { createdAt: daysBefore(10), lastRotatedAt: daysBefore(10), expiresAt: daysAfter(60), fingerprint: 'fp-1' };
    const inv = inventory({
      targets: [target('t2', { host: 'shared.example.com' })],
      connections: [
        connection('c-b', { credential: cred, platform: 'zapier', environment: 'dev' }),
        connection('c-a', { credential: cred, platform: 'workato' }),
        connection('c-c', { credential: { ...cred, fingerprint: 'fp-2', accountName: 'svc' }, targetId: 't2' }),
        connection('c-d', { credential: { ...cred, fingerprint: 'fp-3', accountName: 'SVC' }, targetId: 't2' }),
        connection('c-e', { credential: { ...cred, fingerprint: 'fp-4' } }),
      ],
    });
    const found = detect(inv, 'reused-secret');
    expect(found.map((d) => [d.subjectId, d.relatedIds])).toEqual([['c-a', ['c-b']], ['c-c', ['c-d']]]);
    expect(evidenceOf(found[0])).toEqual({ 'credential.fingerprint': 'fp-1', platform: 'workato, zapier', environment: 'dev, prod' });
    expect(evidenceOf(found[1])).toMatchObject({ 'credential.accountName': 'SVC, svc' });
  });
});

describe('excess-privilege', () => {
  it('fires on admin behind a read-only app or beyond the declared need', () => {
    const inv = inventory({
      connections: [
        connection('c-admin', { privilege: 'admin', requiredPrivilege: undefined }),
        connection('c-rw', { privilege: 'read_write', requiredPrivilege: 'read_only' }),
        connection('c-ok', { privilege: 'read_write', requiredPrivilege: 'read_write' }),
        connection('c-unknown', { privilege: 'admin', requiredPrivilege: undefined }),
      ],
      apps: [app('a-report', ['c-admin'], { accessMode: 'read_only' })],
    });
    const found = detect(inv, 'excess-privilege');
    expect(found.map((d) => d.subjectId).sort()).toEqual(['c-admin', 'c-rw']);
    expect(evidenceOf(found.find((d) => d.subjectId === 'c-admin'))).toEqual({ privilege: 'admin', 'apps[a-report].accessMode': 'read_only' });
  });
});

describe('orphaned-connection', () => {
  it('fires when the owner or identity departed or is unknown', () => {
    const inv = inventory({
      principals: [person('gone', { status: 'departed', departedAt: daysBefore(20) })],
      connections: [connection('c1', { ownerId: 'gone' }), connection('c2', { authenticatesAs: 'nobody' }), connection('c3')],
    });
    const found = detect(inv, 'orphaned-connection');
    expect(found.map((d) => d.subjectId).sort()).toEqual(['c1', 'c2']);
    expect(evidenceOf(found.find((d) => d.subjectId === 'c1'))).toEqual({ ownerId: 'gone' });
    expect(found.find((d) => d.subjectId === 'c2')?.evidence[0]?.note).toMatch(/not in the directory/);
  });
});

describe('detections', () => {
  it('parse with the contract and are sorted by risk then key', () => {
    const inv = inventory({
      principals: [person('dana'), ...persons(8), group('g', ['p1', 'p2'])],
      connections: [connection('c1', { authenticatesAs: 'dana', secretStorage: 'plaintext' }), connection('c2', { transport: { protocol: 'ftp', certificateValidation: true, pinning: false, mtls: false } }), connection('c3', { authenticatesAs: serviceAccount('x').id })],
      shares: persons(8).map((p) => share('connection', 'c1', p.id)),
    });
    const { detections } = analyze(inv);
    expect(detections.length).toBeGreaterThan(2);
    for (const d of detections) expect(Detection.parse(d)).toEqual(d);
    const sorted = [...detections].sort((a, b) => b.riskScore - a.riskScore || (a.key < b.key ? -1 : 1));
    expect(detections).toEqual(sorted);
    expect(detections[0]?.subjectId).toBe('c1');
  });
});
