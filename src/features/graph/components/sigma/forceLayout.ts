import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { SharingGraphModel } from '../../model/buildGraph';

/** Iterations for a graph of this size: enough to untangle, few enough to settle within a couple of seconds. */
export function iterationsFor(order: number): number {
  return order > 2000 ? 80 : order > 500 ? 120 : 200;
}

/**
 * ForceAtlas2 in a web worker, so the page never blocks on layout, for a fixed number of iterations: the same
 * data and the same id-seeded start then always give the same picture. Returns a function that stops it.
 */
export function runForceLayout(graph: SharingGraphModel, onDone?: () => void): () => void {
  const iterations = iterationsFor(graph.order);
  const first = graph.nodes()[0];
  let done = 0;
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  const layout: FA2Layout = new FA2Layout(graph, {
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false },
    // Called for every node after each iteration the worker sends back; counting the first node counts iterations.
    outputReducer: (key: string, attrs: unknown) => {
      if (key === first && ++done >= iterations) {
        // stop() now, kill() after: killing inside the supervisor's message handler would break its bookkeeping.
        layout.stop();
        killTimer = setTimeout(() => {
          layout.kill();
          onDone?.();
        }, 0);
      }
      return attrs;
    },
  });
  layout.start();
  return () => {
    if (killTimer) clearTimeout(killTimer);
    layout.kill();
  };
}
