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

/** Runs `check` on every connection and collects the findings it returns. */
export function perConnection(ctx: RuleContext, check: (c: Connection) => Evidence[] | null, related?: (c: Connection) => string[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of ctx.inventory.connections) {
    const evidence = check(c);
    if (evidence === null || evidence.length === 0) continue;
    out.push({ subjectType: 'connection', subjectId: c.id, subjectName: c.name, relatedIds: related ? related(c) : [], evidence });
  }
  return out;
}
