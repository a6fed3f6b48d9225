import type { ConnectionColumn } from './columns';
import { sortPosition } from '../../../lib/sortSpec';

/**
 * A column header that sorts on the server: click to sort by it alone, Shift+click (or Shift+Enter) to add it
 * as the next key. The first key is announced with aria-sort; every key shows its priority and direction.
 */
export function SortableHeader({ column, sort, onSort }: {
  column: ConnectionColumn;
  sort: string;
  onSort: (field: string, additive: boolean) => void;
}) {
  const { sortKey } = column;
  if (!sortKey) return <th scope="col">{column.header}</th>;
  const position = sortPosition(sort, sortKey);
  const ariaSort = position?.priority === 1 ? (position.desc ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-header" title="Sort by this column; Shift+click adds it as a further key"
        onClick={(e) => onSort(sortKey, e.shiftKey)}>
        {column.header}
        {position && (
          <span className="sort-mark">
            <span aria-hidden="true">{position.desc ? ' ↓' : ' ↑'}{position.priority > 1 ? position.priority : ''}</span>
            <span className="visually-hidden">{`, sorted ${position.desc ? 'descending' : 'ascending'}, key ${position.priority}`}</span>
          </span>
        )}
      </button>
    </th>
  );
}
