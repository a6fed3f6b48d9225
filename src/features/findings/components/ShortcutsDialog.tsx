import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../keyboard/queueKeys';

/** `?` opens it; a native modal dialog, so focus is trapped and Escape closes it without extra code. */
export function ShortcutsDialog({ open, canTriage, onClose }: { open: boolean; canTriage: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-h" onClose={onClose}>
      <h2 id="shortcuts-h">Keyboard shortcuts</h2>
      <table>
        <thead><tr><th scope="col">Key</th><th scope="col">Does</th></tr></thead>
        <tbody>
          {SHORTCUTS.filter((s) => canTriage || !s.triage).map((s) => <tr key={s.keys}><td><kbd>{s.keys}</kbd></td><td>{s.does}</td></tr>)}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>Close</button>
    </dialog>
  );
}
