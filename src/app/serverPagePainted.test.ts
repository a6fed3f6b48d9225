import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverPagePainted } from './serverPagePainted';

const rendered = { hasChildNodes: () => true } as Element;
const empty = { hasChildNodes: () => false } as Element;
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A PerformanceObserver that reports the given paint entries when asked to observe, as a browser with paint timing does. */
function paintTiming(names: string[]) {
  class Observer {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: { getEntries: () => { name: string }[] }) => void) {}
    observe() {
      queueMicrotask(() => this.callback({ getEntries: () => names.map((name) => ({ name })) }));
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', Observer);
}

describe('serverPagePainted', () => {
  it('does not hold the app when the server rendered nothing', async () => {
    vi.useFakeTimers();
    let settled = false;
    void serverPagePainted(empty).then(() => { settled = true; });
    await Promise.resolve();
    expect(settled).toBe(true);
    await expect(serverPagePainted(null)).resolves.toBeUndefined();
  });

  it("holds the app until the browser reports the server's page painted", async () => {
    vi.useFakeTimers();
    paintTiming(['first-paint', 'first-contentful-paint']);
    let settled = false;
    void serverPagePainted(rendered, 10_000).then(() => { settled = true; });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('runs the app after the cap when the browser never reports a contentful paint', async () => {
    vi.useFakeTimers();
    paintTiming(['first-paint']);
    let settled = false;
    void serverPagePainted(rendered, 500).then(() => { settled = true; });
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
