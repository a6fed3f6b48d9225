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
    // One update for all nodes: sigma then processes them (and rasterises the new glyphs) once.
    graph.updateEachNodeAttributes((id, attrs) => (held.has(id) ? { ...attrs, label: held.get(id) ?? '' } : attrs), { attributes: ['label'] });
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
 * not show until an edge is hovered. They are turned on when first needed: at once if the answer labels its edges
 * (a path), else on the first edge the pointer enters.
 */
export function edgeLabelsWhenNeeded(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: SharingGraphModel): void {
  const turnOn = () => {
    if (!sigma.getSetting('renderEdgeLabels')) sigma.setSetting('renderEdgeLabels', true);
  };
  if (graph.someEdge((_id, attrs) => attrs.labelVisibility === 'visible')) turnOn();
  else sigma.once('enterEdge', turnOn);
}
