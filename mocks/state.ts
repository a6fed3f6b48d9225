import type { Inventory, Principal, Connection, App, TargetSystem } from '../src/contract/inventory';
import type { Finding, FindingEvent } from '../src/contract/findings';
import type { ImportRecord } from '../src/contract/imports';
import type { Snapshot } from '../src/contract/snapshots';
import type { User } from '../src/contract/me';
import type { Detection } from '../src/contract/rules';
import { analyze, computeSnapshot, generateHistory, RULES, type Analysis } from '../src/domain';
import { reconcile, type SubjectContext } from '../src/domain/triage/reconcile';
import type { NewEvent } from '../src/domain/triage/applyPatch';

/** The mock's in-memory database: an inventory, what the engine derived from it, and triage state. */
export interface MockState {
  inventory: Inventory;
  analysis: Analysis;
  principals: Map<string, Principal>;
  connections: Map<string, Connection>;
  apps: Map<string, App>;
  targets: Map<string, TargetSystem>;
  findings: Map<string, Finding>;
  events: FindingEvent[];
  imports: ImportRecord[];
  snapshots: Snapshot[];
  user: User;
  /** Clock of the mock, injectable so tests are deterministic. */
  now: () => Date;
  nextEventId: number;
}

export const DEMO_USER: User = { id: 'u-demo', username: 'demo', displayName: 'Demo Admin', role: 'admin' };

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

function subjectContext(state: Pick<MockState, 'principals' | 'connections' | 'apps'>) {
  return (d: Detection): SubjectContext => {
    const title = RULE_TITLES.get(d.ruleId) ?? d.ruleId;
    const subject = d.subjectType === 'connection' ? state.connections.get(d.subjectId) : d.subjectType === 'app' ? state.apps.get(d.subjectId) : undefined;
    const ownerId = subject ? subject.ownerId : d.subjectType === 'principal' ? d.subjectId : null;
    return {
      title,
      platform: subject?.platform ?? null,
      environment: subject?.environment ?? null,
      ownerId,
      ownerName: ownerId ? (state.principals.get(ownerId)?.name ?? null) : null,
    };
  };
}

export function appendEvents(state: MockState, events: readonly NewEvent[]) {
  for (const e of events) state.events.push({ ...e, id: `ev-${state.nextEventId++}` });
}

/** Replaces the inventory and reconciles findings, as an import does; returns what changed. */
export function loadInventory(state: MockState, inventory: Inventory) {
  state.inventory = inventory;
  state.analysis = analyze(inventory, { now: state.now() });
  state.principals = byId(inventory.principals);
  state.connections = byId(inventory.connections);
  state.apps = byId(inventory.apps);
  state.targets = byId(inventory.targets);
  const result = reconcile(state.findings, state.analysis.detections, subjectContext(state), state.now());
  state.findings = new Map(result.findings.map((f) => [f.id, f]));
  appendEvents(state, result.events);
  return result.counts;
}

export function createMockState(inventory: Inventory, now: () => Date = () => new Date()): MockState {
  const state = {
    findings: new Map(), events: [], imports: [], snapshots: [], user: DEMO_USER, now, nextEventId: 1,
  } as unknown as MockState;
  loadInventory(state, inventory);
  const history = generateHistory(inventory, { now: now() });
  state.snapshots = history.length > 0 ? history : [computeSnapshot(inventory, state.analysis, { id: 's-1', takenAt: now().toISOString(), importId: null })];
  return state;
}
