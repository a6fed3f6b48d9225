import { lazy, Suspense, useState } from 'react';
import { supportsWebGL2 } from '../model/webgl';
import type { SigmaCanvasProps } from './sigma/SigmaCanvas';

type SigmaCanvasModule = typeof import('./sigma/SigmaCanvas');

/** The renderer's module once loaded; undefined before. */
let loaded: SigmaCanvasModule | undefined;
/** Loads the renderer's code; a drawing rendered after it resolves renders it at once. */
export const loadSigmaCanvas = () => import('./sigma/SigmaCanvas').then((m) => (loaded = m));

// Sigma and the layout worker load only when a drawing is actually needed: not in the first bundle, not on
// machines without WebGL.
const LazySigmaCanvas = lazy(loadSigmaCanvas);
// Asked for as soon as the explorer's code runs (the boot script has usually fetched it with the page already), so the
// first render finds it loaded and renders it directly: through lazy() it would suspend once even then, and React
// holds back what replaces a Suspense fallback for up to 300 ms.
if (supportsWebGL2()) loadSigmaCanvas().catch(() => undefined);

/**
 * The graph drawing, or a plain message where WebGL 2 is missing. Either way the table twin below stays the
 * complete, keyboard-usable view of the same answer.
 */
export function GraphCanvas(props: SigmaCanvasProps & { webgl?: boolean }) {
  const [webgl] = useState(() => props.webgl ?? supportsWebGL2());
  const [SigmaCanvas] = useState(() => loaded?.default ?? LazySigmaCanvas);
  const view = props.drawn?.view;
  if (!webgl) {
    return (
      <p role="status" className="graph-no-webgl">
        This browser cannot draw the graph (WebGL 2 is unavailable or turned off). The table below lists every node and
        edge of the answer, and every question still works.
      </p>
    );
  }
  return (
    <div
      role="img"
      aria-label={view ? `Sharing graph drawing: ${view.nodes.length} nodes, ${view.edges.length} edges. The table below lists them.` : 'Sharing graph drawing: waiting for the answer'}
      style={{ position: 'relative', height: 520, border: '1px solid #e2e8f0', borderRadius: 4, background: '#ffffff' }}
    >
      <Suspense fallback={<p role="status">Loading the graph renderer…</p>}>
        <SigmaCanvas {...props} />
      </Suspense>
    </div>
  );
}
