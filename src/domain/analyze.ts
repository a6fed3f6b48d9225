import type { App, Connection, Inventory, Principal, Sensitivity, TargetSystem } from '../contract/inventory';
import type { Detection, Policy, RiskScore, Severity } from '../contract/rules';
import { NK } from './graph/codes';

const CONNECTION = NK.connection;
const PERSON = NK.person;
import { VIA } from './graph/actors';

const IMPLICIT = VIA.implicit_app_share;
const OWNER = VIA.owner;
import { SharingGraph } from './graph/sharingGraph';
import { DEFAULT_POLICY } from './policy';
import { maxSensitivity, maxSeverity } from './ranks';
import { RULE_DEFINITIONS } from './rules/catalog';
import type { ConnectionExposure, RuleContext } from './rules/types';
import { riskScore, riskValue } from './scoring';
import { toMs, type Instant } from './time';

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
  connectionScores: Map<string, RiskScore>;
  principalScores: Map<string, RiskScore>;
  connectionFacts: Map<string, ConnectionFacts>;
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

interface Worst {
  severity: Severity | null;
  count: number;
}

/**
 * Scores of subjects without findings depend only on exposure and sensitivity; most of a large inventory is
 * clean, so they share one frozen object per (exposure, sensitivity) instead of one each.
 */
