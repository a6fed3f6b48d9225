import { call } from '../../../lib/apiClient';
import { MAX_PAGE_SIZE } from '../../../contract/pagination';
import type { ConnectionRow } from '../../../contract/entities';
import type { ConnectionsFilter } from './useConnections';

/**
 * Every connection matching the filter, read page by page with the API's cursor, so an export is exactly
 * the filtered set the server holds, whatever the table has loaded so far.
 */
export async function fetchAllConnections(filter: ConnectionsFilter, onProgress: (done: number, total: number) => void, signal?: AbortSignal) {
  const rows: ConnectionRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await call('listConnections', { query: { ...filter, limit: MAX_PAGE_SIZE, cursor }, signal });
    rows.push(...page.items);
    onProgress(rows.length, page.total);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}
