import type { App, Connection, Inventory, Principal, Sensitivity, TargetSystem } from '../contract/inventory';
import type { Detection, Policy, RiskScore, Severity } from '../contract/rules';
import { VIA } from './graph/actors';
import { EK, isPrincipalKind, NK } from './graph/codes';
import { authEdgeCount, connectionsByIdentity, sourcesOf } from './graph/edgeLists';
import type { GraphData } from './graph/data';
import { NodeValues } from './graph/nodeValues';
import { SharingGraph } from './graph/sharingGraph';
import { DEFAULT_POLICY } from './policy';
import { maxSensitivity, SENSITIVITY_RANK, SEVERITY_RANK } from './ranks';
import { RULE_DEFINITIONS } from './rules/catalog';
import type { ConnectionExposure, RuleContext } from './rules/types';
import { riskScore, riskValue } from './scoring';
import { toMs, type Instant } from './time';

// Module-local copies of the codes read in loops over every node and edge.
const CONNECTION = NK.connection;
const PERSON = NK.person;
const APP = NK.app;
const USES = EK.uses;
const AUTH = EK.authenticates_as;
const REACHES = EK.reaches;
const SHARED = EK.shared_with;
const IMPLICIT = VIA.implicit_app_share;
const OWNER = VIA.owner;

export interface AnalyzeOptions {
  policy?: Policy;
  /** Reference time for age-based rules; defaults to the inventory's generatedAt so analysis is reproducible. */
  now?: Instant;
}

export interface ConnectionFacts {
  explicitShares: number;
  implicitShares: number;
  actors: number;
  openFindings: number;
  riskScore: number;
}

export interface Analysis {
  detections: Detection[];
  connectionScores: NodeValues<RiskScore>;
  principalScores: NodeValues<RiskScore>;
  connectionFacts: NodeValues<ConnectionFacts>;
  graph: SharingGraph;
  /** Distinct persons able to act with someone else's credentials (through any connection). */
  peopleActingAsOthers: number;
  policy: Policy;
  nowMs: number;
}

/** Shared by every principal no connection signs in as and no rule flags (most of a large directory). */
const NOT_AN_IDENTITY: RiskScore = Object.freeze({
  value: 0,
  severity: null,
  exposure: 0,
  sensitivity: null,
  explanation: Object.freeze(['No connection signs in as this principal and no rule flags it: score 0.']) as string[],
});

/** Severity by rank (SEVERITY_RANK), 0 meaning no finding: per-node worst severities are stored as ranks. */
const SEVERITY_OF_RANK: readonly (Severity | null)[] = [null, 'low', 'medium', 'high', 'critical'];

/**
 * Scores of subjects without findings depend only on exposure and sensitivity; most of a large inventory is
 * clean, so they share one frozen object per (exposure, sensitivity) instead of one each.
 */
function cleanScore(cleanScores: Map<number, RiskScore>, exposure: number, sensitivity: Sensitivity | null): RiskScore {
  const key = exposure * 8 + (sensitivity === null ? 0 : SENSITIVITY_RANK[sensitivity]);
  let score = cleanScores.get(key);
  if (score === undefined) {
    score = Object.freeze(riskScore(null, 0, exposure, sensitivity));
    if (cleanScores.size < 10_000) cleanScores.set(key, score);
  }
  return score;
}

/** Per-connection counts the facts are read from, by node. */
interface FactArrays {
  explicitShares: Int32Array;
  implicitShares: Int32Array;
  actorCount: Int32Array;
  worstCount: Int32Array;
}

/**
 * The analysis' views of scores and facts. Built outside analyze() so that their closures keep only the arrays
 * they read: closures share their enclosing function's context, and inside analyze() they kept every array any
 * closure there reads (about 10 MB on `l`) for as long as the analysis lives.
 */
