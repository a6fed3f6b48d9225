import type { GraphEdge, GraphNode, GraphView } from '../../../contract/graph';
import { edgeLabel } from './visual';

export interface TwinEdgeRow {
  edge: GraphEdge;
  from: string;
  to: string;
  relation: string;
}

const matches = (query: string, ...texts: string[]) => texts.some((t) => t.toLowerCase().includes(query));

/** What the question is about first: in the table twin as in the drawing, it comes before everything else. */
function aboutFirst<T>(items: readonly T[], rank: (item: T) => number): T[] {
  return items.map((item, i) => ({ item, i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}

/**
 * The node rows of the table twin: the selected node, then the answer's nodes, then the rest in the answer's own
 * order; narrowed to those whose label or kind contains the query (case-insensitive).
 */
export function twinNodes(view: GraphView, highlight: ReadonlySet<string>, selected: string | undefined, query: string): GraphNode[] {
  const q = query.trim().toLowerCase();
  const shown = q ? view.nodes.filter((n) => matches(q, n.label, n.kind.replace(/_/g, ' '))) : view.nodes;
  return aboutFirst(shown, (n) => (n.id === selected ? 0 : highlight.has(n.id) ? 1 : 2));
}

/** The edge rows: highlighted edges (a path) first, each with its ends' labels; the query matches either end or the relation. */
export function twinEdges(view: GraphView, highlight: ReadonlySet<string>, query: string): TwinEdgeRow[] {
  const label = new Map(view.nodes.map((n) => [n.id, n.label]));
  const q = query.trim().toLowerCase();
  const rows = view.edges.map((edge) => ({ edge, from: label.get(edge.source) ?? edge.source, to: label.get(edge.target) ?? edge.target, relation: edgeLabel(edge) }));
  const shown = q ? rows.filter((r) => matches(q, r.from, r.to, r.relation)) : rows;
  return aboutFirst(shown, (r) => (highlight.has(r.edge.id) ? 0 : 1));
}
