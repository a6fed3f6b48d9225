import type { Finding, FindingEvent, FindingPatch } from '../contract/findings';
import type { ImportRecord, ImportRequest } from '../contract/imports';
import type { Snapshot } from '../contract/snapshots';
import { computeSnapshot } from '../domain';
import { devFingerprint, runImporter, type ImportProgress } from '../domain/importers';
import { applyPatch } from '../domain/triage/applyPatch';
import { VersionConflictError } from '../domain/triage/errors';
import { conflict, notFound, ProblemError } from './problems';
import { findingsChanged } from './findings/findingsIndex';
import { deriveInventory, numberEvents, reconcileWith, swapInventory, type LoadedInventory, type ServiceState } from './state';
import type { Inventory } from '../contract/inventory';

/**
 * Writes are split into plan (validate and compute, touching nothing) and apply (change memory). The mock
 * applies at once; the server commits the plan to the database in one transaction first, and applies it
 * only when the commit succeeded, so memory never holds what the database does not.
 */
export interface FindingUpdatePlan {
  finding: Finding;
  previousVersion: number;
  events: FindingEvent[];
}

export function planFindingUpdate(state: ServiceState, id: string, patch: FindingPatch, actor: string): FindingUpdatePlan {
  const current = state.findings.get(id);
  if (!current) throw notFound('Finding', id);
  try {
    const { finding, events } = applyPatch(current, patch, actor, state.now());
    return { finding, previousVersion: current.version, events: numberEvents(state, events) };
  } catch (err) {
    if (err instanceof VersionConflictError) {
      throw conflict('Edit conflict', `${err.message}. Review the current values and apply your change again.`, err.current);
    }
    throw err;
  }
}

export function applyFindingUpdate(state: ServiceState, plan: FindingUpdatePlan) {
  state.findings.set(plan.finding.id, plan.finding);
  findingsChanged(state);
  state.events.push(...plan.events);
}

export const findingDetail = (state: ServiceState, id: string) => {
  const finding = state.findings.get(id);
  if (!finding) throw notFound('Finding', id);
  return { finding, events: state.events.filter((e) => e.findingId === id) };
};

export type ImportPlan =
  | { ok: false; record: ImportRecord }
  | { ok: true; record: ImportRecord; loaded: LoadedInventory; findings: Finding[]; events: FindingEvent[]; snapshot: Snapshot };

/**
 * Parses and validates an import (any format, see src/domain/importers), and computes what it would change.
 * All-or-nothing. `onProgress` lets the command line draw where a long import is.
 */
export interface ImportPlanOptions {
  onProgress?: (p: ImportProgress) => void;
  /** The largest file taken, in bytes; the importers' default (64 MiB) unless the server is configured otherwise. */
  maxBytes?: number;
}

/**
 * The plan in steps: it pauses after validating and after analysing, the two long stretches on a large inventory,
 * so a server can answer other requests in between (see planImportYielding). Nothing in the state changes until
 * the plan is applied, so reads in the pauses see the inventory as it was.
 */
/** Where the plan pauses: once the file is validated (with the inventory it will store), and once it is analysed. */
export type ImportPause = { validated: Inventory } | { analysed: true };

export function* importSteps(state: ServiceState, body: ImportRequest, actor: string, { onProgress, maxBytes }: ImportPlanOptions = {}): Generator<ImportPause, ImportPlan> {
  const at = state.now().toISOString();
  const record: ImportRecord = {
    id: `imp-${state.imports.length + 1}`, at, by: actor, format: body.format, fileName: body.fileName, status: 'failed',
    counts: { principals: 0, connections: 0, apps: 0, shares: 0 }, findings: { new: 0, resolved: 0, reopened: 0 },
    errors: [], secretsDropped: 0,
  };
  const imported = runImporter(body.format, body.content, { fingerprint: state.fingerprint ?? devFingerprint, generatedAt: at, onProgress, ...(maxBytes === undefined ? {} : { maxBytes }) });
  if (!imported.ok) {
    return { ok: false, record: { ...record, errors: imported.errors, ...(imported.total > imported.errors.length ? { errorsTotal: imported.total } : {}) } };
  }
  record.secretsDropped = imported.secretsDropped;
  if (imported.warnings.length > 0) record.warnings = imported.warnings;
  const inventory = imported.inventory;
  yield { validated: inventory };
  onProgress?.({ phase: 'analysing' });
  const loaded = deriveInventory(inventory, state.now());
  yield { analysed: true };
  const result = reconcileWith(state, loaded);
  const previous = state.snapshots.at(-1);
  const snapshot = computeSnapshot(inventory, loaded.analysis, { id: `s-${record.id}`, takenAt: at, importId: record.id, ...(previous ? { previous } : {}) });
  return {
    ok: true,
    record: {
      ...record, status: 'succeeded', findings: result.counts,
      counts: { principals: inventory.principals.length, connections: inventory.connections.length, apps: inventory.apps.length, shares: inventory.shares.length },
    },
    loaded, findings: result.findings, events: numberEvents(state, result.events), snapshot,
  };
}

/** The whole plan at once: the mock, the tests and the command line, which have nothing else to serve meanwhile. */
export function planImport(state: ServiceState, body: ImportRequest, actor: string, options: ImportPlanOptions = {}): ImportPlan {
  const steps = importSteps(state, body, actor, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

export function applyImport(state: ServiceState, plan: ImportPlan) {
  state.imports.push(plan.record);
  if (!plan.ok) return;
  swapInventory(state, plan.loaded, plan.findings, plan.events);
  state.snapshots.push(plan.snapshot);
}

/** A failed import is recorded in the history and answered with 422 naming each field. */
export function importResult(plan: ImportPlan): ImportRecord {
  if (plan.ok) return plan.record;
  throw new ProblemError({
    type: 'about:blank', title: 'Import rejected', status: 422,
    detail: `${plan.record.fileName}: nothing was changed.${plan.record.errorsTotal ? ` ${plan.record.errorsTotal} errors in all; the first ${plan.record.errors.length} are listed.` : ''}`,
    errors: plan.record.errors,
  });
}
