/**
 * Sigma v4 draws with WebGL 2 only; without it the explorer falls back to the table twin. The check is the API's
 * presence, not a context made to ask: under software rendering creating one costs ~0.2 s of the main thread, and
 * the drawing creates its own right after. A browser that has the API but still refuses a context (a GPU
 * blocklist, a lost context) is caught where the drawing starts (SigmaCanvas), which then says so.
 */
export function supportsWebGL2(win: { WebGL2RenderingContext?: unknown } | undefined = typeof window === 'undefined' ? undefined : window): boolean {
  return typeof win?.WebGL2RenderingContext === 'function';
}
