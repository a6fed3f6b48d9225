import Graph from 'graphology';
import type { GraphView } from '../../../contract/graph';
import { EDGE_STYLE, HIGHLIGHT_EDGE_COLOR, NODE_STYLE, edgeLabel, edgeStyleKey, nodeColor, nodeSize } from './visual';
import { seedPosition } from './seedPositions';

/** Node attributes the renderer's styles read. Data (kind, risk) and look (colour, size) side by side. */
export interface NodeAttrs {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  baseSize: number;
  color: string;
  shape: string;
  opacity: number;
  labelVisibility: 'auto' | 'visible';
  [key: string]: unknown;
}
export interface EdgeAttrs {
  label: string;
  kind: string;
  implicit: boolean;
  size: number;
  color: string;
  baseColor: string;
  /** Read by the dashed layer: 0 draws a plain edge, more draws dashes of that many pixels. */
  dashSize: number;
  opacity: number;
  /** Edge labels show on hover; 'visible' keeps them for the edges an answer is about (a path's steps). */
  labelVisibility: 'hidden' | 'visible';
  [key: string]: unknown;
}
export type SharingGraphModel = Graph<NodeAttrs, EdgeAttrs>;

/**
 * A GraphView as a graphology graph ready to draw. Positions come from `positions` (hierarchical views) or from the
 * id-seeded start (force layout). Labels are the inventory's strings as data: sigma draws them as glyphs on the
 * canvas, never as HTML.
 */
export function buildGraph(view: GraphView, positions?: ReadonlyMap<string, { x: number; y: number }>): SharingGraphModel {
  const graph: SharingGraphModel = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const n of view.nodes) {
    if (graph.hasNode(n.id)) continue;
    const size = nodeSize(n);
    graph.addNode(n.id, {
      label: n.label,
      kind: n.kind,
      ...(positions?.get(n.id) ?? seedPosition(n.id)),
      size,
      baseSize: size,
      color: nodeColor(n.kind, n.risk),
      shape: NODE_STYLE[n.kind].shape,
      opacity: 1,
      labelVisibility: 'auto',
    });
  }
  for (const e of view.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const style = EDGE_STYLE[edgeStyleKey(e)];
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: edgeLabel(e),
      kind: e.kind,
      implicit: e.implicit,
      size: e.kind === 'authenticates_as' ? 2 : 1,
      color: style.color,
      baseColor: style.color,
      dashSize: style.dashed ? 6 : 0,
      opacity: 1,
      labelVisibility: 'hidden',
    });
  }
  return graph;
}

export interface Emphasis {
  highlightNodes: ReadonlySet<string>;
  highlightEdges: ReadonlySet<string>;
  selected?: string;
}

/**
 * What the question is about stands out: highlighted and selected nodes grow and keep their labels; when an answer
 * highlights edges (a path), those turn dark and thick, say what they are, and everything else fades.
 */
export function applyEmphasis(graph: SharingGraphModel, { highlightNodes, highlightEdges, selected }: Emphasis): void {
  const fade = highlightEdges.size > 0;
  graph.updateEachNodeAttributes((id, a) => {
    const hot = highlightNodes.has(id) || id === selected;
    return {
      ...a,
      size: id === selected ? a.baseSize * 1.8 : hot ? a.baseSize * 1.4 : a.baseSize,
      labelVisibility: hot ? 'visible' : 'auto',
      opacity: fade && !hot ? 0.3 : 1,
    };
  });
  graph.updateEachEdgeAttributes((id, a) => {
    const hot = highlightEdges.has(id);
    return {
      ...a,
      color: hot ? HIGHLIGHT_EDGE_COLOR : a.baseColor,
      size: hot ? 3 : a.kind === 'authenticates_as' ? 2 : 1,
      opacity: fade && !hot ? 0.25 : 1,
      labelVisibility: hot ? 'visible' : 'hidden',
    };
  });
}
