/**
 * Longest wait for the browser to report the server-rendered page painted. A browser without paint timing, or one
 * that does not paint a background tab, runs the app after this.
 */
export const PAINT_WAIT_CAP_MS = 500;

/** Whether the server rendered a page into the app's root (a signed-in landing page): it then has content already. */
export function serverRendered(root: Element | null): boolean {
  return !!root?.hasChildNodes();
}

/**
 * Resolves once the page the server rendered into `root` has been painted (the browser's first contentful paint),
 * at once when there is nothing rendered to paint (every page but a signed-in landing page).
 */
export function serverPagePainted(root: Element | null, capMs = PAINT_WAIT_CAP_MS): Promise<void> {
  if (!serverRendered(root)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const hasPaintTiming = typeof PerformanceObserver !== 'undefined' && !!PerformanceObserver.supportedEntryTypes?.includes('paint');
    const observer = hasPaintTiming
      ? new PerformanceObserver((list) => { if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) done(); })
      : undefined;
    const timer = setTimeout(done, capMs);
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    observer?.observe({ type: 'paint', buffered: true });
  });
}
