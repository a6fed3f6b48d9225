import type { Activity, App, Connection, Inventory, Principal, Share, TargetSystem } from '../../contract/inventory';

/**
 * Small builders for hand-made test inventories: one place for test data. Defaults describe a healthy
 * connection (service account, vault, TLS 1.3, rotated recently), so a test states only what it is about.
 */
export const NOW = '2026-11-01T00:00:00.000Z';
const DAY = 86_400_000;
export const daysBefore = (days: number): string => new Date(Date.parse(NOW) - days * DAY).toISOString();
export const daysAfter = (days: number): string => new Date(Date.parse(NOW) + days * DAY).toISOString();

export function person(id: string, extra: Partial<Principal> = {}): Principal {
  return { id, kind: 'person', name: `Person ${id}`, department: 'Sales', status: 'active', mfa: true, ...extra };
}
export function group(id: string, members: string[], extra: Partial<Principal> = {}): Principal {
  return { id, kind: 'group', name: `Group ${id}`, status: 'active', members, ...extra };
}
export function serviceAccount(id: string, extra: Partial<Principal> = {}): Principal {
  return { id, kind: 'service_account', name: `svc-${id}`, status: 'active', ...extra };
}
export function target(id: string, extra: Partial<TargetSystem> = {}): TargetSystem {
  return { id, name: `Target ${id}`, kind: 'database', host: `${id}.corp.example.com`, sensitivity: 'high', ...extra };
}
export function connection(id: string, extra: Partial<Connection> = {}): Connection {
  return {
    id,
    name: `Connection ${id}`,
    platform: 'power_platform',
    environment: 'prod',
    connector: 'shared_sql',
    targetId: 't1',
    authenticatesAs: 'sa1',
    ownerId: 'owner',
    authMethod: 'oauth_client_credentials',
    secretStorage: 'vault',
    credential: { createdAt: daysBefore(200), lastRotatedAt: daysBefore(10), expiresAt: daysAfter(60) },
    transport: { protocol: 'https', tlsVersion: '1.3', certificateValidation: true, pinning: false, mtls: false },
    privilege: 'read_only',
    requiredPrivilege: 'read_only',
    serviceToService: false,
    ...extra,
  };
}
export function app(id: string, connectionIds: string[], extra: Partial<App> = {}): App {
  return { id, name: `App ${id}`, kind: 'app', platform: 'power_platform', environment: 'prod', ownerId: 'owner', connectionIds, accessMode: 'read_write', ...extra };
}
let shareSeq = 0;
export function share(resourceType: Share['resourceType'], resourceId: string, principalId: string, extra: Partial<Share> = {}): Share {
  shareSeq += 1;
  return { id: `s-${resourceId}-${principalId}-${shareSeq}`, resourceType, resourceId, principalId, role: 'use', ...extra };
}
export function activity(connectionId: string, distinctCallers: number, distinctSourceAddresses: number): Activity {
  return { connectionId, windowStart: daysBefore(30), windowEnd: daysBefore(1), distinctCallers, distinctSourceAddresses };
}

/** An inventory with an owner, a service account and a target, plus whatever the test adds. */
export function inventory(parts: Partial<Omit<Inventory, 'schemaVersion' | 'generatedAt'>> = {}): Inventory {
  const principals = parts.principals ?? [];
  const has = (id: string) => principals.some((p) => p.id === id);
  const targets = parts.targets ?? [];
  return {
    schemaVersion: 1,
    generatedAt: NOW,
    principals: [...(has('owner') ? [] : [person('owner', { name: 'Olive Owner' })]), ...(has('sa1') ? [] : [serviceAccount('sa1')]), ...principals],
    targets: targets.some((t) => t.id === 't1') ? targets : [target('t1'), ...targets],
    connections: parts.connections ?? [],
    apps: parts.apps ?? [],
    shares: parts.shares ?? [],
    activity: parts.activity ?? [],
  };
}

/** n persons p1..pn. */
export function persons(n: number, prefix = 'p', extra: Partial<Principal> = {}): Principal[] {
  return Array.from({ length: n }, (_, i) => person(`${prefix}${i + 1}`, extra));
}
