import type { App, Connection, Inventory, Principal, Share, TargetSystem } from '../../contract/inventory';
import { buildCsr, buildMembers, type GraphData, type RecordNodes } from './data';
import { CodedValues } from './codedValues';
import { EK, isPrincipalKind, NK } from './codes';
import { IdIndex } from './idIndex';

const ROLE_CODE = { use: 1, edit: 2, reshare: 3 } as const;
// Module-local copies of the codes used in loops over every record.
const CONNECTION = NK.connection;
const APP = NK.app;
const TARGET = NK.target;
const GROUP = NK.group;
const SHARED = EK.shared_with;
const MEMBER = EK.member_of;
const PRIV_CODE = { read_only: 1, read_write: 2, admin: 3 } as const;

/**
 * Growable edge list in typed arrays, so a million edges cost a few arrays, not a million objects. Created with
 * the expected size (doubling past it), since every copy of seven arrays also makes work for the GC.
 */
class EdgeList {
  length = 0;
  src: Int32Array;
  dst: Int32Array;
  kind: Uint8Array;
  implicit: Uint8Array;
  role: Uint8Array;
  priv: Uint8Array;
  /** Index of the explicit share in the inventory's shares, or -1. */
  share: Int32Array;
  constructor(capacity: number) {
    const cap = Math.max(1024, capacity);
    this.src = new Int32Array(cap);
    this.dst = new Int32Array(cap);
    this.kind = new Uint8Array(cap);
    this.implicit = new Uint8Array(cap);
    this.role = new Uint8Array(cap);
    this.priv = new Uint8Array(cap);
    this.share = new Int32Array(cap);
  }
  private grow(): void {
    const cap = this.src.length * 2;
    const g32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    const g8 = (a: Uint8Array) => { const b = new Uint8Array(cap); b.set(a); return b; };
    this.src = g32(this.src);
    this.dst = g32(this.dst);
    this.share = g32(this.share);
    this.kind = g8(this.kind);
    this.implicit = g8(this.implicit);
    this.role = g8(this.role);
    this.priv = g8(this.priv);
  }
  /**
   * The first `length` slots of `list`: a view when at most a quarter of it is unused, else a copy. On `l` the
   * expected size is within about 10% of the edges, and copying the seven arrays (17 MB) pushed analyze() past V8's
   * external-memory limit, which costs a full mark-compact of the heap (the inventory included) every run.
   */
  trimmed<A extends Int32Array | Uint8Array>(list: A): A {
    return (this.length * 4 >= list.length * 3 ? list.subarray(0, this.length) : list.slice(0, this.length)) as A;
  }
  /** Whether an edge from position `from` on already goes to `dst` (for short runs, such as one app's uses). */
  hasDst(from: number, dst: number): boolean {
    for (let e = from; e < this.length; e++) if (this.dst[e] === dst) return true;
    return false;
  }
  add(src: number, dst: number, kind: number, implicit: number, role: number, priv: number, share: number): void {
    if (this.length === this.src.length) this.grow();
    const e = this.length++;
    this.src[e] = src;
    this.dst[e] = dst;
    this.kind[e] = kind;
    this.implicit[e] = implicit;
    this.role[e] = role;
    this.priv[e] = priv;
    this.share[e] = share;
  }
}

/**
 * Edges the inventory will give at most, implicit grants aside: three per connection, one owner per app, its
 * connections, group members and shares. Implicit grants come on top; counting the shares twice covers them on
 * the generated inventories, and the list grows past it otherwise.
 */
function expectedEdges(inv: Inventory): number {
  let count = 3 * inv.connections.length + inv.apps.length + 2 * inv.shares.length;
  for (const a of inv.apps) count += a.connectionIds.length;
  for (const p of inv.principals) count += p.members?.length ?? 0;
  return count;
}

/**
 * Builds the graph. Edge directions follow the flow of access (BloodHound style), so a grant chain reads forward:
 * member → group (member_of), grantee → app/connection (shared_with), app → connection (uses),
 * connection → target (reaches), connection → identity (authenticates_as), owner → resource (owns).
 * References to ids the inventory does not define are skipped: the graph shows what is known.
 */
