// The graph view's baseline: a plain 2D <canvas> page (bench/canvas/draw.ts) drawing the same overview answer at the
// same start positions, in the same browser context (same session, same viewport), measured the same way as the
// graph page: navigation start to first draw, the answer's arrival to first draw, frame intervals while panning
// and zooming. The bench serves the page itself by intercepting requests under /__bench/ on the app's origin (so
// the page fetches the API same-origin with the session cookie); the app and its server are untouched, and the
// page is sent with the app's own security headers (CSP included).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import ts from 'typescript';
import { SECURITY_HEADERS } from '../src/contract/csp';
import type { CanvasBaselineState } from './canvas/draw';
import { gotoFirstDraw, round } from './benchPage';
import { answerArrivedAt, FULL_GESTURES, panZoomFrames, type Box, type Gestures } from './panZoom';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BASELINE_PREFIX = '/__bench/';
export const OVERVIEW_PATH = '/api/v1/graph/overview';
/** The only files the route serves: the pages' scripts, their first-draw signal and the one app module they share (the seeded positions). */
const MODULES = new Set(['bench/canvas/draw.ts', 'bench/canvas/firstDrawSignal.ts', 'src/features/graph/model/seedPositions.ts', 'bench/canvas/webglFloor.ts']);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain canvas baseline</title>
<script type="module" src="${BASELINE_PREFIX}bench/canvas/draw.ts"></script></head>
<body><canvas aria-label="Plain canvas baseline drawing"></canvas></body></html>`;

const WEBGL_FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>WebGL floor</title>
<script type="module" src="${BASELINE_PREFIX}bench/canvas/webglFloor.ts"></script></head>
<body><canvas width="1400" height="520" aria-label="WebGL floor drawing"></canvas></body></html>`;

/** TypeScript to a browser module (types erased, imports kept); extension-less specifiers resolve to `.ts` here. */
const moduleSource = (file: string) =>
  ts.transpileModule(readFileSync(join(root, file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;

export async function serveCanvasBaseline(context: BrowserContext, base: string) {
  // Transpiled up front, so the page's timings do not include the compiler.
  const sources = new Map([...MODULES].map((file) => [file, moduleSource(file)]));
  await context.route(`${base}${BASELINE_PREFIX}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(BASELINE_PREFIX.length);
    const headers = { ...SECURITY_HEADERS, 'cache-control': 'no-store' };
    if (path === 'canvas.html') return route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: PAGE });
    if (path === 'webgl-floor.html') return route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: WEBGL_FLOOR_PAGE });
    const file = path.endsWith('.ts') ? path : `${path}.ts`;
    const body = sources.get(file);
    if (body === undefined) return route.fulfill({ status: 404, headers, body: 'not part of the baseline' });
    return route.fulfill({ status: 200, headers: { ...headers, 'content-type': 'text/javascript; charset=utf-8' }, body });
  });
}

/** Opens the baseline at the size of the graph drawing and measures it; figures named like the graph page's. */
export async function runCanvasBaseline(context: BrowserContext, base: string, size: Box, gestures: Gestures = FULL_GESTURES): Promise<Record<string, number>> {
  const page = await context.newPage();
  try {
    // The page signals when it has drawn or failed (bench/canvas/draw.ts); which of the two, its state says.
    await gotoFirstDraw(page, `${base}${BASELINE_PREFIX}canvas.html?width=${Math.round(size.width)}&height=${Math.round(size.height)}`);
    const state = await page.evaluate(() => (window as unknown as { __canvas: CanvasBaselineState }).__canvas);
    if (state.error) throw new Error(`canvas baseline: ${state.error}`);
    const answered = await answerArrivedAt(page, OVERVIEW_PATH);
    const box = await page.getByLabel('Plain canvas baseline drawing').boundingBox();
    if (!box) throw new Error('canvas baseline: the canvas is not visible');
    const frames = await panZoomFrames(page, box, gestures);
    const after = await page.evaluate(() => (window as unknown as { __canvas: CanvasBaselineState }).__canvas.draws);
    return {
      canvasFirstDrawMs: round(state.firstDraw),
      canvasAnswerToDrawMs: round(state.firstDraw - answered),
      canvasNodes: state.nodes,
      canvasEdges: state.edges,
      canvasPanZoomFrameP50Ms: frames.p50,
      canvasPanZoomFrameP95Ms: frames.p95,
      canvasPanZoomFrames: frames.frames,
      canvasRedraws: after - 1,
    };
  } finally {
    await page.close();
  }
}
