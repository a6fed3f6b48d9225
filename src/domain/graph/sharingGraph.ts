import type {
  ActorAnswer, BlastRadius, GraphEdge, GraphNode, GraphPath, GraphView, NodeKind, PathAnswer, Reach, WhoCanActAs,
} from '../../contract/graph';
import type { Inventory, Privilege } from '../../contract/inventory';
import { buildGraphData } from './build';
import { EDGE_KINDS, EK, isPrincipalKind, NK, NODE_KINDS, PRIV_CODES, ROLES } from './codes';
import type { GraphData } from './data';
import { collectActors, collectActorsInto, parentChain, VIA_NAMES, type ActorSet } from './actors';
import { UnknownNodeError } from './errors';
import { Scratch } from './scratch';
import { forwardPath, reachFrom } from './reach';
import { connectionsByRisk, neighbourhoodView, overviewView, type NeighbourhoodOptions, type OverviewOptions } from './views';
import { searchNodes } from './search';

export interface ListOptions {
  /** Most answers to return with their paths; `total` still counts all. Default 1000. */
  limit?: number;
}

const DEFAULT_LIMIT = 1000;
const AUTH = EK.authenticates_as;

/**
 * The sharing graph of one inventory and its queries. Every answer carries the GraphPath that justifies it,
 * with edges as they exist in the graph (so a UI can highlight them). Unknown ids throw UnknownNodeError.
 */
export class SharingGraph {
  readonly data: GraphData;
  readonly scratch: Scratch;
  /** 0–100 per node; filled by analyze() from the risk scores (0 until then). */
  readonly risk: Float64Array;
  private readonly targetSensitivity = new Map<number, string>();

  constructor(inventory: Inventory) {
    this.data = buildGraphData(inventory);
    this.scratch = new Scratch(this.data.ids.length);
    this.risk = new Float64Array(this.data.ids.length);
    for (const t of inventory.targets) {
      const i = this.data.index.get(t.id);
      if (i !== undefined) this.targetSensitivity.set(i, t.sensitivity);
    }
  }

  get nodeCount(): number {
    return this.data.ids.length;
  }
  get edgeCount(): number {
    return this.data.edgeSrc.length;
  }
  has(id: string): boolean {
    return this.data.index.has(id);
  }
  indexOf(id: string): number {
    const i = this.data.index.get(id);
    if (i === undefined) throw new UnknownNodeError(id);
    return i;
  }
  kindAt(i: number): NodeKind {
    return NODE_KINDS[this.data.kinds[i] as number] as NodeKind;
  }
  node(id: string): GraphNode {
    return this.nodeAt(this.indexOf(id));
  }
  nodeAt(i: number): GraphNode {
    const d = this.data;
    const node: GraphNode = { id: d.ids[i] as string, kind: this.kindAt(i), label: d.labels[i] as string, risk: this.risk[i] as number };
    const platform = d.platform.at(i);
    const environment = d.environment.at(i);
    if (platform !== undefined) node.platform = platform;
    if (environment !== undefined) node.environment = environment;
    return node;
  }
  /** Edge ids are derived from what the edge stands for, so they are stable across rebuilds of one inventory. */
  edgeId(e: number): string {
    const d = this.data;
    const src = d.ids[d.edgeSrc[e] as number] as string;
    const dst = d.ids[d.edgeDst[e] as number] as string;
    switch (d.edgeKind[e]) {
      case EK.authenticates_as: return `auth:${src}->${dst}`;
      case EK.reaches: return `reaches:${src}->${dst}`;
      case EK.owns: return `owns:${src}->${dst}`;
      case EK.uses: return `uses:${src}->${dst}`;
      case EK.member_of: return `member:${src}->${dst}`;
      default: return d.edgeImplicit[e] === 1 ? `implicit:${src}->${dst}` : `share:${d.shareIds[d.edgeShare[e] as number] ?? `${src}->${dst}`}`;
    }
  }
  edgeAt(e: number): GraphEdge {
    const d = this.data;
    const edge: GraphEdge = {
      id: this.edgeId(e),
      source: d.ids[d.edgeSrc[e] as number] as string,
      target: d.ids[d.edgeDst[e] as number] as string,
      kind: EDGE_KINDS[d.edgeKind[e] as number] as GraphEdge['kind'],
      implicit: d.edgeImplicit[e] === 1,
    };
    const role = ROLES[d.edgeRole[e] as number];
    const privilege = PRIV_CODES[d.edgePriv[e] as number];
    if (role !== undefined) edge.role = role;
    if (privilege !== undefined) edge.privilege = privilege;
    return edge;
  }
  /** All edges, for tests and exports; queries never materialise this. */
  *edges(): IterableIterator<GraphEdge> {
    for (let e = 0; e < this.edgeCount; e++) yield this.edgeAt(e);
  }
  /** A path from edge indices laid end to end (each edge's target is the next edge's source). */
  pathOf(edges: readonly number[], start: number): GraphPath {
    const d = this.data;
    const nodeRef = (i: number) => ({ id: d.ids[i] as string, kind: this.kindAt(i), label: d.labels[i] as string });
    const nodes = [nodeRef(start)];
    for (const e of edges) nodes.push(nodeRef(d.edgeDst[e] as number));
    return { nodes, edges: edges.map((e) => this.edgeAt(e)) };
  }

