import { describe, expect, it } from 'vitest';
import { GraphView, PathAnswer, Reach, WhoCanActAs } from '../../contract/graph';
import { analyze } from '../analyze';
import { app, connection, group, inventory, person, persons, share, target } from '../testing/builders';
import { UnknownNodeError } from './errors';
import { SharingGraph } from './sharingGraph';

/** Dana's SQL login in an app shared with a nested group (with a membership cycle) and with Bob directly. */
function incident() {
  return inventory({
    principals: [
      person('dana', { department: 'Finance' }), person('bob'), person('carol'), person('dave'), person('erin'), person('frank'),
      group('all', ['emea', 'na']), group('emea', ['carol', 'dave', 'all']), group('na', ['erin', 'emea']), group('unused', ['frank']),
    ],
    targets: [target('sql', { sensitivity: 'critical' })],
    connections: [connection('c-dana', { authenticatesAs: 'dana', ownerId: 'dana', targetId: 'sql', privilege: 'read_write' }), connection('c-other', { ownerId: 'frank' })],
    apps: [app('a-forecast', ['c-dana'], { ownerId: 'dana' })],
    shares: [share('app', 'a-forecast', 'all', { id: 's-app' }), share('connection', 'c-dana', 'bob', { id: 's-bob' }), share('connection', 'c-dana', 'carol', { id: 's-carol' })],
  });
}

describe('whoCanActAs', () => {
  const g = new SharingGraph(incident());
  it('expands nested groups through cycles and says which route each actor has', () => {
    const answer = g.whoCanActAs('dana');
    expect(WhoCanActAs.parse(answer)).toEqual(answer);
    const via = Object.fromEntries(answer.actors.map((a) => [a.principalId, a.via]));
    expect(via).toEqual({ bob: 'direct_share', carol: 'direct_share', dave: 'implicit_app_share', erin: 'implicit_app_share' });
    expect(answer.total).toBe(4);
  });
  it('justifies an implicit actor with a path of real edges ending at the identity', () => {
    const dave = g.whoCanActAs('dana').actors.find((a) => a.principalId === 'dave');
    expect(dave?.path.nodes.map((n) => n.id)).toEqual(['dave', 'emea', 'all', 'c-dana', 'dana']);
    expect(dave?.path.edges.map((e) => [e.kind, e.implicit])).toEqual([['member_of', false], ['member_of', false], ['shared_with', true], ['authenticates_as', false]]);
  });
  it('counts the owner of a connection signing in as someone else', () => {
    const answer = g.whoCanActAs('sa1');
    expect(answer.actors.map((a) => [a.principalId, a.via])).toEqual([['frank', 'owner']]);
  });
  it('returns nobody for a principal no connection signs in as, and throws on unknown ids', () => {
    expect(g.whoCanActAs('bob').total).toBe(0);
    expect(() => g.whoCanActAs('nope')).toThrow(UnknownNodeError);
    expect(() => g.actorsOfConnection('dana')).toThrow(UnknownNodeError);
  });
  it('explicit group shares are reported as group', () => {
    const inv = inventory({ principals: [...persons(2), group('g', ['p1', 'p2'])], connections: [connection('c1')], shares: [share('connection', 'c1', 'g')] });
    const answer = new SharingGraph(inv).actorsOfConnection('c1');
    expect(answer.actors.map((a) => [a.principalId, a.via])).toEqual([['owner', 'owner'], ['p1', 'group'], ['p2', 'group']]);
  });
});

describe('blastRadius and reach', () => {
  const g = new SharingGraph(incident());
  it('lists the actors and the target with privilege and sensitivity', () => {
    const b = g.blastRadius('c-dana');
    expect(b.totalActors).toBe(4);
    expect(b.targets).toEqual([{ targetId: 'sql', name: 'Target sql', privilege: 'read_write', sensitivity: 'critical' }]);
  });
  it('reach says what a member can reach, as whom and through which connection', () => {
    const r = g.reach('erin');
    expect(Reach.parse(r)).toEqual(r);
    expect(r.items.map((i) => [i.targetId, i.privilege, i.asPrincipalId, i.connectionId])).toEqual([['sql', 'read_write', 'dana', 'c-dana']]);
    expect(r.items[0]?.path.nodes.map((n) => n.id)).toEqual(['erin', 'na', 'all', 'c-dana', 'sql']);
    expect(g.reach('frank').items.map((i) => i.connectionId)).toEqual(['c-other']);
  });
});

