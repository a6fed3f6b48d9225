import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ConnectionRow } from '../../../contract/entities';
import type { ConnectionColumn } from './columns';
import { SortableHeader } from './SortableHeader';

const ROW_HEIGHT = 36;

/**
 * Only the rows in view are in the DOM, so 100,000 loaded rows scroll like 50. The table keeps real
 * table semantics (header cells, row count) for screen readers; spacer rows stand for the rest.
 * Reaching the end of what is loaded asks for the next server page.
 */
export function VirtualConnectionTable({ rows, total, columns, sort, onSort, onNeedMore }: {
  rows: readonly ConnectionRow[];
  total: number;
  columns: readonly ConnectionColumn[];
  sort: string;
  onSort: (field: string, additive: boolean) => void;
  onNeedMore: () => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= rows.length - 20 && rows.length < total) onNeedMore();
  }, [lastIndex, rows.length, total, onNeedMore]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="virtual-scroll" tabIndex={0} role="region" aria-label="Connections table, scrollable">
      <table aria-rowcount={total + 1}>
        <thead>
          <tr aria-rowindex={1}>{columns.map((c) => <SortableHeader key={c.id} column={c} sort={sort} onSort={onSort} />)}</tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true"><td colSpan={columns.length} style={{ height: top, padding: 0 }} /></tr>}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {columns.map((c) => <td key={c.id}>{c.cell(row)}</td>)}
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true"><td colSpan={columns.length} style={{ height: bottom, padding: 0 }} /></tr>}
        </tbody>
      </table>
    </div>
  );
}
