import type { App, Connection, Inventory, Principal, TargetSystem } from '../../contract/inventory';
import type { Evidence, Policy, Rule, SubjectType } from '../../contract/rules';
import type { Lookup } from '../graph/nodeValues';

/** Who can act through one connection, computed once per analysis from the sharing graph. */
export interface ConnectionExposure {
  /** Principals other than the connection's identity able to use it. */
  actors: number;
  /** Of those, the ones whose only route is an app shared with them (implicit connection share). */
  implicitActors: number;
  /** Whether the owner (when not the identity) is among the actors. */
  ownerActs: boolean;
}

/**
 * What the graph resolved for each connection, by its position in inventory.connections. Rules that loop over
 * the connections read these rather than looking the ids up again: on `l` that was 100k hash lookups per rule.
 */
export interface ConnectionRefs {
  /** The principal the connection signs in as, as principals.get(c.authenticatesAs). */
  identity(position: number): Principal | undefined;
  /** As principals.get(c.ownerId). */
  owner(position: number): Principal | undefined;
  /** As appsByConnection.get(c.id). */
  apps(position: number): readonly App[] | undefined;
  /** As exposure(c.id). */
  exposure(position: number): ConnectionExposure;
}

/** Everything a rule may read. Rules are pure functions of this: no clock, no I/O. */
export interface RuleContext {
  inventory: Inventory;
  policy: Policy;
  nowMs: number;
  principals: Lookup<Principal>;
  targets: Lookup<TargetSystem>;
  appsByConnection: Lookup<readonly App[]>;
  /** Apps' share counts (explicit shares of the app). */
  appShareCount: Lookup<number>;
  connectionsByIdentity: Lookup<readonly Connection[]>;
  exposure(connectionId: string): ConnectionExposure;
  connectionRefs: ConnectionRefs;
}

/** What a rule reports; the engine adds key, severity, OWASP ids, exposure and risk score. */
export interface RuleFinding {
  subjectType: SubjectType;
  subjectId: string;
  subjectName: string;
  relatedIds?: string[];
  evidence: Evidence[];
  /** Overrides the engine's exposure of the subject, for findings spanning several connections. */
  exposure?: number;
}

export interface RuleDefinition {
  meta: Rule;
  evaluate(ctx: RuleContext): RuleFinding[];
}

export function ev(field: string, value: Evidence['value'], note?: string): Evidence {
  return note === undefined ? { field, value } : { field, value, note };
}

/** Runs `check` on every connection (with its position, for ctx.connectionRefs) and collects the findings. */
export function perConnection(
  ctx: RuleContext,
  check: (c: Connection, position: number) => Evidence[] | null,
  related?: (c: Connection, position: number) => string[],
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const connections = ctx.inventory.connections;
  for (let k = 0; k < connections.length; k++) {
    const c = connections[k] as Connection;
    const evidence = check(c, k);
    if (evidence === null || evidence.length === 0) continue;
    out.push({ subjectType: 'connection', subjectId: c.id, subjectName: c.name, relatedIds: related ? related(c, k) : [], evidence });
  }
  return out;
}
