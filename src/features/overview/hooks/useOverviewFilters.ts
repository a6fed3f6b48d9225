import { Platform } from '../../../contract/inventory';
import { useUrlState } from '../../../lib/useUrlState';
import { DEFAULT_PERIOD, parsePeriod } from '../lib/period';

const KEYS = ['period', 'platform'] as const;

/** The overview's filters, read from the URL and validated, so a hand-edited link cannot break the page. */
export function useOverviewFilters() {
  const [raw, set] = useUrlState(KEYS);
  const period = parsePeriod(raw.period);
  const platform = Platform.safeParse(raw.platform).success ? raw.platform : undefined;
  const update = (patch: { period?: string; platform?: string }) =>
    set({ ...patch, ...(patch.period === DEFAULT_PERIOD ? { period: undefined } : {}) });
  return { period, platform, update };
}
