import { describe, expect, it } from 'vitest';
import { SCENARIOS, SharingGraph, generateInventory } from '../../../domain';
import { parseGraphUrl } from '../state/graphUrlState';
import { exportFileName, graphExport, graphExportJson } from './exportView';

const s = SCENARIOS.embeddedIdentity;
const view = new SharingGraph(generateInventory()).neighbourhood(s.subject, { depth: 1, budget: 300 });
const now = new Date('2026-03-04T05:06:07.000Z');

describe('the JSON export of the drawn view', () => {
  const state = parseGraphUrl({ focus: s.subject, depth: '1', budget: '300', selected: s.app, whatIf: `unshare_app:${s.app}` });

  it('holds exactly the nodes and edges drawn, and the question asked with the link that redraws it', () => {
    const file = JSON.parse(graphExportJson(view, state, now)) as ReturnType<typeof graphExport>;
    expect(file).toMatchObject({ format: 'sharegraph.graph-view', version: 1, exportedAt: '2026-03-04T05:06:07.000Z' });
    expect(file.nodes).toEqual(view.nodes);
    expect(file.edges).toEqual(view.edges);
    expect(file.nodes.map((n) => n.id)).toContain(s.subject);
    expect(file.question).toEqual({ type: 'focus', id: s.subject });
    expect(file.whatIf).toEqual({ type: 'unshare_app', appId: s.app });
    expect(file.params).toEqual({ focus: s.subject, depth: '1', budget: '300', selected: s.app, whatIf: `unshare_app:${s.app}` });
    expect(parseGraphUrl(file.params)).toEqual(state);
    expect(file.link).toBe(`/graph?focus=${s.subject}&depth=1&budget=300&selected=${s.app}&whatIf=unshare_app%3A${s.app}`);
  });

  it('keeps hostile labels as JSON text', () => {
    const hostile = { ...view, nodes: [{ id: 'x', kind: 'person' as const, label: '</script><img src=x onerror=alert(1)>"\u2028', risk: 1 }] };
    const text = graphExportJson(hostile, parseGraphUrl({}), now);
    expect(JSON.parse(text).nodes[0].label).toBe(hostile.nodes[0]!.label);
    expect(JSON.parse(text).question).toEqual({ type: 'overview' });
  });

  it('names files after the question and the time, never after a node', () => {
    expect(exportFileName(state, 'png', now)).toBe('sharegraph-focus-20260304-0506.png');
    expect(exportFileName(parseGraphUrl({ from: '../../etc', to: 'b' }), 'json', now)).toBe('sharegraph-path-20260304-0506.json');
  });
});
