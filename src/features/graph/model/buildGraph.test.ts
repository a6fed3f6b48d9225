import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, GraphView, WhoCanActAs } from '../../../contract/graph';
import { applyEmphasis, buildGraph } from './buildGraph';
import { drawnFromActors, drawnFromPath, viewFromPaths } from './answerView';
import { EDGE_STYLE, HIGHLIGHT_EDGE_COLOR, NODE_STYLE } from './visual';
import { seedPosition } from './seedPositions';

const node = (id: string, kind: GraphNode['kind'], risk = 0, label = id): GraphNode => ({ id, kind, label, risk });
const edge = (source: string, target: string, kind: GraphEdge['kind'], implicit = false): GraphEdge => ({ id: `${kind}:${source}->${target}`, source, target, kind, implicit });

const view: GraphView = {
  nodes: [
    node('dana', 'person', 90, 'Dana <img src=x onerror=alert(1)>'), node('c1', 'connection', 95), node('a1', 'app', 40),
    node('g1', 'group', 30), node('t1', 'target', 70), node('agg:department:Sales', 'aggregate', 60, '312 users · Sales'),
  ],
  edges: [
    edge('c1', 'dana', 'authenticates_as'), edge('c1', 't1', 'reaches'), edge('a1', 'c1', 'uses'),
    edge('g1', 'c1', 'shared_with', true), edge('g1', 'a1', 'shared_with'), edge('agg:department:Sales', 'g1', 'member_of'),
    edge('ghost', 'c1', 'shared_with'),
  ],
  folded: [{ aggregateId: 'agg:department:Sales', label: '312 users · Sales', count: 312 }],
  budget: 1000,
  truncated: false,
};

describe('buildGraph', () => {
  it('draws every node of the view and every edge whose ends are drawn', () => {
    const g = buildGraph(view);
    expect(g.order).toBe(6);
    expect(g.size).toBe(6);
    expect(g.hasEdge('shared_with:ghost->c1')).toBe(false);
  });

  it('keeps inventory labels as plain data', () => {
    expect(buildGraph(view).getNodeAttribute('dana', 'label')).toBe('Dana <img src=x onerror=alert(1)>');
  });

  it('maps kind to shape and colour, and risk to size', () => {
    const g = buildGraph(view);
    expect(g.getNodeAttribute('c1', 'shape')).toBe(NODE_STYLE.connection.shape);
    expect(g.getNodeAttribute('a1', 'shape')).toBe('rectangle');
    expect(g.getNodeAttribute('c1', 'size')).toBeGreaterThan(g.getNodeAttribute('g1', 'size'));
  });

  it('dashes implicit shares in their own colour and keeps explicit ones plain', () => {
    const g = buildGraph(view);
    expect(g.getEdgeAttributes('shared_with:g1->c1')).toMatchObject({ dashSize: 6, color: EDGE_STYLE.shared_with_implicit.color, implicit: true });
    expect(g.getEdgeAttributes('shared_with:g1->a1')).toMatchObject({ dashSize: 0, color: EDGE_STYLE.shared_with.color });
    expect(g.getEdgeAttribute('shared_with:g1->c1', 'label')).toBe('shared with (implicit, via app)');
  });

  it('starts from id-seeded positions, or from the positions it is given', () => {
    expect(buildGraph(view).getNodeAttributes('dana')).toMatchObject(seedPosition('dana'));
    const g = buildGraph(view, new Map([['dana', { x: 1, y: 2 }]]));
    expect(g.getNodeAttributes('dana')).toMatchObject({ x: 1, y: 2 });
  });

  it('emphasises a path: its edges dark and thick, the rest faded', () => {
    const g = buildGraph(view);
    applyEmphasis(g, { highlightNodes: new Set(['g1', 'c1']), highlightEdges: new Set(['shared_with:g1->c1']), selected: 'c1' });
    expect(g.getEdgeAttributes('shared_with:g1->c1')).toMatchObject({ color: HIGHLIGHT_EDGE_COLOR, size: 3, opacity: 1, labelVisibility: 'visible' });
    expect(g.getEdgeAttribute('uses:a1->c1', 'opacity')).toBeLessThan(1);
    expect(g.getNodeAttribute('a1', 'opacity')).toBeLessThan(1);
    expect(g.getNodeAttributes('g1')).toMatchObject({ labelVisibility: 'visible', opacity: 1 });
    expect(g.getNodeAttribute('c1', 'size')).toBeGreaterThan(g.getNodeAttribute('g1', 'size'));
    applyEmphasis(g, { highlightNodes: new Set(), highlightEdges: new Set() });
    expect(g.getEdgeAttributes('shared_with:g1->c1')).toMatchObject({ color: EDGE_STYLE.shared_with_implicit.color, size: 1, opacity: 1, labelVisibility: 'hidden' });
  });
});

describe('answer views', () => {
  const answer: WhoCanActAs = {
    subjectId: 'dana', total: 2,
    actors: [
      { principalId: 'bob', name: 'Bob', kind: 'person', via: 'direct_share', path: { nodes: [{ id: 'bob', kind: 'person', label: 'Bob' }, { id: 'c1', kind: 'connection', label: 'c1' }, { id: 'dana', kind: 'person', label: 'Dana' }], edges: [edge('bob', 'c1', 'shared_with'), edge('c1', 'dana', 'authenticates_as')] } },
      { principalId: 'amy', name: 'Amy', kind: 'person', via: 'implicit_app_share', path: { nodes: [{ id: 'amy', kind: 'person', label: 'Amy' }, { id: 'c1', kind: 'connection', label: 'c1' }, { id: 'dana', kind: 'person', label: 'Dana' }], edges: [edge('amy', 'c1', 'shared_with', true), edge('c1', 'dana', 'authenticates_as')] } },
    ],
  };

  it('merges actors\' paths into one view without duplicates, keeping known risk', () => {
    const d = drawnFromActors(answer, 1000, view);
    expect(d.layout).toBe('hierarchy');
    expect(d.view.nodes.map((n) => n.id).sort()).toEqual(['amy', 'bob', 'c1', 'dana']);
    expect(d.view.edges).toHaveLength(3);
    expect(d.view.nodes.find((n) => n.id === 'c1')?.risk).toBe(95);
    expect(d.highlightNodes.has('dana')).toBe(true);
  });

  it('highlights every step of a shortest path, and draws nothing when there is none', () => {
    const path = answer.actors[0]?.path ?? { nodes: [], edges: [] };
    const d = drawnFromPath({ from: 'bob', to: 'dana', path }, 1000);
    expect([...d.highlightEdges]).toEqual(path.edges.map((e) => e.id));
    expect(drawnFromPath({ from: 'bob', to: 'x', path: null }, 1000).view.nodes).toEqual([]);
    expect(viewFromPaths([], 10).budget).toBe(10);
  });
});
