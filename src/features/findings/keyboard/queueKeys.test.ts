import { describe, expect, it } from 'vitest';
import { queueKey } from './queueKeys';

const ctx = { cursor: 1, rows: 3, canTriage: true };
const press = (key: string, extra: Partial<Parameters<typeof queueKey>[0]> = {}, c = ctx) => queueKey({ key, inControl: false, ...extra }, c);

describe('queue keyboard map', () => {
  it('moves with j/k and the arrows, staying inside the list', () => {
    expect(press('j')).toEqual({ type: 'move', to: 2 });
    expect(press('ArrowDown', {}, { ...ctx, cursor: 2 })).toEqual({ type: 'move', to: 2 });
    expect(press('k')).toEqual({ type: 'move', to: 0 });
    expect(press('ArrowUp', {}, { ...ctx, cursor: 0 })).toEqual({ type: 'move', to: 0 });
    // Nothing selected yet: the first j selects the first row.
    expect(press('j', {}, { ...ctx, cursor: -1 })).toEqual({ type: 'move', to: 0 });
  });

  it('opens the selected row with Enter and closes with Escape, even from a field', () => {
    expect(press('Enter')).toEqual({ type: 'open', index: 1 });
    expect(press('Enter', {}, { ...ctx, cursor: -1 })).toEqual({ type: 'none' });
    expect(press('Escape', { inControl: true })).toEqual({ type: 'close' });
  });

  it('maps triage keys to commands on the selected row', () => {
    expect(press('a')).toEqual({ type: 'assignToMe', index: 1 });
    expect(press('s')).toEqual({ type: 'setState', index: 1, state: 'in_progress' });
    expect(press('r')).toEqual({ type: 'setState', index: 1, state: 'resolved' });
    expect(press('o')).toEqual({ type: 'setState', index: 1, state: 'open' });
    expect(press('x')).toEqual({ type: 'toggleSelect', index: 1 });
    expect(press('t')).toEqual({ type: 'triage', index: 1 });
    expect(press('?')).toEqual({ type: 'help' });
  });

  it('gives viewers navigation only', () => {
    const viewer = { ...ctx, canTriage: false };
    expect(press('j', {}, viewer)).toEqual({ type: 'move', to: 2 });
    expect(press('a', {}, viewer)).toEqual({ type: 'none' });
    expect(press('r', {}, viewer)).toEqual({ type: 'none' });
  });

  it('stays out of the way of typing and of browser shortcuts', () => {
    expect(press('j', { inControl: true })).toEqual({ type: 'none' });
    expect(press('r', { ctrlKey: true })).toEqual({ type: 'none' });
    expect(press('?', { inControl: true })).toEqual({ type: 'none' });
    expect(press('j', {}, { ...ctx, rows: 0 })).toEqual({ type: 'none' });
  });
});
