import { useState } from 'react';
import type { GraphView } from '../../../contract/graph';
import { downloadText } from '../../../lib/csv';
import { exportFileName, graphExportJson } from '../model/exportView';
import type { GraphUrlState } from '../state/graphUrlState';
import type { GraphSnapshotter } from './sigma/snapshotPng';

/**
 * Export what is drawn: the picture (PNG, for a report) or the data with the question asked (JSON, for a ticket or
 * another tool). Both are made in the browser, with no server round trip, and offered through a temporary blob: link
 * like the inventory's CSV export; a download is not a resource load, so the strict CSP stays as it is.
 */
export function GraphExport({ view, state, snapshotter }: { view: GraphView; state: GraphUrlState; snapshotter: GraphSnapshotter | null }) {
  const [message, setMessage] = useState('');

  const json = () => {
    const now = new Date();
    downloadText(exportFileName(state, 'json', now), [graphExportJson(view, state, now)], 'application/json');
    setMessage(`Exported ${view.nodes.length} nodes and ${view.edges.length} edges as JSON.`);
  };
  const png = async () => {
    if (!snapshotter) return;
    try {
      const blob = await snapshotter.toPng();
      downloadText(exportFileName(state, 'png', new Date()), [blob], 'image/png');
      setMessage('Exported the drawing as PNG.');
    } catch (err) {
      setMessage(`The image could not be exported: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <div className="graph-export" role="group" aria-label="Export the view" style={{ display: 'flex', flexWrap: 'wrap', gap: '.4rem', alignItems: 'center' }}>
      <button type="button" onClick={() => void png()} disabled={!snapshotter} title={snapshotter ? undefined : 'No drawing to export'}>Download PNG</button>
      <button type="button" onClick={json}>Download JSON</button>
      <span role="status" className="muted">{message}</span>
    </div>
  );
}
