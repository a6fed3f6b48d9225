import { Field } from '../../../components/Field';

export interface FacetOption { value: string; label: string }

/**
 * One filter of the inventory with, on each option, how many connections choosing it would give (computed by
 * the server over the other filters). Options with no match stay listed, marked 0, so the choice set is stable.
 */
export function FacetSelect({ label, anyLabel, options, value, counts, onChange }: {
  label: string;
  anyLabel: string;
  options: readonly FacetOption[];
  value: string | undefined;
  counts: Record<string, number> | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>{(id) => (
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}{counts ? ` (${(counts[o.value] ?? 0).toLocaleString('en-GB')})` : ''}
          </option>
        ))}
      </select>
    )}</Field>
  );
}