describe('shortestPath', () => {
  const g = new SharingGraph(incident());
  it('finds the shortest chain of grants to a target or an identity', () => {
    const p = g.shortestPath('carol', 'sql');
    expect(PathAnswer.parse(p)).toEqual(p);
    expect(p.path?.nodes.map((n) => n.id)).toEqual(['carol', 'c-dana', 'sql']);
    expect(g.shortestPath('dave', 'dana').path?.nodes.map((n) => n.id)).toEqual(['dave', 'emea', 'all', 'c-dana', 'dana']);
  });
  it('returns null when no chain exists, and does not continue past an identity', () => {
    expect(g.shortestPath('frank', 'sql').path).toBeNull();
    expect(g.shortestPath('bob', 'a-forecast').path).toBeNull();
    expect(g.shortestPath('sql', 'bob').path).toBeNull();
  });
});

describe('neighbourhood and overview', () => {
  const big = () => {
    const sales = persons(300, 's', { department: 'Sales' });
    const hr = persons(40, 'h', { department: 'HR' });
    return inventory({
      principals: [person('owner', { department: 'IT' }), person('dana', { department: 'Finance' }), ...sales, ...hr, group('all-sales', sales.map((p) => p.id)), group('hr', hr.map((p) => p.id))],
      connections: [connection('c1', { authenticatesAs: 'dana', ownerId: 'dana' })],
      apps: [app('a1', ['c1'])],
      shares: [share('app', 'a1', 'all-sales'), share('app', 'a1', 'hr'), share('connection', 'c1', 's1')],
    });
  };
  it('returns everything when it fits the budget', () => {
    const view = new SharingGraph(incident()).neighbourhood('c-dana', { depth: 1, budget: 50 });
    expect(view.folded).toEqual([]);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['a-forecast', 'all', 'bob', 'c-dana', 'carol', 'dana', 'sql'].sort());
    expect(view.truncated).toBe(false);
  });
  it('folds persons by department into aggregates to fit the budget', () => {
    const g = new SharingGraph(big());
    const view = g.neighbourhood('c1', { depth: 3, budget: 60 });
    expect(GraphView.parse(view)).toEqual(view);
    expect(view.nodes.length).toBeLessThanOrEqual(60);
    const sales = view.nodes.find((n) => n.id === 'agg:department:Sales');
    expect(sales).toMatchObject({ kind: 'aggregate', label: '300 users · Sales', count: 300, foldedBy: 'department' });
    expect(view.folded.map((f) => f.aggregateId)).toContain('agg:department:Sales');
    expect(view.edges.some((e) => e.source === 'agg:department:Sales' && e.target === 'all-sales' && e.kind === 'member_of')).toBe(true);
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(view.truncated).toBe(false);
  });
  it('never exceeds the budget, and says truncated when folding is not enough', () => {
    const view = new SharingGraph(big()).neighbourhood('c1', { depth: 3, budget: 3 });
    expect(view.nodes.length).toBeLessThanOrEqual(3);
    expect(view.truncated).toBe(true);
    expect(view.nodes[0]?.id).toBe('c1');
  });
  it('overview starts with the riskiest connections and stays within budget', () => {
    const a = analyze(big());
    const view = a.graph.overview({ budget: 10 });
    expect(GraphView.parse(view)).toEqual(view);
    expect(view.nodes.length).toBeLessThanOrEqual(10);
    expect(view.nodes[0]?.id).toBe('c1');
    expect(view.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['dana', 't1', 'a1', 'all-sales', 'hr', 'agg:department:Sales']));
    expect(a.graph.overview({ budget: 10, platform: 'salesforce' }).nodes).toEqual([]);
    expect(a.graph.overview({ budget: 10, kinds: ['connection', 'target'] }).nodes.map((n) => n.kind).sort()).toEqual(['connection', 'target']);
  });
});

describe('search and node', () => {
  const g = analyze(incident()).graph;
  it('matches labels and ids case-insensitively, exact id first', () => {
    expect(g.search('c-dana', 5)[0]?.id).toBe('c-dana');
    expect(g.search('GROUP', 10).map((n) => n.kind)).toEqual(['group', 'group', 'group', 'group']);
    expect(g.search('zzz', 5)).toEqual([]);
  });
  it('node returns the contract node with risk, or throws', () => {
    expect(g.node('c-dana')).toMatchObject({ id: 'c-dana', kind: 'connection', platform: 'power_platform', environment: 'prod' });
    expect(g.node('c-dana').risk).toBeGreaterThan(0);
    expect(() => g.node('missing')).toThrow(UnknownNodeError);
  });
});