function cleanScore(cleanScores: Map<string, RiskScore>, exposure: number, sensitivity: Sensitivity | null): RiskScore {
  const key = `${exposure}|${sensitivity ?? ''}`;
  let score = cleanScores.get(key);
  if (score === undefined) {
    score = Object.freeze(riskScore(null, 0, exposure, sensitivity));
    if (cleanScores.size < 10_000) cleanScores.set(key, score);
  }
  return score;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Runs every rule, builds the sharing graph and scores connections and principals. Pure and deterministic. */
export function analyze(inventory: Inventory, options: AnalyzeOptions = {}): Analysis {
  const policy = options.policy ?? DEFAULT_POLICY;
  const nowMs = toMs(options.now ?? inventory.generatedAt);
  const graph = new SharingGraph(inventory);
  const d = graph.data;

  // Exposure of every connection, once, into arrays indexed by graph node: the rules, the scores and the
  // facts all read it.
  const actorCount = new Int32Array(graph.nodeCount);
  const implicitCount = new Int32Array(graph.nodeCount);
  const ownerActs = new Uint8Array(graph.nodeCount);
  const actingAsOthers = new Uint8Array(graph.nodeCount);
  const { found, foundVia } = graph.scratch;
  for (let ci = 0; ci < graph.nodeCount; ci++) {
    if (d.kinds[ci] !== CONNECTION) continue;
    const n = graph.actorsInto(ci);
    actorCount[ci] = n;
    for (let k = 0; k < n; k++) {
      const via = foundVia[k];
      if (via === IMPLICIT) implicitCount[ci] = (implicitCount[ci] as number) + 1;
      else if (via === OWNER) ownerActs[ci] = 1;
      const actor = found[k] as number;
      if (d.kinds[actor] === PERSON) actingAsOthers[actor] = 1;
    }
  }
  const none: ConnectionExposure = { actors: 0, implicitActors: 0, ownerActs: false };
  const exposureOf = (id: string): ConnectionExposure => {
    const ci = d.index.get(id);
    if (ci === undefined || d.kinds[ci] !== CONNECTION) return none;
    return { actors: actorCount[ci] as number, implicitActors: implicitCount[ci] as number, ownerActs: ownerActs[ci] === 1 };
  };

  const principals = new Map<string, Principal>(inventory.principals.map((p) => [p.id, p]));
  const targets = new Map<string, TargetSystem>(inventory.targets.map((t) => [t.id, t]));
  const appsByConnection = new Map<string, App[]>();
  for (const a of inventory.apps) {
    for (const cid of new Set(a.connectionIds)) {
      const list = appsByConnection.get(cid);
      if (list) list.push(a);
      else appsByConnection.set(cid, [a]);
    }
  }
  const appShareCount = new Map<string, number>();
  const connectionShareCount = new Map<string, number>();
  for (const s of inventory.shares) {
    const m = s.resourceType === 'app' ? appShareCount : connectionShareCount;
    m.set(s.resourceId, (m.get(s.resourceId) ?? 0) + 1);
  }
  const connectionsByIdentity = groupBy(inventory.connections, (c) => c.authenticatesAs);
  const ctx: RuleContext = {
    inventory, policy, nowMs, principals, targets, appsByConnection, appShareCount, connectionsByIdentity,
    exposure: exposureOf,
  };

  const connectionById = new Map<string, Connection>(inventory.connections.map((c) => [c.id, c]));
  const sensitivityOfConnection = (c: Connection | undefined): Sensitivity | null => (c ? (targets.get(c.targetId)?.sensitivity ?? null) : null);
  const principalExposure = new Map<string, number>();
  const exposureOfPrincipal = (id: string): number => {
    let n = principalExposure.get(id);
    if (n === undefined) {
      const pi = d.index.get(id);
      n = pi === undefined ? 0 : graph.countActorsOfPrincipal(pi);
      principalExposure.set(id, n);
    }
    return n;
  };
  const principalSensitivity = (id: string): Sensitivity | null => {
    let s: Sensitivity | null = null;
    for (const c of connectionsByIdentity.get(id) ?? []) s = maxSensitivity(s, sensitivityOfConnection(c));
    return s;
  };

  const detections: Detection[] = [];
  for (const def of RULE_DEFINITIONS) {
    const { meta } = def;
    for (const f of def.evaluate(ctx)) {
      const isConnection = f.subjectType === 'connection';
      const exposure = f.exposure ?? (isConnection ? ctx.exposure(f.subjectId).actors : f.subjectType === 'principal' ? exposureOfPrincipal(f.subjectId) : 0);
      const sensitivity = isConnection ? sensitivityOfConnection(connectionById.get(f.subjectId)) : principalSensitivity(f.subjectId);
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

  // Per-subject worst severity and count, one map per subject type (no composite string keys at this volume).
  const worstOf = { connection: new Map<string, Worst>(), principal: new Map<string, Worst>(), app: new Map<string, Worst>() };
  for (const det of detections) {
    const m = worstOf[det.subjectType];
    const w = m.get(det.subjectId);
    if (w) {
      w.severity = maxSeverity(w.severity, det.severity);
      w.count += 1;
    } else {
      m.set(det.subjectId, { severity: det.severity, count: 1 });
    }
  }

  const cleanScores = new Map<string, RiskScore>();
  const connectionScores = new Map<string, RiskScore>();
  const connectionFacts = new Map<string, ConnectionFacts>();
  for (const c of inventory.connections) {
    const w = worstOf.connection.get(c.id);
    const x = ctx.exposure(c.id);
    const score = w ? riskScore(w.severity, w.count, x.actors, sensitivityOfConnection(c)) : cleanScore(cleanScores, x.actors, sensitivityOfConnection(c));
    connectionScores.set(c.id, score);
    const ci = d.index.get(c.id);
    let implicitShares = 0;
    if (ci !== undefined) {
      for (let i = d.inOff[ci] as number, end = d.inOff[ci + 1] as number; i < end; i++) {
        if (d.edgeImplicit[d.inEdges[i] as number] === 1) implicitShares += 1;
      }
      graph.setRisk(ci, score.value);
    }
    connectionFacts.set(c.id, {
      explicitShares: connectionShareCount.get(c.id) ?? 0,
      implicitShares,
      actors: x.actors,
      openFindings: w?.count ?? 0,
      riskScore: score.value,
    });
  }

  // A principal carries the risk of the connections signing in as it, plus its own findings.
  const principalScores = new Map<string, RiskScore>();
  for (const p of inventory.principals) {
    let severity: Severity | null = null;
    let count = 0;
    const own = worstOf.principal.get(p.id);
    if (own) {
      severity = own.severity;
      count += own.count;
    }
    const conns = connectionsByIdentity.get(p.id) ?? [];
    for (const c of conns) {
      const w = worstOf.connection.get(c.id);
      if (!w) continue;
      severity = maxSeverity(severity, w.severity);
      count += w.count;
    }
    if (severity === null && conns.length === 0) {
      principalScores.set(p.id, NOT_AN_IDENTITY);
      continue;
    }
    // With one connection the principal's actors are exactly that connection's (both exclude the identity).
    const exposure = conns.length === 0 ? 0 : conns.length === 1 ? ctx.exposure((conns[0] as Connection).id).actors : exposureOfPrincipal(p.id);
    const sensitivity = principalSensitivity(p.id);
    const score = severity === null ? cleanScore(cleanScores, exposure, sensitivity) : riskScore(severity, count, exposure, sensitivity);
    principalScores.set(p.id, score);
    const pi = d.index.get(p.id);
    if (pi !== undefined) graph.setRisk(pi, score.value);
  }
  // Apps and targets show the worst connection they use or receive, so the graph's colours agree with the table.
  for (const a of inventory.apps) {
    const ai = d.index.get(a.id);
    if (ai === undefined) continue;
    let r = 0;
    for (const cid of a.connectionIds) r = Math.max(r, connectionScores.get(cid)?.value ?? 0);
    graph.setRisk(ai, r);
  }
  for (const c of inventory.connections) {
    const ti = d.index.get(c.targetId);
    if (ti !== undefined && d.kinds[ti] === NK.target) graph.setRisk(ti, Math.max(graph.risk[ti] as number, connectionScores.get(c.id)?.value ?? 0));
  }

  let peopleActingAsOthers = 0;
  for (let i = 0; i < actingAsOthers.length; i++) peopleActingAsOthers += actingAsOthers[i] as number;

  return { detections, connectionScores, principalScores, connectionFacts, graph, peopleActingAsOthers, policy, nowMs };
}
