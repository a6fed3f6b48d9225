import { describe, expect, it, vi } from 'vitest';
import type Sigma from 'sigma';
import type { GraphView } from '../../../../contract/graph';
import { buildGraph, type EdgeAttrs, type NodeAttrs } from '../../model/buildGraph';
import { labelsAfterFirstFrame } from './labelsAfterFirstFrame';

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

/** Sigma's part in this: it announces each rendered frame and takes settings. */
function fakeSigma() {
  const frameDone: (() => void)[] = [];
  const setSetting = vi.fn();
  const sigma = { once: (event: string, fn: () => void) => event === 'afterRender' && frameDone.push(fn), setSetting };
  const renderFrame = () => frameDone.splice(0).forEach((fn) => fn());
  return { sigma: sigma as unknown as Sigma<NodeAttrs, EdgeAttrs>, setSetting, renderFrame };
}

const labels = (graph: ReturnType<typeof buildGraph>) => graph.mapNodes((_id, attrs) => attrs.label);

describe('labelsAfterFirstFrame', () => {
  it('draws the first frame without text, then every label exactly as the inventory spells it', () => {
    const graph = buildGraph(view);
    const { sigma, setSetting, renderFrame } = fakeSigma();
    labelsAfterFirstFrame(sigma, graph);
    expect(labels(graph)).toEqual(['', '', '']);
    expect(setSetting).not.toHaveBeenCalled();

    renderFrame();
    expect(labels(graph)).toEqual(['Dana <img src=x onerror=alert(1)>', 'SQL · finance', '']);
    expect(setSetting).toHaveBeenCalledWith('renderEdgeLabels', true);
  });

  it('leaves the rest of each node as it was', () => {
    const graph = buildGraph(view);
    const before = graph.mapNodes((_id, { label: _label, ...rest }) => rest);
    const { sigma, renderFrame } = fakeSigma();
    labelsAfterFirstFrame(sigma, graph);
    renderFrame();
    expect(graph.mapNodes((_id, { label: _label, ...rest }) => rest)).toEqual(before);
  });
});
