import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, CONTRACT_DRIFT_TITLE, UNREACHABLE_TITLE } from './apiClient';
import { createReachability, mayBeUnreachable } from './apiReachability';

const noAnswer = new ApiError({ type: 'about:blank', title: UNREACHABLE_TITLE, status: 503 });

afterEach(() => vi.useRealTimers());

describe('API reachability', () => {
  it('counts no answer and gateway errors, not the API answering', () => {
    expect(mayBeUnreachable(noAnswer)).toBe(true);
    expect(mayBeUnreachable(new ApiError({ type: 'about:blank', title: 'Bad Gateway', status: 502 }))).toBe(true);
    expect(mayBeUnreachable(new ApiError({ type: 'about:blank', title: CONTRACT_DRIFT_TITLE, status: 502 }))).toBe(false);
    expect(mayBeUnreachable(new ApiError({ type: 'about:blank', title: 'Not found', status: 404 }))).toBe(false);
    expect(mayBeUnreachable(new Error('boom'))).toBe(false);
  });

  it('keeps probing while down, backing off, and recovers once a probe answers', async () => {
    vi.useFakeTimers();
    let up = false;
    const probe = vi.fn(() => (up ? Promise.resolve() : Promise.reject(new Error('no answer'))));
    const onRecovered = vi.fn();
    const r = createReachability({ probe, onRecovered, retryDelaysMs: [100, 1000] });
    r.suspect(noAnswer);
    await vi.advanceTimersByTimeAsync(0);
    expect(r.getSnapshot().down).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(probe).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(probe).toHaveBeenCalledTimes(2);
    up = true;
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(r.getSnapshot()).toEqual({ down: false, checking: false });
    expect(onRecovered).toHaveBeenCalledOnce();
    // Recovered: nothing more is scheduled.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe).toHaveBeenCalledTimes(3);
  });
});
