import { describe, expect, it } from 'vitest';
import type { WhatIfChange } from '../../../contract/graph';
import { DEFAULT_BUDGET, DEFAULT_DEPTH, MAX_BUDGET, MAX_DEPTH, askPatch, neighboursPatch, expandedBudget, focusPatch, graphHref, parseGraphUrl, toRawGraphUrl } from './graphUrlState';
import { decodeWhatIf, encodeWhatIf } from './whatIfParam';

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

  it('opens a node\'s neighbours on double-click: focus first, then one hop more, up to the API limit', () => {
    expect(neighboursPatch(parseGraphUrl({ actsAs: 'p' }), 'c')).toEqual(focusPatch('c'));
    expect(neighboursPatch(parseGraphUrl({ focus: 'x', depth: '3' }), 'c')).toEqual(focusPatch('c'));
    expect(neighboursPatch(parseGraphUrl({ focus: 'c', depth: '2' }), 'c')).toEqual({ depth: '3' });
    expect(neighboursPatch(parseGraphUrl({ focus: 'c', depth: String(MAX_DEPTH) }), 'c')).toBeUndefined();
  });

  it('raises the budget enough to unfold an aggregate, never past the API limit', () => {
    expect(expandedBudget(1000, 312)).toBe(2000);
    expect(expandedBudget(100, 312)).toBe(412);
    expect(expandedBudget(4000, 312)).toBe(MAX_BUDGET);
  });

  it('keeps the simulated change beside the question, and asking another question keeps it', () => {
    const s = parseGraphUrl({ actsAs: 'p-dana', whatIf: 'unshare_app:a-sales-forecast' });
    expect(s.question).toEqual({ type: 'actsAs', id: 'p-dana' });
    expect(s.whatIf).toEqual({ type: 'unshare_app', appId: 'a-sales-forecast' });
    expect(askPatch({ reach: 'x' })).not.toHaveProperty('whatIf');
  });

  it('round-trips every state through the URL, the what-if change included', () => {
    const raw = {
      q: 'dana', focus: 'p-dana-whitfield', depth: '3', budget: '2000', selected: 'c-1', kinds: 'person,connection',
      platform: 'n8n', environment: 'prod', minRisk: '40', actsAs: 'p-a', reach: 'p-r', from: 'x', to: 'y',
      whatIf: 'drop_privilege:read_only:c-1',
    } as const;
    const s = parseGraphUrl(raw);
    expect(toRawGraphUrl(s)).toEqual(raw);
    expect(parseGraphUrl(toRawGraphUrl(s))).toEqual(s);
    expect(toRawGraphUrl(parseGraphUrl({}))).toEqual({});
    expect(graphHref(parseGraphUrl({ whatIf: 'remove_share:s 1&x=2' }))).toBe('/graph?whatIf=remove_share%3As+1%26x%3D2');
  });
});

describe('the what-if change in the URL', () => {
  const changes: WhatIfChange[] = [
    { type: 'remove_share', shareId: 's-dana-direct-01' },
    { type: 'unshare_app', appId: 'a-sales-forecast' },
    { type: 'replace_identity', connectionId: 'c-dana-finance-sql' },
    { type: 'drop_privilege', connectionId: 'c-crm-db-admin', privilege: 'read_only' },
    // Ids are inventory strings: colons and markup survive, as text.
    { type: 'remove_share', shareId: 'share:with:colons<b>' },
  ];

  it.each(changes)('round-trips $type', (change) => {
    expect(decodeWhatIf(encodeWhatIf(change))).toEqual(change);
    expect(parseGraphUrl(toRawGraphUrl(parseGraphUrl({ whatIf: encodeWhatIf(change) }))).whatIf).toEqual(change);
  });

  it('drops a change a hand-edited link gets wrong', () => {
    for (const raw of ['', 'unshare_app', 'unshare_app:', 'delete_everything:x', 'drop_privilege:root:c-1', 'drop_privilege:read_only', `remove_share:${'x'.repeat(201)}`]) {
      expect(decodeWhatIf(raw)).toBeUndefined();
    }
  });
});
