import { describe, expect, it } from 'vitest';
import { ConnectionsQuery } from '../../contract/entities';
import { endpoints } from '../../contract/endpoints';
import { generateInventory } from '../../domain';
import { createState } from '../state';
import { readOperations, memoryWrites } from '../operations';

const analyst = { id: 'u-1', username: 'ana', displayName: 'Ana', role: 'analyst' as const };
const fresh = () => createState(generateInventory('demo'), () => new Date('2026-11-15T09:00:00Z'));
const list = (state: ReturnType<typeof fresh>, raw: Record<string, string>) =>
  readOperations.listConnections({ params: {}, body: undefined, query: ConnectionsQuery.parse({ limit: '500', ...raw }) } as never, state, analyst);

describe('listConnections', () => {
  it('sorts by several keys in priority order, with the id as last tie-breaker', () => {
    const { items } = list(fresh(), { sort: 'platform,-riskScore' });
    expect(items.length).toBeGreaterThan(10);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(a.platform <= b.platform).toBe(true);
      if (a.platform === b.platform) {
        expect(a.riskScore).toBeGreaterThanOrEqual(b.riskScore);
        if (a.riskScore === b.riskScore) expect(a.id < b.id).toBe(true);
      }
    }
  });

  it('pages through a filtered sort without repeating or skipping a row', () => {
    const state = fresh();
    const all = list(state, { sort: '-actors,name', environment: 'prod' });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = list(state, { sort: '-actors,name', environment: 'prod', limit: '7', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((c) => c.id));
    expect(all.total).toBe(seen.length);
  });

  it('reflects a triage edit at once in open-finding counts and in the sort by them', () => {
    const state = fresh();
    const before = list(state, { sort: '-openFindings' });
    const top = before.items[0]!;
    expect(top.openFindings).toBeGreaterThan(0);
    const open = [...state.findings.values()].filter((f) => f.subjectId === top.id && f.state === 'open');
    for (const f of open) {
      memoryWrites.updateFinding({ params: { id: f.id }, query: {}, body: { version: f.version, state: 'false_positive', reason: 'test rig' } } as never, state, analyst);
    }
    const after = list(state, { sort: '-openFindings' });
    const row = after.items.find((c) => c.id === top.id);
    expect(row?.openFindings ?? 0).toBe(top.openFindings - open.length);
    expect(after.items[0]!.id).not.toBe(top.id);
  });

  it('rejects a sort naming a field twice or an unknown field, saying which parameter', () => {
    const query = endpoints.listConnections.query;
    for (const sort of ['name,-name', 'riskScore,colour', 'a,b,c,d']) {
      const parsed = query.safeParse({ sort });
      expect(parsed.success, sort).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['sort']);
    }
    expect(query.safeParse({ sort: '-riskScore,name,platform' }).success).toBe(true);
  });
});
