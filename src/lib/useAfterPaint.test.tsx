// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './useAfterPaint';

afterEach(() => vi.useRealTimers());

/** One frame (its callbacks run before the paint), then the tasks queued from it (after the paint; the fake clock runs
 *  a zero-delay timeout once a millisecond has passed). */
const paintOneFrame = () => act(() => {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
});

describe('useAfterPaint', () => {
  it('gives a value only once a frame has been painted after it, and the previous one meanwhile', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const first = { answer: 1 };
    const second = { answer: 2 };
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: first } });
    expect(result.current).toBeUndefined();
    act(() => vi.advanceTimersByTime(1));
    expect(result.current, 'a timeout alone is not a painted frame').toBeUndefined();
    paintOneFrame();
    expect(result.current).toBe(first);

    rerender({ value: second });
    expect(result.current).toBe(first);
    paintOneFrame();
    expect(result.current).toBe(second);
  });

  it('drops a value replaced before its frame was painted, and schedules nothing once unmounted', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const { result, rerender, unmount } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 'old' } });
    rerender({ value: 'new' });
    paintOneFrame();
    expect(result.current).toBe('new');
    rerender({ value: 'newer' });
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
