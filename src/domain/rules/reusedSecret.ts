import type { Connection } from '../../contract/inventory';
import type { RuleDefinition, RuleFinding } from './types';
import { ev } from './types';

/** Union-find over connection positions, so "same secret" and "same account" links merge into one cluster. */
function find(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  let n = i;
  while (parent[n] !== r) {
    const next = parent[n] as number;
    parent[n] = r;
    n = next;
  }
  return r;
}

const distinct = (values: readonly string[]): string[] => [...new Set(values)].sort();

/**
 * One static secret (same fingerprint) or one account on one host used by several connections: a leak anywhere
 * is a leak everywhere, and test systems hold production keys. One finding per cluster, on its first connection
 * by id, listing the others in relatedIds, so the fix is tracked once.
 */
export const reusedSecret: RuleDefinition = {
  meta: {
    id: 'reused-secret',
    title: 'One static secret or account reused across connections',
    severity: 'high',
    owasp: ['NHI9:2025', 'NHI8:2025', 'CD-SEC-05'],
    subjectType: 'connection',
    checks: 'Several connections carry the same secret (same credential fingerprint) or sign in with the same account on the same host, possibly across platforms and environments.',
    evidenceFields: ['credential.fingerprint', 'credential.accountName', 'platform', 'environment'],
    remediation: [
      'Give each app and each environment its own identity and secret.',
      'Never use a production secret in test or development.',
      'Rotate the shared secret once every consumer has its own, and revoke the old one.',
    ],
  },
  evaluate(ctx) {
    const conns = ctx.inventory.connections;
    const parent = new Int32Array(conns.length);
    for (let i = 0; i < conns.length; i++) parent[i] = i;
    // Fingerprints and accounts in separate maps: the fingerprint itself is the key, no string is built for it.
    const firstByFingerprint = new Map<string, number>();
    const firstByAccount = new Map<string, number>();
    const link = (firstBy: Map<string, number>, key: string, i: number): void => {
      const first = firstBy.get(key);
      if (first === undefined) firstBy.set(key, i);
      else parent[find(parent, i)] = find(parent, first);
    };
    const hosts = ctx.targets;
    for (let i = 0; i < conns.length; i++) {
      const c = conns[i] as Connection;
      if (c.credential.fingerprint) link(firstByFingerprint, c.credential.fingerprint, i);
      // The host only for connections naming an account: 7k of the 100k on `l`, the others need no lookup.
      if (!c.credential.accountName) continue;
      const host = hosts.get(c.targetId)?.host;
      if (host !== undefined) link(firstByAccount, `${host.toLowerCase()}\u0000${c.credential.accountName.toLowerCase()}`, i);
    }
    // Lists only for clusters of two or more (in order of their first member): one per connection cost 100k arrays.
    const size = new Int32Array(conns.length);
    for (let i = 0; i < conns.length; i++) size[find(parent, i)]! += 1;
    const clusterAt = new Int32Array(conns.length).fill(-1);
    const clusters: number[][] = [];
    for (let i = 0; i < conns.length; i++) {
      const r = find(parent, i);
      if ((size[r] as number) < 2) continue;
      if (clusterAt[r] === -1) {
        clusterAt[r] = clusters.length;
        clusters.push([]);
      }
      clusters[clusterAt[r] as number]!.push(i);
    }
    const out: RuleFinding[] = [];
    for (const positions of clusters) {
      const members = positions.map((i) => conns[i] as Connection);
      members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const subject = members[0] as Connection;
      const fingerprints = distinct(members.flatMap((m) => (m.credential.fingerprint ? [m.credential.fingerprint] : [])));
      const accounts = distinct(members.flatMap((m) => (m.credential.accountName ? [m.credential.accountName] : [])));
      const shared = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i).length > 0;
      const evidence = [];
      const fpAll = members.flatMap((m) => (m.credential.fingerprint ? [m.credential.fingerprint] : []));
      if (shared(fpAll)) evidence.push(ev('credential.fingerprint', fingerprints.join(', '), `same secret in ${members.length} connections`));
      const acctAll = members.flatMap((m) => (m.credential.accountName ? [`${hosts.get(m.targetId)?.host ?? ''}/${m.credential.accountName}`.toLowerCase()] : []));
      if (shared(acctAll)) evidence.push(ev('credential.accountName', accounts.join(', '), 'same account on the same host'));
      evidence.push(ev('platform', distinct(members.map((m) => m.platform)).join(', ')));
      evidence.push(ev('environment', distinct(members.map((m) => m.environment)).join(', ')));
      out.push({
        subjectType: 'connection',
        subjectId: subject.id,
        subjectName: subject.name,
        relatedIds: members.slice(1).map((m) => m.id),
        evidence,
        exposure: positions.reduce((sum, i) => sum + ctx.connectionRefs.exposure(i).actors, 0),
      });
    }
    return out.sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1));
  },
};
