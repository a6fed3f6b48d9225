import { call, type CallInput } from '../apiClient';
import { MAX_PAGE_SIZE } from '../../contract/pagination';
import type { Finding } from '../../contract/findings';

/**
 * Follows the cursor to read every finding matching `query`: for exports and notices, which must hold all of
 * them. Figures over many findings come from the API's aggregates instead (the remediation board, metrics).
 */
export async function fetchAllFindings(query: CallInput<'listFindings'>['query'], signal?: AbortSignal): Promise<Finding[]> {
  const items: Finding[] = [];
  let cursor: string | undefined;
  do {
    const page = await call('listFindings', { query: { ...query, limit: MAX_PAGE_SIZE, cursor }, signal });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
