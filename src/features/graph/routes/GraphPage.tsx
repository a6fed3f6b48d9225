import { useCallback, useDeferredValue, useState } from 'react';
import { ActorTable } from '../../../components/ActorTable';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAfterPaint } from '../../../lib/useAfterPaint';
import { useDrawnView } from '../api/useDrawnView';
import { AnswerSummary } from '../components/AnswerSummary';
import { FoldedNotice } from '../components/FoldedNotice';
import { GraphCanvas } from '../components/GraphCanvas';
import { GraphExport } from '../components/GraphExport';
import { GraphFilters } from '../components/GraphFilters';
import { GraphLegend } from '../components/GraphLegend';
import { GraphQuestions } from '../components/GraphQuestions';
import { GraphTableTwin } from '../components/GraphTableTwin';
import { NodeDetails, type NodeActions } from '../components/NodeDetails';
import { PathSteps } from '../components/PathSteps';
import { ReachTable } from '../components/ReachTable';
import type { GraphSnapshotter } from '../components/sigma/snapshotPng';
import { WhatIfPanel } from '../components/WhatIfPanel';
import { askPatch, expandedBudget, focusPatch, MAX_DEPTH, neighboursPatch } from '../state/graphUrlState';
import { useGraphUrlState } from '../state/useGraphUrlState';

/** The sharing graph explorer: questions in the URL, the answer drawn in WebGL and listed in the table twin. */
export function GraphPage() {
  const [state, set] = useGraphUrlState();
  const { drawn, active, base, actors, reach, path } = useDrawnView(state);
  // What lists the answer below the drawing (the what-if panel, the answer's tables, the table twin: over a thousand
  // elements to render and lay out) follows once a frame has been painted, so the drawing's frame does not wait for
  // them; deferred, so typing or clicking meanwhile is not held up by that render either.
  const listed = useDeferredValue(useAfterPaint(drawn), undefined);
  const [layout, setLayout] = useState<'running' | 'done'>('done');
  const [notice, setNotice] = useState('');
  const [snapshotter, setSnapshotter] = useState<GraphSnapshotter | null>(null);

  const focus = useCallback((id: string) => set(focusPatch(id)), [set]);
  const select = useCallback((id: string | undefined) => set({ selected: id }), [set]);

  /** Unfolds an aggregate: a bigger budget for a neighbourhood; the overview always folds grantees, so open the
   *  neighbourhood of what they were granted instead. */
  const expand = (aggregateId: string) => {
    const view = drawn?.view;
    const agg = view?.nodes.find((n) => n.id === aggregateId);
    const count = agg?.count ?? 0;
    const budget = String(expandedBudget(state.budget, count));
    if (state.focus) {
      set({ budget, selected: aggregateId });
      setNotice(`Expanding ${agg?.label ?? aggregateId}: budget raised to ${budget} nodes.`);
      return;
    }
    const edges = view?.edges.filter((e) => e.source === aggregateId || e.target === aggregateId) ?? [];
    const ends = edges.map((e) => (e.source === aggregateId ? e.target : e.source));
    const kindOf = (id: string) => view?.nodes.find((n) => n.id === id)?.kind;
    const anchor = ends.find((id) => kindOf(id) === 'connection') ?? ends.find((id) => kindOf(id) === 'app') ?? ends[0];
    if (!anchor) return;
    set({ ...askPatch({}), focus: anchor, depth: '1', budget, selected: undefined });
    setNotice(`Expanding ${agg?.label ?? aggregateId}: showing everyone around ${view?.nodes.find((n) => n.id === anchor)?.label ?? anchor} one by one.`);
  };

  const actions: NodeActions = {
    onFocus: focus,
    onActsAs: (id) => set(askPatch({ actsAs: id })),
    onReach: (id) => set(askPatch({ reach: id })),
    onPathFrom: (id) => set({ ...askPatch({ from: id, to: state.to }) }),
    onPathTo: (id) => set({ ...askPatch({ from: state.from, to: id }) }),
    onExpand: expand,
    onClose: () => select(undefined),
  };

  const onNodeClick = (id: string) => {
    if (id.startsWith('agg:')) expand(id);
    else select(id);
  };

  /** Double-click opens a node's neighbours: a folded group unfolds, a node gets focus, a focused node one hop more. */
  const onNodeDoubleClick = (id: string) => {
    if (id.startsWith('agg:')) return expand(id);
    const patch = neighboursPatch(state, id);
    if (!patch) return setNotice(`Already showing ${MAX_DEPTH} hops around this node, the most the explorer draws.`);
    set(patch);
    if (patch.depth) setNotice(`Showing ${patch.depth} hops around the focused node.`);
  };

  return (
    <>
      <PageHeader title="Sharing graph" />
      <GraphQuestions state={state} set={set} labelOf={(id) => drawn?.view.nodes.find((n) => n.id === id)?.label} />
      <GraphFilters state={state} set={set} />
      {notice && <p role="status">{notice}</p>}
      <QueryState query={active} label="the graph">
        {() => drawn && (
          <>
            <AnswerSummary state={state} drawn={drawn} actors={actors.data} reach={reach.data} path={path.data} layout={layout} />
            {drawn.view.nodes.length > 0 && <FoldedNotice view={drawn.view} onExpand={expand} />}
          </>
        )}
      </QueryState>
      {/* The drawing is on the page while the answer loads: the renderer starts meanwhile, and then only draws. */}
      {!active.isError && (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(16rem, 22rem)', gap: '1rem', alignItems: 'start' }}>
          <div>
            <GraphCanvas drawn={drawn} selected={state.selected} onNodeClick={onNodeClick} onNodeDoubleClick={onNodeDoubleClick} onLayoutChange={setLayout} onSnapshotter={setSnapshotter} />
            <p className="muted">Click a node to select it, double-click to open its neighbours (again for one hop more), click a folded group to expand it. Scroll to zoom, drag to pan.</p>
            {drawn && <GraphExport view={drawn.view} state={state} snapshotter={snapshotter} />}
          </div>
          {state.selected && drawn ? (
            <NodeDetails view={drawn.view} id={state.selected} actions={actions} />
          ) : (
            <aside aria-label="Selected node" className="graph-side-panel"><p className="muted">Select a node in the graph or the table to see its details.</p></aside>
          )}
        </div>
      )}
      {listed && !active.isError && (
        <>
          <WhatIfPanel view={listed.view} state={state} set={set} />
          <GraphLegend />
          {state.question.type === 'actsAs' && actors.data && (
            <ActorTable actors={actors.data.actors} caption={`Who can act as ${listed.view.nodes.find((n) => n.id === actors.data.subjectId)?.label ?? actors.data.subjectId} (${actors.data.total})`} />
          )}
          {state.question.type === 'reach' && reach.data && <ReachTable reach={reach.data} caption={`Reachable target systems (${reach.data.total})`} />}
          {state.question.type === 'path' && path.data?.path && <PathSteps path={path.data.path} caption="Shortest path, step by step" />}
          <GraphTableTwin view={listed.view} highlight={listed.highlightNodes} highlightEdges={listed.highlightEdges} selected={state.selected} onSelect={select} onFocus={focus} />
        </>
      )}
      {base.isError && active !== base && <p className="muted">The base view could not load; answers still show.</p>}
    </>
  );
}
