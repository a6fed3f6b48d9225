import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs, SharingGraphModel } from '../../model/buildGraph';
import { DRAWING_MARKS } from './drawingMarks';

/**
 * Takes a new sigma's first answer's node labels off, so its first frame draws the shapes alone, and returns what
 * puts them back (once). Before its first frame sigma rasterises every distinct character of the labels into its
 * glyph atlas, ~0.25 s under software WebGL for a thousand labels, and the picture waited for its text. `SigmaCanvas`
 * gives them back when the force layout has settled (labels on moving nodes are noise, and the work would be a long
 * task while the layout animates), or a frame after the first for a layout that does not move. Call before `setGraph`.
 */
export function holdNodeLabels(graph: SharingGraphModel): () => void {
  const held = new Map<string, string>();
  graph.forEachNode((id, attrs) => {
    if (attrs.label) held.set(id, attrs.label);
  });
  graph.updateEachNodeAttributes((id, attrs) => (held.has(id) ? { ...attrs, label: '' } : attrs), { attributes: ['label'] });
  return () => {
    if (held.size === 0) return;
    // One update for all nodes, and without the hint that only labels changed: told that, sigma restyles the nodes
    // but skips the pass that rasterises new glyphs, and the labels stayed invisible until something moved.
    graph.updateEachNodeAttributes((id, attrs) => (held.has(id) ? { ...attrs, label: held.get(id) ?? '' } : attrs));
    held.clear();
  };
}

/**
 * `holdNodeLabels` for a sigma's first answer; what it returns shows the labels in a frame of their own (sigma may
 * process and render a graph change inside the callback that makes it) and marks when they are drawn.
 */
export function nodeLabelsLater(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: SharingGraphModel): () => void {
  const giveBack = holdNodeLabels(graph);
  return () => {
    requestAnimationFrame(() => {
      giveBack();
      sigma.once('afterRender', () => performance.mark(DRAWING_MARKS.labelsDrawn));
    });
  };
}

/**
 * Edge labels (the kind of share or grant, on hover and along an answer's path) need programs sigma compiles on the
 * first frame that renders any: ~0.5 s or more of one blocked task under software WebGL, for labels the overview does
 * not show until an edge is hovered. They are turned on when first needed: on the first edge the pointer enters
 * (`edgeLabelsOnFirstHover`, once per sigma), or at once for an answer that labels its edges, such as a path.
 */
export function showEdgeLabels(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  if (!sigma.getSetting('renderEdgeLabels')) sigma.setSetting('renderEdgeLabels', true);
}

export function edgeLabelsOnFirstHover(sigma: Sigma<NodeAttrs, EdgeAttrs>): void {
  sigma.once('enterEdge', () => showEdgeLabels(sigma));
}

export function edgeLabelsForAnswer(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: SharingGraphModel): void {
  if (graph.someEdge((_id, attrs) => attrs.labelVisibility === 'visible')) showEdgeLabels(sigma);
}
