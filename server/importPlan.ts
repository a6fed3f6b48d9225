import { importSteps, type ImportPlan, type ImportPlanOptions } from '../src/service/writes';
import type { ImportRequest } from '../src/contract/imports';
import type { ServiceState } from '../src/service/state';
import { compressDocument } from './db/repository';

export interface ServerImportPlan {
  plan: ImportPlan;
  /** The inventory document for the database, compressed while the plan went on; null for a refused file. */
  document: Promise<Buffer> | null;
}

/**
 * The server's import plan (upload and bench; the command line has nothing else to serve and plans in one go):
 * - a turn of the event loop at each of the plan's pauses: on `l` an import computes for tens of seconds, and
 *   without the pauses every other request (everyone else's dashboards) waited for all of it;
 * - the document's compression starts as soon as the file is validated, so the thread pool gzips it during the
 *   analysis instead of the transaction waiting for it (~1.4 s on `l`).
 */
export async function planServerImport(state: ServiceState, body: ImportRequest, actor: string, options: ImportPlanOptions): Promise<ServerImportPlan> {
  const steps = importSteps(state, body, actor, options);
  let document: Promise<Buffer> | null = null;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { plan: step.value, document: step.value.ok ? document : null };
    if ('validated' in step.value) document = compressDocument(step.value.validated);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
