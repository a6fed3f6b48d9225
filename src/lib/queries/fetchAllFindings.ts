import { call, type CallInput } from '../apiClient';
import { MAX_PAGE_SIZE } from '../../contract/pagination';
import type { Finding } from '../../contract/findings';

/** Past this many rows the page says the figure covers a sample; keeps a huge inventory from stalling the overview. */
export const MAX_FINDINGS = 20_000;

/** Follows the cursor to read every finding matching `query`, so figures are computed over all of them. */
export async function fetchAllFindings(query: CallInput<'listFindings'>['query'], signal?: AbortSignal) {
  const items: Finding[] = [];
  let cursor: string | undefined;
  let total: number;
  do {
    const page = await call('listFindings', { query: { ...query, limit: MAX_PAGE_SIZE, cursor }, signal });
    items.push(...page.items);
    total = page.total;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < MAX_FINDINGS);
  return { items, total, complete: items.length >= total };
}
