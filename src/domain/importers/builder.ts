import type { App, Connection, Inventory, Principal, Protocol, Share, TargetSystem } from '../../contract/inventory';

/**
 * Accumulates the records a platform export implies. Exports name people and systems many times (every
 * connection repeats its creator); the first full description wins and later mentions only fill gaps.
 */
export class InventoryBuilder {
  private readonly principals = new Map<string, Principal>();
  private readonly targets = new Map<string, TargetSystem>();
  readonly connections: Connection[] = [];
  readonly apps: App[] = [];
  private readonly shares = new Map<string, Share>();

  principal(p: Principal): string {
    const current = this.principals.get(p.id);
    if (!current) this.principals.set(p.id, p);
    else {
      const merged: Principal = { ...p, ...stripUndefined(current) };
      if (p.members || current.members) merged.members = [...new Set([...(current.members ?? []), ...(p.members ?? [])])];
      this.principals.set(p.id, merged);
    }
    return p.id;
  }

  hasPrincipal(id: string) {
    return this.principals.has(id);
  }

  target(t: TargetSystem): string {
    if (!this.targets.has(t.id)) this.targets.set(t.id, t);
    return t.id;
  }

  /** The strongest role wins when an export lists the same grant twice (e.g. CanView and CanEdit). */
  share(s: Omit<Share, 'id'>) {
    const id = `${s.resourceType}:${s.resourceId}:${s.principalId}`;
    const current = this.shares.get(id);
    if (!current || ROLE_RANK[s.role] > ROLE_RANK[current.role]) this.shares.set(id, { ...s, id });
  }

  build(generatedAt: string): Inventory {
    return {
      schemaVersion: 1, generatedAt,
      principals: [...this.principals.values()], targets: [...this.targets.values()],
      connections: this.connections, apps: this.apps, shares: [...this.shares.values()], activity: [],
    };
  }
}

const ROLE_RANK = { use: 0, edit: 1, reshare: 2 } as const;

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Which target kind a protocol suggests, when the export says nothing more. */
export function targetKindOf(protocol: Protocol): TargetSystem['kind'] {
  switch (protocol) {
    case 'ftp': case 'ftps': case 'sftp': return 'file_transfer';
    case 'tds': case 'postgres': case 'mysql': case 'oracle': return 'database';
    case 'ldap': case 'ldaps': return 'directory';
    case 'smtp': return 'mail';
    case 'amqp': return 'message_queue';
    case 'ssh': case 'telnet': return 'api';
    default: return 'api';
  }
}

/** A stable id for a target from its host (case-insensitive, as hosts are). */
export const targetId = (host: string) => `t:${host.trim().toLowerCase()}`;

/** Booleans in exports come as true/false, "true"/"false", "yes"/"no", 1/0. */
export function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'on'].includes(s)) return true;
  if (['false', 'no', 'n', '0', 'off'].includes(s)) return false;
  return undefined;
}

/** The host part of a server address that may carry a scheme, port, path or SQL instance ("srv\\inst,1433"). */
export function hostOf(address: string): string {
  const noScheme = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = noScheme.split(/[/\\,?#]/)[0] ?? noScheme;
  return host.replace(/^tcp:/i, '').replace(/:\d+$/, '').trim() || address.trim();
}

/** The scheme of an address, when it has one (http://, ftps://). */
export const schemeOf = (address: string): string | undefined => /^([a-z][a-z0-9+.-]*):\/\//i.exec(address)?.[1]?.toLowerCase();
