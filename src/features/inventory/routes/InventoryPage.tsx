import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useUrlState } from '../../../lib/useUrlState';
import { useCallback } from 'react';
import './inventory.css';
import { useConnections } from '../api/useConnections';
import { visibleColumns } from '../components/columns';
import { ColumnChooser } from '../components/ColumnChooser';
import { ExportButtons } from '../components/ExportButtons';
import { VirtualConnectionTable } from '../components/VirtualConnectionTable';
import { InventoryFilters, INVENTORY_FILTER_KEYS } from '../components/InventoryFilters';
import { toggleSort } from '../../../lib/sortSpec';
import { DEFAULT_CONNECTION_SORT } from '../../../contract/entities';

export function InventoryPage() {
  const [{ cols, ...filter }, setFilter] = useUrlState([...INVENTORY_FILTER_KEYS, 'cols'] as const);
  const connections = useConnections({ ...filter, limit: 100 });
  const columns = visibleColumns(cols);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = connections;
  const sort = filter.sort ?? DEFAULT_CONNECTION_SORT;
  const onSort = useCallback((field: string, additive: boolean) => setFilter({ sort: toggleSort(sort, field, additive) }), [sort, setFilter]);
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return (
    <>
      <PageHeader title="Connection inventory" />
      <InventoryFilters filter={filter} facets={connections.data?.pages[0]?.facets} onChange={setFilter} />
      <div className="table-tools">
        <ColumnChooser visible={columns} onChange={(ids) => setFilter({ cols: ids.join(',') })} />
        <ExportButtons filter={filter} />
      </div>
      <QueryState query={connections} label="connections">
        {(data) => {
          const rows = data.pages.flatMap((p) => p.items);
          const total = data.pages[0]?.total ?? 0;
          return (
            <>
              <p aria-live="polite">{total.toLocaleString('en-GB')} connections match · {rows.length.toLocaleString('en-GB')} loaded</p>
              <VirtualConnectionTable rows={rows} total={total} columns={columns} sort={sort} onSort={onSort} onNeedMore={loadMore} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
