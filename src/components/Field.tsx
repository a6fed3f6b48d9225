import { useId, type ReactNode } from 'react';

/**
 * A labelled form control. The label is tied by id rather than wrapped around the control, so a select's
 * accessible name is its label alone, not the label plus every option text.
 */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
