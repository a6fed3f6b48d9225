import type { GraphEdge, GraphNode, GraphPath, GraphView, PathAnswer, Reach, WhoCanActAs } from '../../../contract/graph';

/**
 * What the canvas draws for each question. Neighbourhoods and the overview come from the API as views; answers
 * (who can act as, reach, a path) come as paths, which are merged here into one view and drawn left to right.
 */
export interface DrawnView {
  view: GraphView;
  layout: 'force' | 'hierarchy';
  /** Nodes and edges the question is about: drawn larger, labelled, and the rest faded. */
  highlightNodes: ReadonlySet<string>;
  highlightEdges: ReadonlySet<string>;
}

/** Union of paths as a view; node facts (risk, platform) are taken from `known` when the node was already drawn. */
export function viewFromPaths(paths: readonly GraphPath[], budget: number, known?: GraphView): GraphView {
  const facts = new Map((known?.nodes ?? []).map((n) => [n.id, n]));
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const path of paths) {
    for (const n of path.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { risk: 0, ...facts.get(n.id), ...n });
    for (const e of path.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], folded: [], budget, truncated: false };
}

export function drawnFromView(view: GraphView, focus?: string): DrawnView {
  return { view, layout: 'force', highlightNodes: new Set(focus ? [focus] : []), highlightEdges: new Set() };
}

export function drawnFromActors(answer: WhoCanActAs, budget: number, known?: GraphView): DrawnView {
  const view = viewFromPaths(answer.actors.map((a) => a.path), budget, known);
  // The subject may have no actors at all; it still belongs in the picture.
  if (!view.nodes.some((n) => n.id === answer.subjectId)) {
    const fact = known?.nodes.find((n) => n.id === answer.subjectId);
    if (fact) view.nodes.push(fact);
  }
  return { view, layout: 'hierarchy', highlightNodes: new Set([answer.subjectId]), highlightEdges: new Set() };
}

export function drawnFromReach(answer: Reach, budget: number, known?: GraphView): DrawnView {
  const view = viewFromPaths(answer.items.map((i) => i.path), budget, known);
  return {
    view, layout: 'hierarchy',
    highlightNodes: new Set([answer.principalId, ...answer.items.map((i) => i.targetId)]),
    highlightEdges: new Set(),
  };
}

export function drawnFromPath(answer: PathAnswer, budget: number, known?: GraphView): DrawnView {
  const paths = answer.path ? [answer.path] : [];
  const view = viewFromPaths(paths, budget, known);
  return {
    view, layout: 'hierarchy',
    highlightNodes: new Set(view.nodes.map((n) => n.id)),
    highlightEdges: new Set(view.edges.map((e) => e.id)),
  };
}
