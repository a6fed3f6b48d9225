import { useState } from 'react';
import { downloadCsv, downloadText, toCsv } from '../../../lib/csv';
import { fetchAllConnections } from '../api/exportConnections';
import type { ConnectionsFilter } from '../api/useConnections';
import { CONNECTION_COLUMNS } from './columns';

/** Exports the whole filtered set (all columns) as CSV, safe to open in a spreadsheet, or as JSON. */
export function ExportButtons({ filter }: { filter: ConnectionsFilter }) {
  const [progress, setProgress] = useState<string>();
  const [error, setError] = useState<string>();

  async function run(format: 'csv' | 'json') {
    setError(undefined);
    try {
      const rows = await fetchAllConnections(filter, (done, total) => setProgress(`Exporting ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}…`));
      if (format === 'csv') {
        const header = CONNECTION_COLUMNS.map((c) => c.header);
        downloadCsv('sharegraph-connections.csv', toCsv([header, ...rows.map((r) => CONNECTION_COLUMNS.map((c) => c.csv(r)))]));
      } else {
        downloadText('sharegraph-connections.json', [JSON.stringify(rows, null, 2)], 'application/json');
      }
      setProgress(`Exported ${rows.length.toLocaleString('en-GB')} connections.`);
    } catch (err) {
      setProgress(undefined);
      setError(`Export failed: ${(err as Error).message}`);
    }
  }

  return (
    <span className="export">
      <button type="button" onClick={() => void run('csv')}>Export CSV</button>
      <button type="button" onClick={() => void run('json')}>Export JSON</button>
      <span role="status">{progress}</span>
      {error && <span role="alert" className="error-text">{error}</span>}
    </span>
  );
}