function scoreViews(d: GraphData, scoreAt: readonly (RiskScore | undefined)[], facts: FactArrays): Pick<Analysis, 'connectionScores' | 'principalScores' | 'connectionFacts'> {
  const { kinds } = d;
  const { explicitShares, implicitShares, actorCount, worstCount } = facts;
  const byNode = <V>(valueAt: (node: number) => V | undefined) => new NodeValues<V>(d.index, d.ids, valueAt);
  return {
    connectionScores: byNode((i) => (kinds[i] === CONNECTION ? scoreAt[i] : undefined)),
    principalScores: byNode((i) => (isPrincipalKind(kinds[i] as number) ? scoreAt[i] : undefined)),
    connectionFacts: byNode((i) => {
      const score = kinds[i] === CONNECTION ? scoreAt[i] : undefined;
      if (score === undefined) return undefined;
      return {
        explicitShares: explicitShares[i] as number,
        implicitShares: implicitShares[i] as number,
        actors: actorCount[i] as number,
        openFindings: worstCount[i] as number,
        riskScore: score.value,
      };
    }),
  };
}

/**
 * Runs every rule, builds the sharing graph and scores connections and principals. Pure and deterministic.
 * Everything per record lives in arrays indexed by graph node (the graph has already resolved every id once),
 * read through NodeValues views: on `l` the string-keyed maps this replaced cost a second of the four.
 */
