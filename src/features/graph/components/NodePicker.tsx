import { useState } from 'react';
import { Field } from '../../../components/Field';
import { humanize } from '../../../lib/format';
import { useGraphSearch } from '../api/useGraph';

/**
 * Pick a node by typing part of its name: a labelled search box and a list of matching buttons. The chosen id
 * lives in the URL (the caller's `onPick`), the typed text only here.
 */
export function NodePicker({ label, value, valueLabel, onPick, kinds }: {
  label: string;
  value?: string;
  valueLabel?: string;
  onPick: (id: string | undefined) => void;
  /** Only these kinds can answer the question (who can act as a principal, not a target system). */
  kinds?: readonly string[];
}) {
  const [q, setQ] = useState('');
  const search = useGraphSearch(q);
  const items = (search.data?.items ?? []).filter((n) => !kinds || kinds.includes(n.kind));
  return (
    <div className="node-picker">
      <Field label={label}>{(id) => (
        <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="type a name" autoComplete="off" />
      )}</Field>
      {value && (
        <p className="muted">
          {valueLabel ?? value} <button type="button" onClick={() => onPick(undefined)} aria-label={`Clear ${label}`}>Clear</button>
        </p>
      )}
      {q.trim() && search.data && (
        <ul aria-label={`${label}: matches`} className="search-results">
          {items.length === 0 && <li className="muted">No match</li>}
          {items.map((n) => (
            <li key={n.id}>
              <button type="button" onClick={() => { onPick(n.id); setQ(''); }}>{n.label}</button> <span className="muted">{humanize(n.kind)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
