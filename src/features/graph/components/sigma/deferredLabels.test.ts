import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import type { GraphView } from '../../../../contract/graph';
import { applyEmphasis, buildGraph, type EdgeAttrs, type NodeAttrs } from '../../model/buildGraph';
import { edgeLabelsForAnswer, edgeLabelsOnFirstHover, holdNodeLabels } from './deferredLabels';

const view: GraphView = {
  nodes: [
    { id: 'dana', kind: 'person', label: 'Dana <img src=x onerror=alert(1)>', risk: 90 },
    { id: 'c1', kind: 'connection', label: 'SQL · finance', risk: 95 },
    { id: 'blank', kind: 'app', label: '', risk: 0 },
  ],
  edges: [{ id: 'authenticates_as:c1->dana', source: 'c1', target: 'dana', kind: 'authenticates_as', implicit: false }],
  folded: [],
  budget: 1000,
  truncated: false,
};

/** Sigma's part in this: it announces rendered frames and hovered edges, and keeps settings. */
function fakeSigma() {
  const waiting = new Map<string, (() => void)[]>();
  const settings: Record<string, unknown> = { renderEdgeLabels: false };
  const sigma = {
    once: (event: string, fn: () => void) => waiting.set(event, [...(waiting.get(event) ?? []), fn]),
    getSetting: (key: string) => settings[key],
    setSetting: (key: string, value: unknown) => (settings[key] = value),
  };
  const emit = (event: string) => {
    const fns = waiting.get(event) ?? [];
    waiting.delete(event);
    fns.forEach((fn) => fn());
  };
  return { sigma: sigma as unknown as Sigma<NodeAttrs, EdgeAttrs>, settings, renderFrame: () => emit('afterRender'), emit };
}

const labels = (graph: ReturnType<typeof buildGraph>) => graph.mapNodes((_id, attrs) => attrs.label);

describe('holdNodeLabels', () => {
  it('takes every label off for the first frame and puts each back exactly as the inventory spells it', () => {
    const graph = buildGraph(view);
    const showLabels = holdNodeLabels(graph);
    expect(labels(graph)).toEqual(['', '', '']);
    showLabels();
    expect(labels(graph)).toEqual(['Dana <img src=x onerror=alert(1)>', 'SQL · finance', '']);
  });

  it('leaves the rest of each node as it was, and puts the labels back only once', () => {
    const graph = buildGraph(view);
    const before = graph.mapNodes((_id, { label: _label, ...rest }) => rest);
    const showLabels = holdNodeLabels(graph);
    showLabels();
    graph.setNodeAttribute('c1', 'label', 'renamed since');
    showLabels();
    expect(graph.getNodeAttribute('c1', 'label')).toBe('renamed since');
    expect(graph.mapNodes((_id, { label: _label, ...rest }) => rest)).toEqual(before);
  });
});

describe('edge labels', () => {
  it('stay off for an answer that labels no edge until the pointer enters one', () => {
    const { sigma, settings, renderFrame, emit } = fakeSigma();
    edgeLabelsOnFirstHover(sigma);
    edgeLabelsForAnswer(sigma, buildGraph(view));
    renderFrame();
    expect(settings.renderEdgeLabels).toBe(false);
    emit('enterEdge');
    expect(settings.renderEdgeLabels).toBe(true);
  });

  it('are turned on at once for an answer that labels its edges, such as a path', () => {
    const graph = buildGraph(view);
    applyEmphasis(graph, { highlightNodes: new Set(['c1', 'dana']), highlightEdges: new Set(['authenticates_as:c1->dana']) });
    const { sigma, settings } = fakeSigma();
    edgeLabelsForAnswer(sigma, graph);
    expect(settings.renderEdgeLabels).toBe(true);
  });
});