  /** Out-edges of `node` of one kind, as edge indices. */
  outOfKind(node: number, kind: number): number[] {
    const d = this.data;
    const res: number[] = [];
    for (let i = d.outOff[node] as number, end = d.outOff[node + 1] as number; i < end; i++) {
      const e = d.outEdges[i] as number;
      if (d.edgeKind[e] === kind) res.push(e);
    }
    return res;
  }
  inOfKind(node: number, kind: number): number[] {
    const d = this.data;
    const res: number[] = [];
    for (let i = d.inOff[node] as number, end = d.inOff[node + 1] as number; i < end; i++) {
      const e = d.inEdges[i] as number;
      if (d.edgeKind[e] === kind) res.push(e);
    }
    return res;
  }
  /** The principal a connection authenticates as, or -1. */
  identityOf(connection: number): number {
    const d = this.data;
    for (let i = d.outOff[connection] as number, end = d.outOff[connection + 1] as number; i < end; i++) {
      const e = d.outEdges[i] as number;
      if (d.edgeKind[e] === AUTH) return d.edgeDst[e] as number;
    }
    return -1;
  }

  private requireKind(id: string, allowed: readonly number[]): number {
    const i = this.indexOf(id);
    if (!allowed.includes(this.data.kinds[i] as number)) throw new UnknownNodeError(id);
    return i;
  }
  private answers(set: ActorSet, suffix: (actor: number) => number[], limit: number): ActorAnswer[] {
    const out: ActorAnswer[] = [];
    const n = Math.min(limit, set.nodes.length);
    for (let k = 0; k < n; k++) {
      const a = set.nodes[k] as number;
      const chain = parentChain(this.data, this.scratch, a);
      out.push({
        principalId: this.data.ids[a] as string,
        name: this.data.labels[a] as string,
        kind: this.kindAt(a),
        via: VIA_NAMES[set.via[k] as number] as ActorAnswer['via'],
        path: this.pathOf([...chain, ...suffix(chain.length > 0 ? (this.data.edgeDst[chain[chain.length - 1] as number] as number) : a)], a),
      });
    }
    return out;
  }

  /** Every principal (groups expanded to members) that can make a request with `principalId`'s credentials. */
  whoCanActAs(principalId: string, options: ListOptions = {}): WhoCanActAs {
    const x = this.indexOf(principalId);
    if (this.data.kinds[x] === NK.connection) return this.actorsOfConnection(principalId, options);
    if (!isPrincipalKind(this.data.kinds[x] as number)) throw new UnknownNodeError(principalId);
    const authEdges = this.inOfKind(x, EK.authenticates_as);
    const viaConnection = new Map<number, number>();
    for (const e of authEdges) viaConnection.set(this.data.edgeSrc[e] as number, e);
    const set = collectActors(this.data, this.scratch, [...viaConnection.keys()], x);
    const actors = this.answers(set, (c) => {
      const e = viaConnection.get(c);
      return e === undefined ? [] : [e];
    }, options.limit ?? DEFAULT_LIMIT);
    return { subjectId: principalId, actors, total: set.nodes.length };
  }

