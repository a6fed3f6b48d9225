import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CONNECTION_SORTS } from '../../../contract/entities';
import { Environment, Platform } from '../../../contract/inventory';
import { humanize } from '../../../lib/format';
import { useUrlState } from '../../../lib/useUrlState';
import { useConnections } from '../api/useConnections';
import { ConnectionTable } from '../../../components/ConnectionTable';

export function InventoryPage() {
  const [filter, setFilter] = useUrlState(['q', 'platform', 'environment', 'personalCredential', 'sort'] as const);
  const connections = useConnections({ ...filter, limit: 100 });
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
      <QueryState query={connections} label="connections">
        {(data) => {
          const rows = data.pages.flatMap((p) => p.items);
          return (
            <>
              <p aria-live="polite">{data.pages[0]?.total ?? 0} connections match · showing {rows.length}</p>
              <div className="table-scroll"><ConnectionTable rows={rows} /></div>
              {connections.hasNextPage && (
                <button type="button" onClick={() => void connections.fetchNextPage()} disabled={connections.isFetchingNextPage}>
                  {connections.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
