import { useEffect, useState } from 'react';

/**
 * `value` once the browser has painted a frame since it last changed (undefined before the first time; the previous
 * value meanwhile). For content that must not hold back that frame: the graph explorer's lists of an answer follow
 * its drawing, whose first frame would otherwise wait while a thousand table cells render and lay out.
 */
export function useAfterPaint<T>(value: T): T | undefined {
  const [shown, setShown] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a timeout set from it runs after the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown({ value }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return shown?.value;
}
