import { CONNECTION_COLUMNS, type ConnectionColumn } from './columns';

/** Checkboxes for the table's columns; the choice lives in the URL like every other view setting. */
export function ColumnChooser({ visible, onChange }: { visible: readonly ConnectionColumn[]; onChange: (ids: string[]) => void }) {
  const shown = new Set(visible.map((c) => c.id));
  return (
    <details className="column-chooser">
      <summary>Columns ({visible.length} of {CONNECTION_COLUMNS.length})</summary>
      <fieldset>
        <legend className="visually-hidden">Visible columns</legend>
        {CONNECTION_COLUMNS.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              aria-label={`Show column ${c.header}`}
              checked={shown.has(c.id)}
              onChange={(e) => {
                const next = CONNECTION_COLUMNS.filter((col) => (col.id === c.id ? e.target.checked : shown.has(col.id)));
                onChange(next.map((col) => col.id));
              }}
            />
            {c.header}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