  /** Principals other than its own identity that can act through one connection. */
  actorsOfConnection(connectionId: string, options: ListOptions = {}): WhoCanActAs {
    const c = this.requireKind(connectionId, [NK.connection]);
    const set = collectActors(this.data, this.scratch, [c], this.identityOf(c));
    return { subjectId: connectionId, actors: this.answers(set, () => [], options.limit ?? DEFAULT_LIMIT), total: set.nodes.length };
  }

  /** Actors of a connection with their routes (no paths): the cheap form used for exposure at scale. */
  actorSetOf(connection: number): ActorSet {
    return collectActors(this.data, this.scratch, [connection], this.identityOf(connection));
  }

  /** Actor node indices of a connection (no paths). */
  actorIndices(connection: number): number[] {
    return collectActors(this.data, this.scratch, [connection], this.identityOf(connection)).nodes;
  }

  /**
   * Fastest form, for whole-inventory loops: actors land in scratch.found / scratch.foundVia [0..count) and stay
   * valid until the next query. Returns the count.
   */
  actorsInto(connection: number, identity = this.identityOf(connection)): number {
    return collectActorsInto(this.data, this.scratch, [connection], identity);
  }

  /** Number of principals able to act as `principal` through any of its connections. */
  countActorsOfPrincipal(principal: number): number {
    const d = this.data;
    const conns: number[] = [];
    for (let i = d.inOff[principal] as number, end = d.inOff[principal + 1] as number; i < end; i++) {
      const e = d.inEdges[i] as number;
      if (d.edgeKind[e] === EK.authenticates_as) conns.push(d.edgeSrc[e] as number);
    }
    return collectActorsInto(d, this.scratch, conns, principal);
  }

  /** Actor node indices able to act as a principal through any of its connections. */
  actorIndicesOfPrincipal(principal: number): number[] {
    const conns = this.inOfKind(principal, EK.authenticates_as).map((e) => this.data.edgeSrc[e] as number);
    return collectActors(this.data, this.scratch, conns, principal).nodes;
  }

  blastRadius(connectionId: string, options: ListOptions = {}): BlastRadius {
    const actors = this.actorsOfConnection(connectionId, options);
    const c = this.indexOf(connectionId);
    const targets = this.outOfKind(c, EK.reaches).map((e) => {
      const t = this.data.edgeDst[e] as number;
      return {
        targetId: this.data.ids[t] as string,
        name: this.data.labels[t] as string,
        privilege: PRIV_CODES[this.data.edgePriv[e] as number] as Privilege,
        sensitivity: this.targetSensitivity.get(t) ?? 'low',
      };
    });
    return { connectionId, actors: actors.actors, totalActors: actors.total, targets };
  }

  /** What a principal can reach: every target, with the privilege, identity and connection it goes through. */
  reach(principalId: string, options: ListOptions = {}): Reach {
    const p = this.requireKind(principalId, [NK.person, NK.group, NK.service_account, NK.app_registration]);
    return reachFrom(this, p, options.limit ?? DEFAULT_LIMIT);
  }

  /** Shortest chain of grants from one node to another (BFS along edge direction); path null when none. */
  shortestPath(fromId: string, toId: string): PathAnswer {
    const from = this.indexOf(fromId);
    const to = this.indexOf(toId);
    const edges = forwardPath(this, from, to);
    return { from: fromId, to: toId, path: edges === null ? null : this.pathOf(edges, from) };
  }

  neighbourhood(nodeId: string, options: NeighbourhoodOptions = {}): GraphView {
    return neighbourhoodView(this, this.indexOf(nodeId), options);
  }

  overview(options: OverviewOptions = {}): GraphView {
    return overviewView(this, options);
  }

  /** Sets a node's 0–100 risk (analyze() does this from the scores); invalidates the cached risk order. */
  setRisk(i: number, value: number): void {
    this.risk[i] = value;
    this.byRisk = null;
  }
  private byRisk: number[] | null = null;
  connectionsByRisk(): readonly number[] {
    this.byRisk ??= connectionsByRisk(this);
    return this.byRisk;
  }

  private texts: string[] | null = null;
  /** Lower-cased "label id" per node, built on the first search rather than with every graph. */
  searchTexts(): readonly string[] {
    this.texts ??= this.data.labels.map((l, i) => `${l}\u0000${this.data.ids[i] as string}`.toLowerCase());
    return this.texts;
  }

  search(query: string, limit = 20): GraphNode[] {
    return searchNodes(this, query, limit);
  }
}
