import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../contract/inventory';
import { app, connection, group, inventory, person, share } from '../testing/builders';
import { SharingGraph } from './sharingGraph';

/** Random small inventories: persons, groups with random (possibly cyclic) members, connections, apps, shares. */
const arbInventory = fc
  .record({
    persons: fc.integer({ min: 1, max: 8 }),
    groups: fc.integer({ min: 0, max: 4 }),
    connections: fc.integer({ min: 1, max: 5 }),
    apps: fc.integer({ min: 0, max: 3 }),
    seed: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
  })
  .map(({ persons: np, groups: ng, connections: nc, apps: na, seed }): Inventory => {
    let k = 0;
    const next = (n: number) => (seed[k++ % seed.length] as number) % n;
    const pIds = Array.from({ length: np }, (_, i) => `p${i}`);
    const gIds = Array.from({ length: ng }, (_, i) => `g${i}`);
    const principalIds = [...pIds, ...gIds];
    const groups = gIds.map((id) => group(id, Array.from({ length: next(4) }, () => principalIds[next(principalIds.length)] as string)));
    const connections = Array.from({ length: nc }, (_, i) =>
      connection(`c${i}`, { authenticatesAs: pIds[next(pIds.length)] as string, ownerId: pIds[next(pIds.length)] as string }));
    const apps = Array.from({ length: na }, (_, i) => app(`a${i}`, Array.from({ length: 1 + next(2) }, () => `c${next(nc)}`)));
    const shares = Array.from({ length: next(8) }, (_, i) => {
      const toApp = na > 0 && next(2) === 0;
      return share(toApp ? 'app' : 'connection', toApp ? `a${next(na)}` : `c${next(nc)}`, principalIds[next(principalIds.length)] as string, { id: `s${i}` });
    });
    return inventory({ principals: [...pIds.map((id) => person(id)), ...groups], connections, apps, shares });
  });

/** Reference: straight from the inventory, without the graph. */
function naiveActors(inv: Inventory, subject: string): Set<string> {
  const byId = new Map(inv.principals.map((p) => [p.id, p]));
  const expand = (id: string, seen: Set<string>, out: Set<string>) => {
    if (seen.has(id)) return;
    seen.add(id);
    const p = byId.get(id);
    if (!p) return;
    if (p.kind === 'group') for (const m of p.members ?? []) expand(m, seen, out);
    else out.add(id);
  };
  const out = new Set<string>();
  for (const c of inv.connections) {
    if (c.authenticatesAs !== subject) continue;
    expand(c.ownerId, new Set(), out);
    for (const s of inv.shares) {
      const viaConnection = s.resourceType === 'connection' && s.resourceId === c.id;
      const viaApp = s.resourceType === 'app' && inv.apps.some((a) => a.id === s.resourceId && a.connectionIds.includes(c.id));
      if (viaConnection || viaApp) expand(s.principalId, new Set(), out);
    }
  }
  out.delete(subject);
  return out;
}

describe('whoCanActAs (property)', () => {
  it('reports exactly the principals with a path, each with a valid path of graph edges ending at the subject', () => {
    fc.assert(
      fc.property(arbInventory, (inv) => {
        const g = new SharingGraph(inv);
        const edges = new Map([...g.edges()].map((e) => [e.id, e]));
        for (const p of inv.principals) {
          const answer = g.whoCanActAs(p.id, { limit: Infinity });
          const reported = new Set(answer.actors.map((a) => a.principalId));
          expect(reported).toEqual(naiveActors(inv, p.id));
          expect(answer.total).toBe(reported.size);
          for (const a of answer.actors) {
            const { nodes, edges: path } = a.path;
            expect(nodes[0]?.id).toBe(a.principalId);
            expect(nodes[nodes.length - 1]?.id).toBe(p.id);
            expect(path.length).toBe(nodes.length - 1);
            path.forEach((e, i) => {
              expect(edges.get(e.id)).toEqual(e);
              expect(e.source).toBe(nodes[i]?.id);
              expect(e.target).toBe(nodes[i + 1]?.id);
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
