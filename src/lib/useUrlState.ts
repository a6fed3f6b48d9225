import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The values of `keys` in a query string's params, absent ones undefined: what the hook below reads. */
export function readUrlState<K extends string>(params: URLSearchParams, keys: readonly K[]): Record<K, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
}

/**
 * The URL is the state of filters, focus and selection, so a view can be shared as a link and survives a
 * reload. Components read and write it through this one hook.
 */
export function useUrlState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = readUrlState(params, keys);
  const set = useCallback(
    (patch: Partial<Record<K, string | undefined>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch) as [K, string | undefined][]) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [values, set] as const;
}
