import type { Inventory, Principal, Connection, App, TargetSystem } from '../contract/inventory';
import type { Finding, FindingEvent } from '../contract/findings';
import type { ImportRecord } from '../contract/imports';
import type { Snapshot } from '../contract/snapshots';
import type { Detection } from '../contract/rules';
import type { UserAccount } from '../contract/auth';
import type { SavedView } from '../contract/savedViews';
import type { SlaPolicy } from '../contract/slaPolicy';
import type { StoredCampaign } from './campaigns';
import { analyze, computeSnapshot, generateHistory, RULES, type Analysis } from '../domain';
import { reconcile, type SubjectContext } from '../domain/triage/reconcile';
import type { NewEvent } from '../domain/triage/applyPatch';
import { warmConnectionIndex } from './inventory/connectionIndex';
import { DEFAULT_PRINCIPAL_SORT, sortedPrincipals } from './inventory/sortedPrincipals';
import { DEFAULT_CONNECTION_SORT } from '../contract/entities';
import { DEFAULT_SLA_POLICY, slaDaysOf, type SlaPolicyChange } from './slaPolicy';

/**
 * The in-memory model every API operation reads: an inventory, what the engine derived from it, and triage
 * state. The mock keeps it as its database; the server rebuilds it from PostgreSQL on start and updates it
 * after each committed write, so reads are served from memory while the truth stays in the database.
 */
export interface ServiceState {
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
  users: Map<string, UserAccount>;
  /** Saved queue views by id, each private to the user who saved it (see savedViews.ts). */
  savedViews: Map<string, SavedView & { userId: string }>;
  /** Days to remediate per severity, editable by CoE leads; new findings' due dates come from it (see slaPolicy.ts). */
  slaPolicy: SlaPolicy;
  /** Every change of the SLA policy, oldest first: its audit trail. */
  slaPolicyChanges: SlaPolicyChange[];
  /** Remediation campaigns by id, each with the finding ids it froze at its start (see campaigns.ts). */
  campaigns: Map<string, StoredCampaign>;
  /** Clock, injectable so tests are deterministic. */
  now: () => Date;
  /** Keyed fingerprint for secrets seen in imports; the server sets an HMAC, the mock uses a keyless dev one. */
  fingerprint?: (secret: string) => string;
  nextEventId: number;
  /** Bumped on every change to a finding in memory; caches derived from findings key on it. */
  findingsRevision: number;
}

/** An inventory with its derived indexes: what an import swaps in, computed before anything is committed. */
export type LoadedInventory = Pick<ServiceState, 'inventory' | 'analysis' | 'principals' | 'connections' | 'apps' | 'targets'>;

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

export function deriveInventory(inventory: Inventory, now: Date): LoadedInventory {
  const loaded = {
    inventory,
    analysis: analyze(inventory, { now }),
    principals: byId(inventory.principals),
    connections: byId(inventory.connections),
    apps: byId(inventory.apps),
    targets: byId(inventory.targets),
  };
  warmConnectionIndex(loaded, DEFAULT_CONNECTION_SORT);
  sortedPrincipals(loaded, DEFAULT_PRINCIPAL_SORT);
  return loaded;
}

function subjectContext(state: Pick<ServiceState, 'principals' | 'connections' | 'apps'>) {
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

/** Event ids are handed out here, before a write is committed, so memory and database agree on them. */
export function numberEvents(state: ServiceState, events: readonly NewEvent[]): FindingEvent[] {
  return events.map((e) => ({ ...e, id: `ev-${state.nextEventId++}` }));
}

/** Reconciles the current findings with a freshly derived inventory, without touching the state. */
export function reconcileWith(state: ServiceState, loaded: LoadedInventory) {
  return reconcile(state.findings, loaded.analysis.detections, subjectContext(loaded), state.now(), slaDaysOf(state.slaPolicy));
}

/** Swaps a derived inventory and its reconciled findings into the state (after the write committed). */
export function swapInventory(state: ServiceState, loaded: LoadedInventory, findings: readonly Finding[], events: readonly FindingEvent[]) {
  Object.assign(state, loaded);
  state.findings = new Map(findings.map((f) => [f.id, f]));
  state.findingsRevision++;
  state.events.push(...events);
}

/** Replaces the inventory and reconciles findings in one step, as the in-memory import does. */
export function loadInventory(state: ServiceState, inventory: Inventory) {
  const loaded = deriveInventory(inventory, state.now());
  const result = reconcileWith(state, loaded);
  swapInventory(state, loaded, result.findings, numberEvents(state, result.events));
  return result.counts;
}

/** An empty state with no inventory yet; the server fills it from the database. */
export function emptyState(now: () => Date = () => new Date()): ServiceState {
  return {
    ...deriveInventory({ schemaVersion: 1, generatedAt: now().toISOString(), principals: [], connections: [], apps: [], targets: [], shares: [], activity: [] }, now()),
    findings: new Map(), events: [], imports: [], snapshots: [], users: new Map(), savedViews: new Map(), slaPolicy: DEFAULT_SLA_POLICY, slaPolicyChanges: [], campaigns: new Map(), now, nextEventId: 1, findingsRevision: 0,
  };
}

/** A state seeded with an inventory and its generated posture history: the mock's store, the server's first start. */
export function createState(inventory: Inventory, now: () => Date = () => new Date()): ServiceState {
  const state = emptyState(now);
  loadInventory(state, inventory);
  state.snapshots = seedSnapshots(state);
  return state;
}

export function seedSnapshots(state: ServiceState): Snapshot[] {
  // The analysis is the one just made for this inventory at this instant: analysing `l` again cost ~3.5 s.
  const history = generateHistory(state.inventory, { now: state.now(), analysis: state.analysis });
  return history.length > 0 ? history : [computeSnapshot(state.inventory, state.analysis, { id: 's-1', takenAt: state.now().toISOString(), importId: null })];
}
