import type { Operations } from './operations';
import { DEFAULT_POLICY, RULES } from '../../domain';
import { buildOpenApi } from '../../contract/openapi';
import { paginate } from './paging';
import { unauthorized } from '../problems';

export const API_VERSION = '0.1.0';

export const metaOperations = {
  health: () => ({ status: 'ok' as const, version: API_VERSION }),
  me: (_, _state, caller) => {
    if (!caller) throw unauthorized();
    return caller;
  },
  rules: () => ({ rules: [...RULES], policy: DEFAULT_POLICY }),
  listSnapshots: (_, state) => ({ items: state.snapshots }),
  listImports: ({ query }, state) => paginate([...state.imports].reverse(), query.cursor, query.limit),
  listUsers: (_, state) => ({ items: [...state.users.values()].sort((a, b) => a.username.localeCompare(b.username)) }),
} satisfies Partial<Operations>;

export const openApiDocument = () => buildOpenApi(API_VERSION);
