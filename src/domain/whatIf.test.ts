import { describe, expect, it } from 'vitest';
import { WhatIfResult } from '../contract/graph';
import { analyze } from './analyze';
import { generateInventory } from './generator/generateInventory';
import { SCENARIOS } from './generator/scenarios';
import { UnknownNodeError } from './graph/errors';
import { app, connection, inventory, person, persons, share } from './testing/builders';
import { simulate } from './whatIf';

describe('simulate', () => {
  it('unsharing the embedded-identity app removes the implicit actors and keeps the direct ones', () => {
    const demo = generateInventory();
    const before = analyze(demo);
    const s = SCENARIOS.embeddedIdentity;
    const actors = before.graph.actorsOfConnection(s.subject, { limit: Infinity }).actors;
    const implicit = actors.filter((a) => a.via === 'implicit_app_share').map((a) => a.principalId).sort();
    const direct = actors.filter((a) => a.via === 'direct_share').map((a) => a.principalId).sort();
    expect(implicit.length).toBeGreaterThan(200);

    const result = simulate(demo, [{ type: 'unshare_app', appId: s.app }], { before });
    expect(WhatIfResult.parse(result)).toEqual(result);
    expect(result.connectionIds).toEqual([s.subject]);
    expect(result.actorsBefore).toBe(actors.length);
    expect(result.removedActors.map((a) => a.id).sort()).toEqual(implicit);
    expect(result.remainingActors.map((a) => a.id).sort()).toEqual(direct);
    expect(result.actorsAfter).toBe(direct.length);
    expect(result.closedFindings.map((f) => f.key)).toContain(`implicit-connection-share:connection:${s.subject}`);
    expect(demo.shares.some((x) => x.resourceId === s.app)).toBe(true);
  });

  it('replacing the identity closes the personal-credential finding; dropping privilege closes excess privilege', () => {
    const inv = inventory({
      principals: [person('dana'), ...persons(6)],
      connections: [connection('c1', { authenticatesAs: 'dana', ownerId: 'dana', authMethod: 'password', secretStorage: 'plaintext' }), connection('c2', { privilege: 'admin' })],
      shares: persons(6).map((p) => share('connection', 'c1', p.id)),
    });
    const result = simulate(inv, [
      { type: 'replace_identity', connectionId: 'c1', servicePrincipalName: 'svc-finance-reader' },
      { type: 'drop_privilege', connectionId: 'c2', privilege: 'read_only' },
    ]);
    expect(result.connectionIds).toEqual(['c1', 'c2']);
    expect(result.closedFindings.map((f) => f.ruleId).sort()).toEqual(['excess-privilege', 'personal-credential-shared', 'plaintext-secret']);
    expect(result.newFindings).toEqual([]);
    expect(result.actorsAfter).toBe(result.actorsBefore + 1);
    expect(inv.connections[0]?.authenticatesAs).toBe('dana');
  });

  it('remove_share of a direct share removes that actor only', () => {
    const inv = inventory({ principals: persons(2), connections: [connection('c1')], apps: [app('a1', ['c1'])], shares: [share('connection', 'c1', 'p1', { id: 'x' }), share('app', 'a1', 'p2', { id: 'y' })] });
    const result = simulate(inv, [{ type: 'remove_share', shareId: 'x' }]);
    expect(result.removedActors).toEqual([{ id: 'p1', name: 'Person p1' }]);
    expect(result.remainingActors.map((a) => a.id)).toEqual(['owner', 'p2']);
  });

  it('throws UnknownNodeError for unknown ids', () => {
    expect(() => simulate(inventory(), [{ type: 'unshare_app', appId: 'nope' }])).toThrow(UnknownNodeError);
    expect(() => simulate(inventory(), [{ type: 'remove_share', shareId: 'nope' }])).toThrow(UnknownNodeError);
  });
});
