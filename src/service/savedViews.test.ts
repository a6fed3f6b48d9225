import { describe, expect, it } from 'vitest';
import { emptyState } from './state';
import { memoryWrites, readOperations } from './operations';
import { NewSavedView } from '../contract/savedViews';
import type { User } from '../contract/me';
import { ProblemError } from './problems';

const ana: User = { id: 'u-ana', username: 'ana', displayName: 'Ana', role: 'analyst' };
const bo: User = { id: 'u-bo', username: 'bo', displayName: 'Bo', role: 'viewer' };

const status = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof ProblemError ? err.problem.status : err;
  }
  return 200;
};

describe('saved views', () => {
  it('belong to their user: others neither list nor delete them', () => {
    const state = emptyState();
    const body = NewSavedView.parse({ name: 'Overdue by rule', params: { sla: 'overdue', groupBy: 'rule' } });
    const view = memoryWrites.createSavedView({ body, params: {}, query: {} }, state, ana);
    expect(readOperations.listSavedViews({ body: undefined, params: {}, query: {} }, state, ana).items).toEqual([view]);
    expect(readOperations.listSavedViews({ body: undefined, params: {}, query: {} }, state, bo).items).toEqual([]);
    expect(status(() => memoryWrites.deleteSavedView({ params: { id: view.id }, body: {}, query: {} }, state, bo))).toBe(404);
    // The same name is free for someone else, taken for its owner.
    expect(status(() => memoryWrites.createSavedView({ body, params: {}, query: {} }, state, bo))).toBe(200);
    expect(status(() => memoryWrites.createSavedView({ body, params: {}, query: {} }, state, ana))).toBe(409);
    expect(status(() => memoryWrites.deleteSavedView({ params: { id: view.id }, body: {}, query: {} }, state, ana))).toBe(200);
    expect(readOperations.listSavedViews({ body: undefined, params: {}, query: {} }, state, ana).items).toEqual([]);
  });

  it('validates names and parameters, naming the field', () => {
    const fields = (input: unknown) => NewSavedView.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(fields({ name: '   ', params: {} })).toEqual(['name']);
    expect(fields({ name: 'x'.repeat(81), params: {} })).toEqual(['name']);
    expect(fields({ name: 'tab\tname', params: {} })).toEqual(['name']);
    expect(fields({ name: 'ok', params: { sla: 'late' } })).toEqual(['params.sla.0']);
    expect(fields({ name: 'ok', params: { open: 'x' } })).toEqual(['params']);
    expect(fields({ name: 'ok', params: { state: 'all', groupBy: 'app' } })).toBeUndefined();
    expect(NewSavedView.parse({ name: '  <img src=x onerror=alert(1)>  ', params: {} }).name).toBe('<img src=x onerror=alert(1)>');
  });
});