export function buildGraphData(inv: Inventory): GraphData {
  const total = inv.principals.length + inv.connections.length + inv.apps.length + inv.targets.length;
  // Sized for every record up front (trimmed below if ids repeat): growing these 346k-slot arrays by push on `l`
  // copied each of them several times.
  const ids = new Array<string>(total);
  const labels = new Array<string>(total);
  const kinds = new Uint8Array(total);
  const platform = new CodedValues<string>(total);
  const environment = new CodedValues<string>(total);
  const department = new CodedValues<string>(total);
  const index = new IdIndex(ids, total);
  let count = 0;
  /** Adds a node and returns its index; a duplicate id keeps its first definition and returns that node. */
  const addNode = (id: string, label: string, kind: number, plat: string | undefined, env: string | undefined, dept: string | undefined): number => {
    const node = index.add(id, count);
    if (node !== count) return node;
    ids[count] = id;
    labels[count] = label;
    kinds[count] = kind;
    platform.set(count, plat);
    environment.set(count, env);
    department.set(count, dept);
    return count++;
  };
  const PERSON = NK.person;
  const principalCodes = NK as Record<string, number>;
  const recordNodes: RecordNodes = {
    principals: new Int32Array(inv.principals.length),
    connections: new Int32Array(inv.connections.length),
    apps: new Int32Array(inv.apps.length),
    targets: new Int32Array(inv.targets.length),
    identities: new Int32Array(inv.connections.length),
    owners: new Int32Array(inv.connections.length),
  };
  for (let k = 0; k < inv.principals.length; k++) {
    const p = inv.principals[k] as Principal;
    const code = principalCodes[p.kind] as number;
    recordNodes.principals[k] = addNode(p.id, p.name, code, undefined, undefined, code === PERSON ? p.department : undefined);
  }
  for (let k = 0; k < inv.connections.length; k++) {
    const c = inv.connections[k] as Connection;
    recordNodes.connections[k] = addNode(c.id, c.name, CONNECTION, c.platform, c.environment, undefined);
  }
  // App nodes are the ones added from here, in one run: per-app arrays below are indexed from this node.
  const firstApp = count;
  for (let k = 0; k < inv.apps.length; k++) {
    const a = inv.apps[k] as App;
    recordNodes.apps[k] = addNode(a.id, a.name, APP, a.platform, a.environment, undefined);
  }
  for (let k = 0; k < inv.targets.length; k++) {
    const t = inv.targets[k] as TargetSystem;
    recordNodes.targets[k] = addNode(t.id, t.name, TARGET, undefined, undefined, undefined);
  }
  for (const list of [ids, labels]) list.length = count;

  const E = new EdgeList(expectedEdges(inv));
  const isKind = (n: number | undefined, kind: number): n is number => n !== undefined && kinds[n] === kind;
  const isPrincipal = (n: number | undefined): n is number => n !== undefined && isPrincipalKind(kinds[n] as number);
  const OWNS = EK.owns;
  const USES = EK.uses;
  const AUTH = EK.authenticates_as;
  const REACHES = EK.reaches;

  for (let k = 0; k < inv.connections.length; k++) {
    const c = inv.connections[k] as Connection;
    const ci = recordNodes.connections[k];
    // Resolved for every record, edges or not, so the rules need not look these ids up again.
    const who = index.get(c.authenticatesAs);
    // A quarter of the connections on `l` sign in as their owner: one lookup for both.
    const owner = c.ownerId === c.authenticatesAs ? who : index.get(c.ownerId);
    recordNodes.identities[k] = who ?? -1;
    recordNodes.owners[k] = owner ?? -1;
    if (!isKind(ci, CONNECTION)) continue;
    if (isPrincipal(who)) E.add(ci, who, AUTH, 0, 0, 0, -1);
    const target = index.get(c.targetId);
    if (isKind(target, TARGET)) E.add(ci, target, REACHES, 0, 0, PRIV_CODE[c.privilege], -1);
    if (isPrincipal(owner)) E.add(owner, ci, OWNS, 0, 0, 0, -1);
  }
  // The connections each app uses, as the range of its uses edges in E (added together), at app node - firstApp:
  // 50k small arrays on `l` cost more in GC than reading the edges back. A repeated app id keeps its last definition's.
  const usesFrom = new Int32Array(inv.apps.length);
  const usesTo = new Int32Array(inv.apps.length);
  for (let k = 0; k < inv.apps.length; k++) {
    const a = inv.apps[k] as App;
    const ai = recordNodes.apps[k];
    if (!isKind(ai, APP)) continue;
    const owner = index.get(a.ownerId);
    if (isPrincipal(owner)) E.add(owner, ai, OWNS, 0, 0, 0, -1);
    const from = E.length;
    for (const cid of a.connectionIds) {
      const ci = index.get(cid);
      if (!isKind(ci, CONNECTION) || E.hasDst(from, ci)) continue;
      E.add(ai, ci, USES, 0, 0, 0, -1);
    }
    usesFrom[ai - firstApp] = from;
    usesTo[ai - firstApp] = E.length;
  }
  // Dedupes members listed twice without a Set per group: the last group that recorded each member.
  const lastGroup = new Int32Array(ids.length).fill(-1);
  for (let k = 0; k < inv.principals.length; k++) {
    const p = inv.principals[k] as Principal;
    if (p.kind !== 'group' || !p.members) continue;
    const gi = recordNodes.principals[k];
    if (!isKind(gi, GROUP)) continue;
    for (const mid of p.members) {
      const mi = index.get(mid);
      if (!isPrincipal(mi) || mi === gi || lastGroup[mi] === gi) continue;
      lastGroup[mi] = gi;
      E.add(mi, gi, MEMBER, 0, 0, 0, -1);
    }
  }
  // Implicit grants: sharing an app lets the grantee use every connection the app uses. One edge per
  // (grantee, connection) pair however many apps imply it: app shares are bucketed by grantee (counting sort)
  // so a per-connection "last grantee" array can dedupe without a hash set of pairs.
  const nodeCount = ids.length;
  // Sized for every share (one slot each), not grown by push: on `l` the growing number arrays were copied again
  // by every young-generation GC until promoted.
  const appShareGrantee = new Int32Array(inv.shares.length);
  const appShareApp = new Int32Array(inv.shares.length);
  let appShares = 0;
  // Share ids are taken in the same pass, while each share object is in cache, rather than by a second map().
  const shareIds = new Array<string>(inv.shares.length);
  // Exports list a grantee's shares together (half the shares on `l` have the previous one's grantee), so the
  // previous grantee's node is reused rather than looked up again.
  let prevGranteeId: string | undefined;
  let prevGrantee: number | undefined;
  for (let si = 0; si < inv.shares.length; si++) {
    const s = inv.shares[si] as Share;
    shareIds[si] = s.id;
    if (s.principalId !== prevGranteeId) {
      prevGranteeId = s.principalId;
      prevGrantee = index.get(prevGranteeId);
    }
    const grantee = prevGrantee;
    const res = index.get(s.resourceId);
    if (!isPrincipal(grantee) || res === undefined) continue;
    if (kinds[res] !== (s.resourceType === 'connection' ? CONNECTION : APP)) continue;
    E.add(grantee, res, SHARED, 0, ROLE_CODE[s.role], 0, si);
    if (s.resourceType === 'app') {
      appShareGrantee[appShares] = grantee;
      appShareApp[appShares++] = res;
    }
  }
  const byGrantee = buildCsr(nodeCount, appShareGrantee, appShares);
  const lastGrantee = new Int32Array(nodeCount).fill(-1);
  for (let grantee = 0; grantee < nodeCount; grantee++) {
    for (let k = byGrantee.off[grantee] as number, end = byGrantee.off[grantee + 1] as number; k < end; k++) {
      const app = appShareApp[byGrantee.edges[k] as number] as number;
      for (let u = usesFrom[app - firstApp] as number, end = usesTo[app - firstApp] as number; u < end; u++) {
        const ci = E.dst[u] as number;
        if (lastGrantee[ci] === grantee) continue;
        lastGrantee[ci] = grantee;
        E.add(grantee, ci, SHARED, 1, ROLE_CODE.use, 0, -1);
      }
    }
  }

  const m = E.length;
  const edgeSrc = E.trimmed(E.src);
  const edgeDst = E.trimmed(E.dst);
  const edgeKind = E.trimmed(E.kind);
  const out = buildCsr(nodeCount, edgeSrc, m);
  const inn = buildCsr(nodeCount, edgeDst, m);
  return {
    ids,
    labels,
    kinds: kinds.slice(0, count),
    index,
    recordNodes,
    platform,
    environment,
    department,
    edgeSrc,
    edgeDst,
    edgeKind,
    edgeImplicit: E.trimmed(E.implicit),
    edgeRole: E.trimmed(E.role),
    edgePriv: E.trimmed(E.priv),
    edgeShare: E.trimmed(E.share),
    shareIds,
    outOff: out.off,
    outEdges: out.edges,
    inOff: inn.off,
    inEdges: inn.edges,
    members: buildMembers(nodeCount, edgeKind, edgeSrc, edgeDst, MEMBER),
  };
}
