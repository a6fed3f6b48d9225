import { useEffect, useRef } from 'react';
import { isControl, queueKey, type QueueCommand, type QueueContext } from '../keyboard/queueKeys';

/** Listens for the queue's shortcuts on the whole page and hands each command to the page. */
export function useQueueKeys(ctx: QueueContext, run: (cmd: QueueCommand) => void) {
  // The latest context and handler, without re-subscribing on every render.
  const latest = useRef({ ctx, run });
  useEffect(() => {
    latest.current = { ctx, run };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const cmd = queueKey({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inControl: isControl(e.target, e.key) }, latest.current.ctx);
      if (cmd.type === 'none') return;
      // Escape inside a dialog belongs to the dialog.
      if (cmd.type === 'close' && e.target instanceof HTMLElement && e.target.closest('dialog')) return;
      e.preventDefault();
      latest.current.run(cmd);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
