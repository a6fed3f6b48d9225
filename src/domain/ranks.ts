import type { Privilege, Protocol, Sensitivity } from '../contract/inventory';
import type { Severity } from '../contract/rules';

/** Orderings shared by rules, scoring and the graph, kept in one place so they cannot drift apart. */

export const PRIVILEGE_RANK: Record<Privilege, number> = { read_only: 1, read_write: 2, admin: 3 };
export const PRIVILEGES: readonly Privilege[] = ['read_only', 'read_write', 'admin'];

export const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };
export const SENSITIVITY_RANK: Record<Sensitivity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export function maxSeverity(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

export function maxSensitivity(a: Sensitivity | null, b: Sensitivity | null): Sensitivity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SENSITIVITY_RANK[a] >= SENSITIVITY_RANK[b] ? a : b;
}

/** Protocols that are always encrypted, never encrypted, or encrypted only when TLS was negotiated. */
const ALWAYS_ENCRYPTED: ReadonlySet<Protocol> = new Set(['https', 'ftps', 'sftp', 'ssh', 'ldaps']);
const NEVER_ENCRYPTED: ReadonlySet<Protocol> = new Set(['http', 'ftp', 'telnet', 'ldap']);

export function isEncrypted(protocol: Protocol, tlsVersion: string | undefined): boolean {
  if (ALWAYS_ENCRYPTED.has(protocol)) return true;
  if (NEVER_ENCRYPTED.has(protocol)) return false;
  return tlsVersion !== undefined;
}

/** ssh/sftp do not use TLS, so TLS-specific checks (version, certificate validation) do not apply to them. */
export function usesTls(protocol: Protocol, tlsVersion: string | undefined): boolean {
  if (protocol === 'ssh' || protocol === 'sftp') return false;
  return isEncrypted(protocol, tlsVersion);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
