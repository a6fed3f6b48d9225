import type { Operations } from './operations';
import { DEFAULT_POLICY, RULES } from '../../src/domain';
import { buildOpenApi } from '../../src/contract/openapi';
import { Inventory } from '../../src/contract/inventory';
import type { ImportRecord } from '../../src/contract/imports';
import { loadInventory } from '../state';
import { paginate } from './paging';
import { ProblemError } from '../problems';

export const API_VERSION = '0.1.0';

function emptyCounts() {
  return { principals: 0, connections: 0, apps: 0, shares: 0 };
}

export const metaOperations = {
  health: () => ({ status: 'ok' as const, version: API_VERSION }),
  me: (_, state) => state.user,
  rules: () => ({ rules: [...RULES], policy: DEFAULT_POLICY }),
  listSnapshots: (_, state) => ({ items: state.snapshots }),
  listImports: ({ query }, state) => paginate([...state.imports].reverse(), query.cursor, query.limit),

  /** The mock takes the native format only; the other importers arrive with the server. All-or-nothing. */
  createImport: ({ body }, state) => {
    const record: ImportRecord = {
      id: `imp-${state.imports.length + 1}`, at: state.now().toISOString(), by: state.user.username,
      format: body.format, fileName: body.fileName, status: 'failed', counts: emptyCounts(),
      findings: { new: 0, resolved: 0, reopened: 0 }, errors: [], secretsDropped: 0,
    };
    if (body.format !== 'native') {
      record.errors = [{ field: 'format', message: `The mock API imports the native format only, not ${body.format}` }];
    } else {
      let json: unknown;
      try {
        json = JSON.parse(body.content);
      } catch (err) {
        record.errors = [{ field: 'content', message: `Not valid JSON: ${(err as Error).message}` }];
      }
      if (json !== undefined) {
        const parsed = Inventory.safeParse(json);
        if (!parsed.success) {
          record.errors = parsed.error.issues.slice(0, 100).map((i) => ({ field: i.path.join('.'), message: i.message }));
        } else {
          record.status = 'succeeded';
          record.findings = loadInventory(state, parsed.data);
          record.counts = {
            principals: parsed.data.principals.length, connections: parsed.data.connections.length,
            apps: parsed.data.apps.length, shares: parsed.data.shares.length,
          };
        }
      }
    }
    state.imports.push(record);
    if (record.status === 'failed') {
      throw new ProblemError({
        type: 'about:blank', title: 'Import rejected', status: 422,
        detail: `${record.fileName}: nothing was changed`, errors: record.errors,
      });
    }
    return record;
  },
} satisfies Partial<Operations>;

export const openApiDocument = () => buildOpenApi(API_VERSION);
