import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CONNECTION_SORTS } from '../../../contract/entities';
import { Environment, Platform } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { useCallback } from 'react';
import './inventory.css';
import { useConnections } from '../api/useConnections';
import { visibleColumns } from '../components/columns';
import { ColumnChooser } from '../components/ColumnChooser';
import { ExportButtons } from '../components/ExportButtons';
import { VirtualConnectionTable } from '../components/VirtualConnectionTable';

export function InventoryPage() {
  const [{ cols, ...filter }, setFilter] = useUrlState(['q', 'platform', 'environment', 'personalCredential', 'sort', 'cols'] as const);
  const connections = useConnections({ ...filter, limit: 100 });
  const columns = visibleColumns(cols);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = connections;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return (
    <>
      <PageHeader title="Connection inventory" />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field label="Search">{(id) => (
          <input id={id} type="search" value={filter.q ?? ''} onChange={(e) => setFilter({ q: e.target.value })} placeholder="name, connector, target, identity, owner" />
        )}</Field>
        <Field label="Platform">{(id) => (
          <select id={id} value={filter.platform ?? ''} onChange={(e) => setFilter({ platform: e.target.value })}>
            <option value="">all</option>
            {Platform.options.map((p) => <option key={p} value={p}>{humanize(p)}</option>)}
          </select>
        )}</Field>
        <Field label="Environment">{(id) => (
          <select id={id} value={filter.environment ?? ''} onChange={(e) => setFilter({ environment: e.target.value })}>
            <option value="">all</option>
            {Environment.options.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        )}</Field>
        <Field label="Credentials">{(id) => (
          <select id={id} value={filter.personalCredential ?? ''} onChange={(e) => setFilter({ personalCredential: e.target.value })}>
            <option value="">any identity</option>
            <option value="true">a person's</option>
            <option value="false">non-human</option>
          </select>
        )}</Field>
        <Field label="Sort">{(id) => (
          <select id={id} value={filter.sort ?? '-riskScore'} onChange={(e) => setFilter({ sort: e.target.value })}>
            {CONNECTION_SORTS.flatMap((s) => [
              <option key={`-${s}`} value={`-${s}`}>{humanize(s)} ↓</option>,
              <option key={s} value={s}>{humanize(s)} ↑</option>,
            ])}
          </select>
        )}</Field>
      </form>
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
              <VirtualConnectionTable rows={rows} total={total} columns={columns} onNeedMore={loadMore} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
