import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, DEFAULT_DEPTH, MAX_BUDGET, askPatch, expandedBudget, focusPatch, parseGraphUrl } from './graphUrlState';

describe('graph URL state', () => {
  it('defaults to the overview with the default depth and a budget of 1000', () => {
    const s = parseGraphUrl({});
    expect(s.question).toEqual({ type: 'overview' });
    expect(s.depth).toBe(DEFAULT_DEPTH);
    expect(s.budget).toBe(DEFAULT_BUDGET);
    expect(DEFAULT_BUDGET).toBe(1000);
    expect(s.kinds).toEqual([]);
  });

  it('reads focus, depth, selection and filters', () => {
    const s = parseGraphUrl({
      focus: 'p-dana-whitfield', depth: '3', selected: 'c-dana-finance-sql', kinds: 'person,connection,person',
      platform: 'n8n', environment: 'prod', minRisk: '40', budget: '2000',
    });
    expect(s.question).toEqual({ type: 'focus', id: 'p-dana-whitfield' });
    expect(s).toMatchObject({ depth: 3, selected: 'c-dana-finance-sql', kinds: ['person', 'connection'], platform: 'n8n', environment: 'prod', minRisk: 40, budget: 2000 });
  });

  it('drops values a hand-edited link gets wrong instead of sending them to the API', () => {
    const s = parseGraphUrl({ depth: '9', budget: '1e9', kinds: 'person,<script>', platform: 'myspace', minRisk: '-3', focus: 'x'.repeat(500) });
    expect(s).toMatchObject({ depth: DEFAULT_DEPTH, budget: DEFAULT_BUDGET, kinds: ['person'], platform: undefined, minRisk: undefined, focus: undefined });
  });

  it('answers the most specific question: path, then who-can-act-as, then reach, then focus', () => {
    expect(parseGraphUrl({ focus: 'f', reach: 'r', actsAs: 'a', from: 'x', to: 'y' }).question).toEqual({ type: 'path', from: 'x', to: 'y' });
    expect(parseGraphUrl({ focus: 'f', reach: 'r', actsAs: 'a', from: 'x' }).question).toEqual({ type: 'actsAs', id: 'a' });
    expect(parseGraphUrl({ focus: 'f', reach: 'r' }).question).toEqual({ type: 'reach', id: 'r' });
  });

  it('closes the other questions when one is asked', () => {
    expect(askPatch({ actsAs: 'p' })).toEqual({ actsAs: 'p', reach: undefined, from: undefined, to: undefined });
    expect(askPatch({ from: 'a', to: 'b' })).toMatchObject({ from: 'a', to: 'b', actsAs: undefined });
    expect(parseGraphUrl({ actsAs: 'x', ...focusPatch('p') })).toMatchObject({ question: { type: 'focus', id: 'p' }, selected: 'p' });
  });

  it('raises the budget enough to unfold an aggregate, never past the API limit', () => {
    expect(expandedBudget(1000, 312)).toBe(2000);
    expect(expandedBudget(100, 312)).toBe(412);
    expect(expandedBudget(4000, 312)).toBe(MAX_BUDGET);
  });
});
