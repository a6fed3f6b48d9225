import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs, SharingGraphModel } from '../../model/buildGraph';

/**
 * Draws a new answer's shapes first and its text a frame later. Sigma rasterises every distinct character of the node
 * labels into its glyph atlas (~0.2–0.3 s under software WebGL for a thousand labels) and compiles the edge-label
 * programs on the first frame that renders edge labels (~0.25 s) before it draws anything; both now follow the first
 * frame instead of delaying it. For the first answer a sigma draws (later ones find most glyphs in the atlas and the
 * programs compiled); call before `setGraph`: the labels are held back until that graph has been drawn once.
 */
export function labelsAfterFirstFrame(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: SharingGraphModel): void {
  const held = new Map<string, string>();
  graph.forEachNode((id, attrs) => {
    if (attrs.label) held.set(id, attrs.label);
  });
  graph.updateEachNodeAttributes((id, attrs) => (held.has(id) ? { ...attrs, label: '' } : attrs), { attributes: ['label'] });
  sigma.once('afterRender', () => {
    graph.updateEachNodeAttributes((id, attrs) => (held.has(id) ? { ...attrs, label: held.get(id) ?? '' } : attrs), { attributes: ['label'] });
    sigma.setSetting('renderEdgeLabels', true);
  });
}
