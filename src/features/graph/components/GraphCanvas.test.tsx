// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { GraphCanvas, loadSigmaCanvas } from './GraphCanvas';

// The renderer itself needs WebGL, which jsdom lacks; what is tested here is when the frame renders it.
vi.mock('./sigma/SigmaCanvas', () => ({ default: () => <div data-testid="webgl-drawing" /> }));

const noop = () => undefined;
afterEach(cleanup);

describe('GraphCanvas', () => {
  it('says the graph cannot be drawn without WebGL 2, and points to the table', () => {
    render(<GraphCanvas webgl={false} drawn={undefined} onNodeClick={noop} onNodeDoubleClick={noop} />);
    expect(screen.getByRole('status').textContent).toMatch(/cannot draw the graph.*The table below lists every node and\s+edge/s);
  });

  // The boot script fetches the renderer with the page: suspending on it anyway would hold the drawing back, since
  // React delays what replaces a Suspense fallback by up to 300 ms.
  it('renders the drawing in its first render once the renderer is loaded, with no loading fallback', async () => {
    await loadSigmaCanvas();
    render(<GraphCanvas webgl drawn={undefined} onNodeClick={noop} onNodeDoubleClick={noop} />);
    expect(screen.queryByText('Loading the graph renderer…')).toBeNull();
    expect(screen.getByTestId('webgl-drawing')).toBeTruthy();
  });
});
