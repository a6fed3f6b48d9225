import type { CodedValues } from './codedValues';
import type { IdLookup } from './idIndex';

/**
 * The sharing graph's storage: nodes and edges as parallel typed arrays with CSR adjacency (out and in).
 * Queries walk integer indices; strings and contract objects are only built for the part of an answer returned.
 */
export interface GraphData {
  ids: string[];
  labels: string[];
  kinds: Uint8Array;
  index: IdLookup;
  /** The node of every inventory record, by position in its list, so whole-inventory loops skip id lookups. */
  recordNodes: RecordNodes;
  platform: CodedValues<string>;
  environment: CodedValues<string>;
  /** Persons' department, used to fold large sets into aggregate nodes. */
  department: CodedValues<string>;
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
  edgeKind: Uint8Array;
  edgeImplicit: Uint8Array;
  edgeRole: Uint8Array;
  edgePriv: Uint8Array;
  /** Explicit shares: index into shareIds, so an edge can be traced back to the grant in the export; else -1. */
  edgeShare: Int32Array;
  shareIds: string[];
  outOff: Int32Array;
  outEdges: Int32Array;
  inOff: Int32Array;
  inEdges: Int32Array;
  /** Group membership by group: the member_of edges into each group (in edge order) and their sources. */
  members: Members;
}

/**
 * The member_of edges into each group, with their sources side by side: expanding groups (millions of visits on
 * `l`) reads a group's members contiguously instead of filtering its in-edges through three scattered arrays.
 */
export interface Members {
  off: Int32Array;
  edges: Int32Array;
  sources: Int32Array;
}

/** The members of every node: the in-edges of one kind, grouped by destination in edge order (as inEdges). */
export function buildMembers(nodeCount: number, edgeKind: Uint8Array, edgeSrc: Int32Array, edgeDst: Int32Array, kind: number): Members {
  const off = new Int32Array(nodeCount + 1);
  let count = 0;
  for (let e = 0; e < edgeKind.length; e++) {
    if (edgeKind[e] !== kind) continue;
    off[(edgeDst[e] as number) + 1]! += 1;
    count++;
  }
  startsFromCounts(off);
  const edges = new Int32Array(count);
  const sources = new Int32Array(count);
  for (let e = 0; e < edgeKind.length; e++) {
    if (edgeKind[e] !== kind) continue;
    const k = off[edgeDst[e] as number]!++;
    edges[k] = e;
    sources[k] = edgeSrc[e] as number;
  }
  restoreStarts(off);
  return { off, edges, sources };
}

/** Node index per record position; a duplicate id points at its first definition's node (of whatever kind). */
export interface RecordNodes {
  principals: Int32Array;
  connections: Int32Array;
  apps: Int32Array;
  targets: Int32Array;
  /** Per connection record: the node its authenticatesAs resolves to (of any kind), or -1 when unknown. */
  identities: Int32Array;
  /** Per connection record: the node its ownerId resolves to (of any kind), or -1 when unknown. */
  owners: Int32Array;
}

/** Compressed sparse rows: offsets[n]..offsets[n+1] index into `edges` for node n. */
export function buildCsr(nodeCount: number, from: Int32Array, edgeCount: number): { off: Int32Array; edges: Int32Array } {
  const off = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) off[(from[e] as number) + 1]! += 1;
  startsFromCounts(off);
  const edges = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) edges[off[from[e] as number]!++] = e;
  restoreStarts(off);
  return { off, edges };
}

/** Turns per-row counts held at off[row + 1] into row starts (prefix sums). */
function startsFromCounts(off: Int32Array): void {
  for (let row = 1; row < off.length; row++) off[row]! += off[row - 1] as number;
}

/**
 * After a fill that used off[row] as the row's cursor (so it ends at the next row's start), moves the starts back
 * into place. Filling through the offsets themselves spares a cursor array per CSR: on `l` those copies (1.4 MB
 * each) were part of what pushed analyze() past V8's external-memory limit and its full mark-compact.
 */
function restoreStarts(off: Int32Array): void {
  off.copyWithin(1, 0, off.length - 1);
  off[0] = 0;
}
