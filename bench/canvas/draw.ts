// The plain-canvas baseline of the graph view. Not part of the app: bench/canvasBaseline.ts serves this page (under
// the app's own CSP) to set sigma's cost against the floor. It draws the same overview answer the graph page draws,
// at the same id-seeded start positions, with nothing but the 2D canvas API (circles and lines; no labels, no
// graph model, no WebGL) and redraws on drag and wheel, once per animation frame, as a renderer would.
import type { GraphView } from '../../src/contract/graph';
import { hashId, seedPosition } from '../../src/features/graph/model/seedPositions';
import { FIRST_DRAW_SIGNAL } from './firstDrawSignal';

export interface CanvasBaselineState {
  firstDraw: number;
  draws: number;
  nodes: number;
  edges: number;
  error: string;
}

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1'];
const state: CanvasBaselineState = { firstDraw: 0, draws: 0, nodes: 0, edges: 0, error: '' };
(window as unknown as { __canvas: CanvasBaselineState }).__canvas = state;

async function main() {
  const params = new URLSearchParams(location.search);
  const width = Number(params.get('width') ?? 800);
  const height = Number(params.get('height') ?? 600);
  const canvas = document.querySelector('canvas');
  // A CPU-backed canvas: with software GL (SwiftShader, the bench's Chromium) the GPU-backed 2D canvas is several
  // times slower, and the baseline is meant to be the plain floor, not a handicap.
  const ctx = canvas?.getContext('2d', { willReadFrequently: true });
  if (!canvas || !ctx) throw new Error('no 2D canvas');
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  // CSSOM, not a style attribute: the page runs under the app's CSP (style-src 'self').
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.style.display = 'block';

  const res = await fetch(`/api/v1/graph/overview?budget=${Number(params.get('budget') ?? 1000)}`);
  if (!res.ok) throw new Error(`overview answered ${res.status}`);
  const view = (await res.json()) as GraphView;

  // Flat arrays, as a hand-written renderer would keep them; duplicates and dangling edges skipped as buildGraph does.
  const index = new Map<string, number>();
  const xs: number[] = [];
  const ys: number[] = [];
  const colours: string[] = [];
  for (const n of view.nodes) {
    if (index.has(n.id)) continue;
    const p = seedPosition(n.id);
    index.set(n.id, xs.length);
    xs.push(p.x);
    ys.push(p.y);
    colours.push(PALETTE[hashId(n.kind) % PALETTE.length]!);
  }
  const edges: [number, number][] = [];
  for (const e of view.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) edges.push([s, t]);
  }
  state.nodes = xs.length;
  state.edges = edges.length;

  // Camera: centre and zoom fitted to the positions, like sigma's initial view.
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const cam = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, zoom: (0.9 * Math.min(width, height)) / Math.max(1, maxX - minX, maxY - minY) };
  const byColour = [...new Set(colours)];

  const draw = () => {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.translate(width / 2, height / 2);
    ctx.scale(cam.zoom, cam.zoom);
    ctx.translate(-cam.x, -cam.y);
    ctx.lineWidth = 1 / cam.zoom;
    ctx.strokeStyle = '#9aa5b1';
    ctx.beginPath();
    for (const [s, t] of edges) {
      ctx.moveTo(xs[s]!, ys[s]!);
      ctx.lineTo(xs[t]!, ys[t]!);
    }
    ctx.stroke();
    const r = 4 / cam.zoom;
    for (const colour of byColour) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (let i = 0; i < xs.length; i++) {
        if (colours[i] !== colour) continue;
        ctx.moveTo(xs[i]! + r, ys[i]!);
        ctx.arc(xs[i]!, ys[i]!, r, 0, 2 * Math.PI);
      }
      ctx.fill();
    }
    state.draws++;
  };
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  };

  let drag: { x: number; y: number } | null = null;
  canvas.addEventListener('mousedown', (e) => (drag = { x: e.clientX, y: e.clientY }));
  window.addEventListener('mouseup', () => (drag = null));
  window.addEventListener('mousemove', (e) => {
    if (!drag) return;
    cam.x -= (e.clientX - drag.x) / cam.zoom;
    cam.y -= (e.clientY - drag.y) / cam.zoom;
    drag = { x: e.clientX, y: e.clientY };
    schedule();
  });
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    // Zoom about the cursor: the graph point under it stays under it.
    const rect = canvas.getBoundingClientRect();
    const px = e.clientX - rect.left - width / 2;
    const py = e.clientY - rect.top - height / 2;
    const gx = cam.x + px / cam.zoom;
    const gy = cam.y + py / cam.zoom;
    cam.zoom *= Math.pow(1.0015, -e.deltaY);
    cam.x = gx - px / cam.zoom;
    cam.y = gy - py / cam.zoom;
    schedule();
  }, { passive: false });

  draw();
  state.firstDraw = performance.now();
  console.debug(FIRST_DRAW_SIGNAL);
}

main().catch((err: unknown) => {
  state.error = err instanceof Error ? err.message : String(err);
  // The bench waits for the signal either way and reads which it was from the state.
  console.debug(FIRST_DRAW_SIGNAL);
});