export function analyze(inventory: Inventory, options: AnalyzeOptions = {}): Analysis {
  const policy = options.policy ?? DEFAULT_POLICY;
  const nowMs = toMs(options.now ?? inventory.generatedAt);
  const graph = new SharingGraph(inventory);
  const d = graph.data;
  const n = graph.nodeCount;
  const { kinds, recordNodes } = d;
  const byNode = <V>(valueAt: (node: number) => V | undefined) => new NodeValues<V>(d.index, d.ids, valueAt);

  // Exposure of every connection, once, into arrays indexed by graph node: the rules, the scores and the
  // facts all read it. Connections are visited grouped by the identity they sign in as, so the same pass also
  // counts each identity's exposure (the union of its connections' actors): on `l` recounting it per principal
  // walked the groups a second time, as many visits again (6.5 million).
  const actorCount = new Int32Array(n);
  const implicitCount = new Int32Array(n);
  const ownerActs = new Uint8Array(n);
  const actingAsOthers = new Uint8Array(n);
  const identityExposure = new Int32Array(n);
  /** Connections counted into identityExposure, per identity: equal to its authenticates_as edges when exact. */
  const identityConnections = new Int32Array(n);
  /** The identity whose union an actor was last counted in, so an actor of two of its connections counts once. */
  const countedFor = new Int32Array(n).fill(-1);
  const { found, foundVia } = graph.scratch;
  const byIdentity = connectionsByIdentity(graph);
  for (const ci of byIdentity.order) {
    const identity = byIdentity.identity[ci] as number;
    const count = graph.actorsInto(ci, identity);
    actorCount[ci] = count;
    if (identity >= 0) identityConnections[identity] = (identityConnections[identity] as number) + 1;
    for (let k = 0; k < count; k++) {
      const via = foundVia[k];
      if (via === IMPLICIT) implicitCount[ci] = (implicitCount[ci] as number) + 1;
      else if (via === OWNER) ownerActs[ci] = 1;
      const actor = found[k] as number;
      if (kinds[actor] === PERSON) actingAsOthers[actor] = 1;
      if (identity >= 0 && countedFor[actor] !== identity) {
        countedFor[actor] = identity;
        identityExposure[identity] = (identityExposure[identity] as number) + 1;
      }
    }
  }
  const none: ConnectionExposure = { actors: 0, implicitActors: 0, ownerActs: false };
  const exposureAt = (ci: number | undefined): ConnectionExposure => {
    if (ci === undefined || kinds[ci] !== CONNECTION) return none;
    return { actors: actorCount[ci] as number, implicitActors: implicitCount[ci] as number, ownerActs: ownerActs[ci] === 1 };
  };

  // The record behind each node (a duplicate id keeps its first definition, as the graph does). One array for
  // all kinds, since a node has one kind (principals come first, so their nodes are always principals): an array
  // per kind cost two more 346k-slot arrays on `l`.
  const recordAt = new Array<Principal | Connection | App | undefined>(n);
  inventory.principals.forEach((p, k) => { recordAt[recordNodes.principals[k] as number] ??= p; });
  inventory.connections.forEach((c, k) => {
    const ci = recordNodes.connections[k] as number;
    if (kinds[ci] === CONNECTION) recordAt[ci] ??= c;
  });
  inventory.apps.forEach((a, k) => {
    const ai = recordNodes.apps[k] as number;
    if (kinds[ai] === APP) recordAt[ai] ??= a;
  });
  const principalAt = (i: number) => (isPrincipalKind(kinds[i] as number) ? (recordAt[i] as Principal | undefined) : undefined);
  const connectionAt = (i: number) => (kinds[i] === CONNECTION ? (recordAt[i] as Connection | undefined) : undefined);
  const appAt = (i: number) => (kinds[i] === APP ? (recordAt[i] as App | undefined) : undefined);
  const targets = new Map<string, TargetSystem>(inventory.targets.map((t) => [t.id, t]));
  const sensitivityAt: (Sensitivity | null)[] = new Array<Sensitivity | null>(n).fill(null);
  for (let ci = 0; ci < n; ci++) {
    const c = connectionAt(ci);
    if (c) sensitivityAt[ci] = targets.get(c.targetId)?.sensitivity ?? null;
  }

  // One pass over the edges for the share counts (references were resolved by the graph).
  const explicitShares = new Int32Array(n);
  const implicitShares = new Int32Array(n);
  for (let e = 0; e < graph.edgeCount; e++) {
    if (d.edgeKind[e] !== SHARED) continue;
    const dst = d.edgeDst[e] as number;
    if (d.edgeImplicit[e] === 1) implicitShares[dst] = (implicitShares[dst] as number) + 1;
    else explicitShares[dst] = (explicitShares[dst] as number) + 1;
  }
  const principalOfNode = (node: number): Principal | undefined => (node < 0 ? undefined : principalAt(node));
  const ctx: RuleContext = {
    inventory, policy, nowMs, targets,
    principals: byNode(principalAt),
    appsByConnection: byNode((i) => sourcesOf(d, i, USES, appAt)),
    appShareCount: byNode((i) => (kinds[i] === APP ? explicitShares[i] : undefined)),
    connectionsByIdentity: byNode((i) => sourcesOf(d, i, AUTH, connectionAt)),
    exposure: (id) => exposureAt(d.index.get(id)),
    connectionRefs: {
      identity: (k) => principalOfNode(recordNodes.identities[k] as number),
      owner: (k) => principalOfNode(recordNodes.owners[k] as number),
      apps: (k) => sourcesOf(d, recordNodes.connections[k] as number, USES, appAt),
      exposure: (k) => exposureAt(recordNodes.connections[k]),
    },
  };

  /** Principals able to act as `pi` through any of its connections (counted above, or here for odd data). */
  const exposureOfPrincipal = (pi: number): number => {
    // A connection listed twice with different identities has edges to both but was counted for its first only.
    if (identityConnections[pi] === authEdgeCount(d, pi)) return identityExposure[pi] as number;
    return graph.countActorsOfPrincipal(pi);
  };
  /** The most sensitive target reached by the connections signing in as the principal. */
  const principalSensitivity = (pi: number): Sensitivity | null => {
    let s: Sensitivity | null = null;
    for (let i = d.inOff[pi] as number, end = d.inOff[pi + 1] as number; i < end; i++) {
      const e = d.inEdges[i] as number;
      if (d.edgeKind[e] === AUTH) s = maxSensitivity(s, sensitivityAt[d.edgeSrc[e] as number] ?? null);
    }
    return s;
  };

  // Per-subject worst severity (as a rank) and count, by node.
  const worstRank = new Uint8Array(n);
  const worstCount = new Int32Array(n);
  const detections: Detection[] = [];
  for (const def of RULE_DEFINITIONS) {
    const { meta } = def;
    const rank = SEVERITY_RANK[meta.severity];
    for (const f of def.evaluate(ctx)) {
      const node = d.index.get(f.subjectId);
      const isConnection = f.subjectType === 'connection';
      let exposure = f.exposure ?? 0;
      let sensitivity: Sensitivity | null = null;
      if (node !== undefined) {
        if (f.exposure === undefined) exposure = isConnection ? (actorCount[node] as number) : f.subjectType === 'principal' ? exposureOfPrincipal(node) : 0;
        sensitivity = isConnection ? (sensitivityAt[node] ?? null) : principalSensitivity(node);
        if (rank > (worstRank[node] as number)) worstRank[node] = rank;
        worstCount[node] = (worstCount[node] as number) + 1;
      }
      detections.push({
        key: `${meta.id}:${f.subjectType}:${f.subjectId}`,
        ruleId: meta.id,
        severity: meta.severity,
        owasp: [...meta.owasp],
        subjectType: f.subjectType,
        subjectId: f.subjectId,
        subjectName: f.subjectName,
        relatedIds: f.relatedIds ?? [],
        evidence: f.evidence,
        exposure,
        riskScore: riskValue(meta.severity, exposure, sensitivity),
      });
    }
  }
  detections.sort((a, b) => b.riskScore - a.riskScore || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const cleanScores = new Map<number, RiskScore>();
  const scoreAt: (RiskScore | undefined)[] = new Array<RiskScore | undefined>(n);
  for (let ci = 0; ci < n; ci++) {
    if (connectionAt(ci) === undefined) continue;
    const rank = worstRank[ci] as number;
    const actors = actorCount[ci] as number;
    const sensitivity = sensitivityAt[ci] ?? null;
    const score = rank > 0 ? riskScore(SEVERITY_OF_RANK[rank] as Severity, worstCount[ci] as number, actors, sensitivity) : cleanScore(cleanScores, actors, sensitivity);
    scoreAt[ci] = score;
    graph.setRisk(ci, score.value);
  }

  // A principal carries the risk of the connections signing in as it, plus its own findings.
  for (let pi = 0; pi < n; pi++) {
    if (principalAt(pi) === undefined) continue;
    let rank = worstRank[pi] as number;
    let count = worstCount[pi] as number;
    let connections = 0;
    let onlyConnection = -1;
    for (let i = d.inOff[pi] as number, end = d.inOff[pi + 1] as number; i < end; i++) {
      const e = d.inEdges[i] as number;
      if (d.edgeKind[e] !== AUTH) continue;
      const ci = d.edgeSrc[e] as number;
      connections += 1;
      onlyConnection = ci;
      const r = worstRank[ci] as number;
      if (r === 0) continue;
      if (r > rank) rank = r;
      count += worstCount[ci] as number;
    }
    if (rank === 0 && connections === 0) {
      scoreAt[pi] = NOT_AN_IDENTITY;
      continue;
    }
    // With one connection the principal's actors are exactly that connection's (both exclude the identity).
    const exposure = connections === 0 ? 0 : connections === 1 ? (actorCount[onlyConnection] as number) : exposureOfPrincipal(pi);
    const sensitivity = principalSensitivity(pi);
    const score = rank === 0 ? cleanScore(cleanScores, exposure, sensitivity) : riskScore(SEVERITY_OF_RANK[rank] as Severity, count, exposure, sensitivity);
    scoreAt[pi] = score;
    graph.setRisk(pi, score.value);
  }
  // Apps and targets show the worst connection they use or receive, so the graph's colours agree with the table.
  for (let e = 0; e < graph.edgeCount; e++) {
    const kind = d.edgeKind[e];
    if (kind !== USES && kind !== REACHES) continue;
    // uses: app → connection; reaches: connection → target.
    const ci = (kind === USES ? d.edgeDst[e] : d.edgeSrc[e]) as number;
    const other = (kind === USES ? d.edgeSrc[e] : d.edgeDst[e]) as number;
    graph.setRisk(other, Math.max(graph.risk[other] as number, scoreAt[ci]?.value ?? 0));
  }

  let peopleActingAsOthers = 0;
  for (let i = 0; i < actingAsOthers.length; i++) peopleActingAsOthers += actingAsOthers[i] as number;

  return {
    detections,
    ...scoreViews(d, scoreAt, { explicitShares, implicitShares, actorCount, worstCount }),
    graph,
    peopleActingAsOthers,
    policy,
    nowMs,
  };
}
