/**
 * The queue's keyboard map, as a pure function so it is tested without a browser: a key press (and where focus
 * is) in, one command out. The page performs the command; typing in a form control never triggers one.
 */
export type QueueCommand =
  | { type: 'move'; to: number }
  | { type: 'open'; index: number }
  | { type: 'close' }
  | { type: 'toggleSelect'; index: number }
  | { type: 'assignToMe'; index: number }
  | { type: 'setState'; index: number; state: 'open' | 'in_progress' | 'resolved' }
  | { type: 'triage'; index: number }
  | { type: 'help' }
  | { type: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The event came from a text field, select or other control that uses keys itself. */
  inControl: boolean;
}

export interface QueueContext {
  /** Index of the selected row, -1 when none is selected yet. */
  cursor: number;
  rows: number;
  /** Whether the user may triage (analyst or above): viewers get navigation only. */
  canTriage: boolean;
}

export const SHORTCUTS: { keys: string; does: string; triage?: true }[] = [
  { keys: 'j / ↓', does: 'Next finding' },
  { keys: 'k / ↑', does: 'Previous finding' },
  { keys: 'Enter', does: 'Open the selected finding' },
  { keys: 'Escape', does: 'Close the finding' },
  { keys: 'x', does: 'Select or unselect for a bulk action', triage: true },
  { keys: 'a', does: 'Assign to me', triage: true },
  { keys: 's', does: 'Start: in progress', triage: true },
  { keys: 'r', does: 'Resolve', triage: true },
  { keys: 'o', does: 'Reopen', triage: true },
  { keys: 't', does: 'Triage form (accept risk, false positive, due date, comment)', triage: true },
  { keys: '?', does: 'Show these shortcuts' },
];

const STATE_KEYS = { s: 'in_progress', r: 'resolved', o: 'open' } as const;

export function queueKey(input: KeyInput, ctx: QueueContext): QueueCommand {
  if (input.ctrlKey || input.metaKey || input.altKey) return { type: 'none' };
  if (input.key === 'Escape') return { type: 'close' };
  if (input.inControl) return { type: 'none' };
  const { cursor, rows } = ctx;
  if (input.key === '?') return { type: 'help' };
  if (rows === 0) return { type: 'none' };
  switch (input.key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'move', to: Math.min(cursor + 1, rows - 1) };
    case 'k':
    case 'ArrowUp':
      return { type: 'move', to: Math.max(cursor - 1, 0) };
    case 'Enter':
      return cursor >= 0 ? { type: 'open', index: cursor } : { type: 'none' };
  }
  if (!ctx.canTriage || cursor < 0) return { type: 'none' };
  if (input.key === 'x') return { type: 'toggleSelect', index: cursor };
  if (input.key === 'a') return { type: 'assignToMe', index: cursor };
  if (input.key === 't') return { type: 'triage', index: cursor };
  if (input.key in STATE_KEYS) return { type: 'setState', index: cursor, state: STATE_KEYS[input.key as keyof typeof STATE_KEYS] };
  return { type: 'none' };
}

const TYPING_INPUTS = new Set(['text', 'search', 'date', 'email', 'number', 'password', 'url', 'datetime-local']);

/**
 * Whether a key event comes from something that needs its keys: text fields, selects, dialogs, and (for Enter
 * and Space) buttons, links and checkboxes, which Enter already activates.
 */
export function isControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog, form') !== null) return true;
  if (target instanceof HTMLInputElement) return TYPING_INPUTS.has(target.type) || key === 'Enter' || key === ' ';
  if (['SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  return (key === 'Enter' || key === ' ') && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}
