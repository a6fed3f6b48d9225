/** The part of a sigma renderer the export uses (any node/edge attribute types). */
export interface SigmaLayers {
  refresh(): unknown;
  getContainer(): HTMLElement;
  getStageCanvas(): HTMLCanvasElement;
}

/** What the page can ask of the drawing without holding sigma itself. */
export interface GraphSnapshotter {
  toPng: () => Promise<Blob>;
}

/**
 * The drawing as a PNG. Sigma's layers are canvases stacked in its container (in v4 the WebGL "stage" draws nodes,
 * edges and labels); they are composed in DOM order onto one 2D canvas over the page's white background.
 *
 * The WebGL context does not preserve its drawing buffer (keeping it costs memory and speed on every frame), so the
 * buffer may already be cleared after the browser composited the last frame. `refresh()` renders synchronously, and
 * the copy happens in the same task, before the browser can clear the buffer again. (@sigma/export-image does the
 * same with a second renderer, but the registry only has its sigma 3 version.)
 */
export function snapshotPng(sigma: SigmaLayers, background = '#ffffff'): Promise<Blob> {
  sigma.refresh();
  const layers = [...sigma.getContainer().querySelectorAll('canvas')];
  const stage = sigma.getStageCanvas();
  const out = document.createElement('canvas');
  out.width = stage.width;
  out.height = stage.height;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw the image (no 2D canvas).'));
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) {
    if (layer.width > 0 && layer.height > 0) ctx.drawImage(layer, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png');
  });
}
