import { useEffect, useRef, useState } from 'react';
import Graph from 'graphology';
import Sigma, { DEFAULT_CAMERA_STATE } from 'sigma';
import type { DrawnView } from '../../model/answerView';
import { applyEmphasis, buildGraph, type EdgeAttrs, type NodeAttrs } from '../../model/buildGraph';
import { hierarchicalLayout } from '../../model/hierarchicalLayout';
import { edgeLabelsForAnswer, edgeLabelsOnFirstHover, nodeLabelsLater } from './deferredLabels';
import { DRAWING_MARKS } from './drawingMarks';
import { runForceLayout } from './forceLayout';
import { EDGES_HIDDEN_WHILE_MOVING_ABOVE, SIGMA_OPTIONS } from './sigmaOptions';
import { snapshotPng, type GraphSnapshotter } from './snapshotPng';

export interface SigmaCanvasProps {
  /** The answer to draw; undefined while it loads (sigma starts meanwhile, so the answer only has to be drawn). */
  drawn: DrawnView | undefined;
  selected?: string;
  onNodeClick: (id: string) => void;
  onNodeDoubleClick: (id: string) => void;
  onLayoutChange?: (state: 'running' | 'done') => void;
  /** Called with a way to export the drawing once sigma runs, and with null when it stops. */
  onSnapshotter?: (snapshotter: GraphSnapshotter | null) => void;
}

/**
 * The WebGL drawing. Loaded on demand (this module pulls in sigma and the layout worker), one sigma instance per
 * mount; a new answer swaps the graph, selection only restyles it.
 */
export default function SigmaCanvas({ drawn, selected, onNodeClick, onNodeDoubleClick, onLayoutChange, onSnapshotter }: SigmaCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const graphRef = useRef<ReturnType<typeof buildGraph> | null>(null);
  /** The answer and selection the graph's emphasis was last computed for: each change restyles once, not twice. */
  const emphasised = useRef<{ drawn: DrawnView; selected?: string } | null>(null);
  const selectedRef = useRef(selected);
  /** Whether this sigma has been given an answer: only the first holds its node labels back (deferredLabels.ts). */
  const answeredBefore = useRef(false);
  const callbacks = useRef({ onNodeClick, onNodeDoubleClick, onLayoutChange, onSnapshotter });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    callbacks.current = { onNodeClick, onNodeDoubleClick, onLayoutChange, onSnapshotter };
    selectedRef.current = selected;
  });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let sigma: Sigma<NodeAttrs, EdgeAttrs>;
    try {
      sigma = new Sigma<NodeAttrs, EdgeAttrs>(new Graph(), el, SIGMA_OPTIONS);
    } catch (err) {
      // A GPU blocklist or a lost context can still refuse WebGL after the feature check passed. Reported after
      // this effect, like any other event from the outside world.
      const message = err instanceof Error ? err.message : String(err);
      queueMicrotask(() => setFailure(message));
      return;
    }
    edgeLabelsOnFirstHover(sigma);
    sigma.on('clickNode', ({ node }) => callbacks.current.onNodeClick(node));
    sigma.on('doubleClickNode', (payload) => {
      // Double-click focuses the node; sigma's default would also zoom the camera.
      payload.preventSigmaDefault();
      callbacks.current.onNodeDoubleClick(payload.node);
    });
    sigmaRef.current = sigma;
    callbacks.current.onSnapshotter?.({ toPng: () => snapshotPng(sigma) });
    return () => {
      callbacks.current.onSnapshotter?.(null);
      sigmaRef.current = null;
      sigma.kill();
    };
  }, []);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !drawn) return;
    const positions = drawn.layout === 'hierarchy' ? hierarchicalLayout(drawn.view) : undefined;
    const graph = buildGraph(drawn.view, positions);
    // Styled before sigma sees it: restyling after setGraph would make sigma process every node and edge again.
    applyEmphasis(graph, { ...drawn, selected: selectedRef.current });
    emphasised.current = { drawn, selected: selectedRef.current };
    graphRef.current = graph;
    sigma.setSetting('hideEdgesOnMove', graph.size > EDGES_HIDDEN_WHILE_MOVING_ABOVE);
    const showLabels = answeredBefore.current ? () => undefined : nodeLabelsLater(sigma, graph);
    answeredBefore.current = true;
    edgeLabelsForAnswer(sigma, graph);
    sigma.setGraph(graph);
    sigma.getCamera().setState(DEFAULT_CAMERA_STATE);
    if (drawn.layout !== 'force' || graph.order < 3) {
      callbacks.current.onLayoutChange?.('done');
      sigma.once('afterRender', showLabels);
      return;
    }
    callbacks.current.onLayoutChange?.('running');
    return runForceLayout(graph, () => {
      performance.mark(DRAWING_MARKS.layoutSettled);
      callbacks.current.onLayoutChange?.('done');
      showLabels();
    });
  }, [drawn]);

  useEffect(() => {
    const last = emphasised.current;
    if (!graphRef.current || !drawn || (last?.drawn === drawn && last.selected === selected)) return;
    applyEmphasis(graphRef.current, { ...drawn, selected });
    emphasised.current = { drawn, selected };
  }, [drawn, selected]);

  if (failure) {
    return <p role="alert">The graph cannot be drawn here ({failure}). The table below lists everything it would show.</p>;
  }
  return <div ref={container} className="graph-canvas" style={{ position: 'absolute', inset: 0 }} />;
}
