import { Platform } from '../../../contract/inventory';
import { useUrlState } from '../../../lib/useUrlState';
import { DEFAULT_PERIOD, parsePeriod } from '../lib/period';

export const OVERVIEW_URL_KEYS = ['period', 'platform'] as const;

/** The overview's filters from the URL's raw values, validated, so a hand-edited link cannot break the page. */
export function parseOverviewFilters(raw: Partial<Record<(typeof OVERVIEW_URL_KEYS)[number], string>>) {
  return { period: parsePeriod(raw.period), platform: Platform.safeParse(raw.platform).success ? raw.platform : undefined };
}

/** The overview's filters, read from the URL (`parseOverviewFilters`) with a setter that writes them back. */
export function useOverviewFilters() {
  const [raw, set] = useUrlState(OVERVIEW_URL_KEYS);
  const { period, platform } = parseOverviewFilters(raw);
  const update = (patch: { period?: string; platform?: string }) =>
    set({ ...patch, ...(patch.period === DEFAULT_PERIOD ? { period: undefined } : {}) });
  return { period, platform, update };
}
