import type { Operations } from './operations';
import { notFound } from '../problems';
import { UnknownNodeError, simulate } from '../../domain';
import type { ServiceState } from '../state';

/** Graph answers come straight from the shared engine; unknown ids become 404s. */
function ask<T>(kind: string, id: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof UnknownNodeError) throw notFound(kind, id);
    throw err;
  }
}

const graphOf = (state: ServiceState) => state.analysis.graph;

export const graphOperations = {
  graphOverview: ({ query }, state) => graphOf(state).overview(query),
  graphNeighbourhood: ({ params, query }, state) =>
    ask('Node', params.id, () => graphOf(state).neighbourhood(params.id, { depth: query.depth, budget: query.budget })),
  graphSearch: ({ query }, state) => ({ items: graphOf(state).search(query.q, query.limit) }),
  whoCanActAs: ({ params }, state) => ask('Principal', params.id, () => graphOf(state).whoCanActAs(params.id)),
  reach: ({ params }, state) => ask('Principal', params.id, () => graphOf(state).reach(params.id)),
  blastRadius: ({ params }, state) => ask('Connection', params.id, () => graphOf(state).blastRadius(params.id)),
  shortestPath: ({ query }, state) => ask('Node', `${query.from} → ${query.to}`, () => graphOf(state).shortestPath(query.from, query.to)),
  whatIf: ({ body }, state) => ask('Node', 'in the changes', () => simulate(state.inventory, body.changes, { now: state.now() })),
} satisfies Partial<Operations>;
