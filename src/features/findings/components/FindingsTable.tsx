import { useEffect, useId, useRef } from 'react';
import type { Finding, FindingGroup } from '../../../contract/findings';
import { formatCount } from '../../../lib/format';
import { FindingRow } from './FindingRow';

/** The groups of a grouped answer and, parallel to the rows, the key of the group each row is shown under. */
export interface Grouping {
  groups: FindingGroup[];
  itemGroups: string[];
}

interface Props {
  rows: Finding[];
  cursor: number;
  openId: string | undefined;
  selected: ReadonlySet<string>;
  canTriage: boolean;
  grouping?: Grouping | undefined;
  onOpen: (index: number) => void;
  onToggle: (id: string) => void;
  onToggleAll: (on: boolean) => void;
}

const COLUMNS = ['Severity', 'Finding', 'Subject', 'Owner', 'Assignee', 'Risk', 'Due', 'State'];

/** Consecutive rows of one group: the server sends rows in group order, so each group is one run. */
function runsOf(grouping: Grouping, rows: number) {
  const runs: { key: string; start: number; end: number }[] = [];
  for (let i = 0; i < rows; i++) {
    const key = grouping.itemGroups[i] ?? '';
    const last = runs.at(-1);
    if (last && last.key === key) last.end = i + 1;
    else runs.push({ key, start: i, end: i + 1 });
  }
  return runs;
}

/**
 * The queue, flat or grouped. Grouped, each group is a row group headed by its name and its count over every
 * matching finding; row indexes stay those of the flat list, so the keyboard cursor moves through the groups.
 */
export function FindingsTable({ rows, cursor, openId, selected, canTriage, grouping, onOpen, onToggle, onToggleAll }: Props) {
  const current = useRef<HTMLTableRowElement>(null);
  const idBase = useId();
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  const now = new Date();
  const allOn = rows.length > 0 && rows.every((f) => selected.has(f.id));
  const row = (f: Finding, i: number) => (
    <FindingRow
      key={`${grouping?.itemGroups[i] ?? ''}/${f.id}`} finding={f} index={i} isCursor={i === cursor} rowRef={i === cursor ? current : undefined}
      isOpen={f.id === openId} selected={selected.has(f.id)} canTriage={canTriage} now={now} onOpen={onOpen} onToggle={onToggle}
    />
  );
  const byKey = new Map(grouping?.groups.map((g) => [g.key, g]));
  return (
    <table className="queue">
      <thead>
        <tr>
          {canTriage && (
            <th scope="col"><input type="checkbox" aria-label="Select all findings on this page" checked={allOn} onChange={(e) => onToggleAll(e.target.checked)} /></th>
          )}
          {COLUMNS.map((c) => <th key={c} scope="col">{c}</th>)}
        </tr>
      </thead>
      {!grouping && <tbody>{rows.map(row)}</tbody>}
      {grouping && runsOf(grouping, rows.length).map(({ key, start, end }) => {
        const group = byKey.get(key);
        const count = group?.count ?? end - start;
        return (
          <tbody key={`${key}@${start}`} className="group" aria-labelledby={`${idBase}-${start}`}>
            <tr className="group-header">
              <th id={`${idBase}-${start}`} scope="rowgroup" colSpan={COLUMNS.length + (canTriage ? 1 : 0)}>
                {group?.label ?? key} <span className="count">{formatCount(count)} {count === 1 ? 'finding' : 'findings'}</span>
                {end - start < count && <span className="muted"> (showing {formatCount(end - start)} on this page)</span>}
              </th>
            </tr>
            {rows.slice(start, end).map((f, j) => row(f, start + j))}
          </tbody>
        );
      })}
    </table>
  );
}
