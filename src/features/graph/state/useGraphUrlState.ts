import { useMemo } from 'react';
import { useUrlState } from '../../../lib/useUrlState';
import { GRAPH_URL_KEYS, parseGraphUrl } from './graphUrlState';

/** The explorer reads and writes its URL through the app's one URL-state hook, parsed once here. */
export function useGraphUrlState() {
  const [raw, set] = useUrlState(GRAPH_URL_KEYS);
  const key = GRAPH_URL_KEYS.map((k) => raw[k] ?? '').join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `raw` is a fresh object each render; `key` is its content.
  const state = useMemo(() => parseGraphUrl(raw), [key]);
  return [state, set] as const;
}
