import type { Activity, App, Connection, Inventory, Principal, Share, TargetSystem } from '../../contract/inventory';
import { DAY_MS, isoAt } from '../time';

/** Fixed reference date: every generated date is relative to it, so output is identical on every run. */
export const GENERATED_AT = '2026-11-01T00:00:00.000Z';
export const REF_MS = Date.parse(GENERATED_AT);
export const daysAgo = (days: number): string => isoAt(REF_MS - days * DAY_MS);
export const daysAhead = (days: number): string => isoAt(REF_MS + days * DAY_MS);

/** The inventory under construction. */
export interface Draft {
  principals: Principal[];
  targets: TargetSystem[];
  connections: Connection[];
  apps: App[];
  shares: Share[];
  activity: Activity[];
  nextShare: number;
}

export function newDraft(): Draft {
  return { principals: [], targets: [], connections: [], apps: [], shares: [], activity: [], nextShare: 1 };
}

export function toInventory(d: Draft): Inventory {
  return {
    schemaVersion: 1,
    generatedAt: GENERATED_AT,
    principals: d.principals,
    targets: d.targets,
    connections: d.connections,
    apps: d.apps,
    shares: d.shares,
    activity: d.activity,
  };
}

export function share(d: Draft, resourceType: Share['resourceType'], resourceId: string, principalId: string, role: Share['role'] = 'use', id?: string): void {
  d.shares.push({ id: id ?? `s-${String(d.nextShare++).padStart(7, '0')}`, resourceType, resourceId, principalId, role });
}

export function person(id: string, name: string, department: string, extra: Partial<Principal> = {}): Principal {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@corp.example.com`;
  return { id, kind: 'person', name, email, department, businessUnit: department, status: 'active', mfa: true, ...extra };
}

/** A connection that passes every rule; scenarios override only what makes them risky. */
export function healthyConnection(fields: Pick<Connection, 'id' | 'name' | 'platform' | 'connector' | 'targetId' | 'authenticatesAs' | 'ownerId'> & Partial<Connection>): Connection {
  return {
    environment: 'prod',
    authMethod: 'oauth_client_credentials',
    secretStorage: 'vault',
    credential: { createdAt: daysAgo(400), lastRotatedAt: daysAgo(20), expiresAt: daysAhead(60) },
    transport: { protocol: 'https', tlsVersion: '1.3', certificateValidation: true, pinning: false, mtls: false },
    privilege: 'read_only',
    requiredPrivilege: 'read_only',
    serviceToService: false,
    ...fields,
  };
}
