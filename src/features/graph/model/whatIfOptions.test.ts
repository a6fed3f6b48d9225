import { describe, expect, it } from 'vitest';
import { SCENARIOS, SharingGraph, generateInventory, simulate } from '../../../domain';
import { describeWhatIf, shareIdOf, whatIfOptions } from './whatIfOptions';

// The demo inventory and the domain's own views: the edge ids are the ones the API really sends.
const inventory = generateInventory();
const graph = new SharingGraph(inventory);
const s = SCENARIOS.embeddedIdentity;

describe('what-if options of the selected node', () => {
  const view = graph.neighbourhood(s.subject, { depth: 1, budget: 1000 });

  it('offers to replace a connection identity and to remove each explicit share of it, by its inventory share id', () => {
    const options = whatIfOptions(view, s.subject);
    expect(options[0]).toEqual({
      change: { type: 'replace_identity', connectionId: s.subject },
      label: 'Replace the identity of Finance SQL (Dana) with a dedicated service account',
    });
    const shares = options.filter((o) => o.change.type === 'remove_share');
    const direct = inventory.shares.filter((x) => x.resourceId === s.subject).map((x) => x.id).sort();
    expect(shares.map((o) => (o.change.type === 'remove_share' ? o.change.shareId : '')).sort()).toEqual(direct);
    expect(shares[0]?.label).toMatch(/^Remove the share of Finance SQL \(Dana\) with .+/);
  });

  it('offers to unshare an app, and the API accepts every change offered', () => {
    const appView = graph.neighbourhood(s.app, { depth: 1, budget: 1000 });
    const options = whatIfOptions(appView, s.app);
    expect(options.map((o) => o.label)).toContain('Unshare Sales Forecast Tracker with everyone');
    expect(options.map((o) => o.change)).toContainEqual({ type: 'remove_share', shareId: 's-sales-forecast-all-sales' });
    // Each on its own: unsharing the app already removes its share, and a change to a missing share is refused.
    for (const { change } of options.slice(0, 4)) {
      const result = simulate(inventory, [change]);
      expect(result.actorsAfter).toBeLessThan(result.actorsBefore);
    }
  });

  it("offers to replace a principal where it is a connection's identity", () => {
    const danaView = graph.neighbourhood(s.maker, { depth: 1, budget: 1000 });
    expect(whatIfOptions(danaView, s.maker).map((o) => o.change)).toContainEqual({ type: 'replace_identity', connectionId: s.subject });
  });

  it('offers nothing for implicit or folded shares, nor without a selection', () => {
    expect(shareIdOf({ id: `implicit:g->${s.subject}`, source: 'g', target: s.subject, kind: 'shared_with', implicit: true })).toBeUndefined();
    expect(shareIdOf({ id: `agg:shared_with:agg:department:Sales->${s.subject}`, source: 'x', target: s.subject, kind: 'shared_with', implicit: false })).toBeUndefined();
    expect(whatIfOptions(view, undefined)).toEqual([]);
    expect(whatIfOptions(view, 'not-drawn')).toEqual([]);
  });

  it('describes a change by id when its nodes are not drawn', () => {
    expect(describeWhatIf({ type: 'remove_share', shareId: 's-1' }, undefined)).toBe('Remove share s-1');
    expect(describeWhatIf({ type: 'drop_privilege', connectionId: 'c-1', privilege: 'read_only' }, undefined)).toBe('Drop the privilege of c-1 to read only');
  });
});
