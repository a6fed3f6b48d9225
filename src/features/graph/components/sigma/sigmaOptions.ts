import { extremityArrow, layerDashed, layerFill, layerPlain, pathLine, sdfCircle, sdfDiamond, sdfRectangle, sdfSquare, sdfTriangle } from 'sigma/rendering';
import type { SigmaOptions } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs } from '../../model/buildGraph';

/**
 * Sigma v4 compiles one WebGL program for all nodes and one for all edges from these primitives; the styles bind
 * them to the attributes `buildGraph` computed, so the look is decided (and tested) in plain TypeScript.
 */
const primitives = {
  nodes: {
    // The first shape is the default; the names match NODE_STYLE's shapes.
    shapes: [sdfCircle(), sdfSquare({ cornerRadius: 0.15 }), sdfTriangle(), sdfDiamond(), sdfRectangle({ aspectRatio: 1.7, cornerRadius: 0.2 })],
    layers: [layerFill()],
  },
  edges: {
    paths: [pathLine()],
    extremities: [extremityArrow()],
    // Implicit shares: white gaps cut the plain line into dashes. A dashSize of 0 leaves the plain line alone.
    layers: [layerPlain(), layerDashed({ dashSize: { attribute: 'dashSize', default: 0 }, gapSize: { value: 4 }, dashColor: { attribute: 'color' }, gapColor: '#ffffff' })],
    variables: { dashSize: { type: 'number', default: 0 } },
    defaultHead: 'arrow',
  },
} as const;

/**
 * Above this many edges the edges also pause while the camera moves: a 5,000-node overview has ~13,500, and redrawing
 * them every frame of a drag made the pan stutter (frame p95 1.4 s under software WebGL). They come back when it stops.
 */
export const EDGES_HIDDEN_WHILE_MOVING_ABOVE = 5000;

export const SIGMA_OPTIONS: SigmaOptions<NodeAttrs, EdgeAttrs> = {
  primitives,
  settings: {
    // The container can be zero-sized for a moment (leaving the page while sigma starts or the layout runs); sigma
    // then throws from its resize handler, an uncaught error, instead of waiting for the next real size.
    allowInvalidContainer: true,
    // Off until an answer needs them (deferredLabels.ts): their programs cost a long task to compile.
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    // Wheel and touch gestures over the canvas move the graph; the hint overlay of 'shared' needs inline CSS the CSP forbids.
    gestureTarget: 'graph',
    labelDensity: 0.6,
    // Node labels pause while the camera moves (the edges stay: they are the answer): a pan frame then skips
    // placing and drawing up to a thousand labels.
    hideLabelsOnMove: true,
    // Node sizes are pixels (risk → 4–14 px), not graph units: a three-node path must not draw giant nodes.
    itemSizesReference: 'screen',
  },
  styles: {
    nodes: [
      {
        x: { attribute: 'x' },
        y: { attribute: 'y' },
        size: { attribute: 'size', defaultValue: 6 },
        color: { attribute: 'color', defaultValue: '#666666' },
        shape: { attribute: 'shape', defaultValue: 'circle' },
        label: { attribute: 'label' },
        opacity: { attribute: 'opacity', defaultValue: 1 },
        labelVisibility: { attribute: 'labelVisibility', defaultValue: 'auto' },
        depth: 'nodes',
        cursor: 'pointer',
      },
      {
        whenState: 'isHovered',
        then: {
          depth: 'topNodes',
          labelVisibility: 'visible',
          backdropVisibility: 'visible',
          backdropColor: '#ffffff',
          backdropShadowColor: 'rgba(0, 0, 0, 0.35)',
          backdropShadowBlur: 8,
          backdropPadding: 4,
        },
      },
    ],
    edges: [
      {
        size: { attribute: 'size', defaultValue: 1 },
        color: { attribute: 'color', defaultValue: '#cccccc' },
        opacity: { attribute: 'opacity', defaultValue: 1 },
        label: { attribute: 'label' },
        // Hidden unless hovered or part of a path: laying out thousands of edge labels (and their glyphs) on every
        // frame cost the first draw ~0.3 s and each pan frame more, for labels that overlapped into noise anyway.
        labelVisibility: { attribute: 'labelVisibility', defaultValue: 'hidden' },
        head: 'arrow',
        depth: 'edges',
      },
      // Edge labels show on hover.
      { whenState: 'isHovered', then: { depth: 'topEdges', labelVisibility: 'visible' } },
    ],
  },
};
