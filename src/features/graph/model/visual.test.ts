import { describe, expect, it } from 'vitest';
import { NodeKind } from '../../../contract/graph';
import { EDGE_STYLE, NODE_STYLE, edgeLabel, edgeStyleKey, nodeColor, nodeSize } from './visual';

describe('visual mapping', () => {
  it('gives every node kind its own colour', () => {
    const colours = NodeKind.options.map((k) => NODE_STYLE[k].color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('grows nodes with risk and keeps them within bounds', () => {
    expect(nodeSize({ kind: 'connection', risk: 0 })).toBe(4);
    expect(nodeSize({ kind: 'connection', risk: 100 })).toBe(14);
    expect(nodeSize({ kind: 'connection', risk: 80 })).toBeGreaterThan(nodeSize({ kind: 'connection', risk: 20 }));
    expect(nodeSize({ kind: 'connection', risk: 500 })).toBe(14);
  });

  it('shows a bigger aggregate for more folded people', () => {
    expect(nodeSize({ kind: 'aggregate', risk: 50, count: 300 })).toBeGreaterThan(nodeSize({ kind: 'aggregate', risk: 50, count: 3 }));
  });

  it('draws the riskiest in the full kind colour and washes low risk towards white', () => {
    expect(nodeColor('connection', 100).toUpperCase()).toBe(NODE_STYLE.connection.color);
    const low = nodeColor('connection', 0);
    expect(low).toMatch(/^#[0-9a-f]{6}$/);
    const sum = (hex: string) => [1, 3, 5].reduce((s, i) => s + Number.parseInt(hex.slice(i, i + 2), 16), 0);
    expect(sum(low)).toBeGreaterThan(sum(nodeColor('connection', 100)));
  });

  it('tells implicit shares from explicit ones', () => {
    expect(edgeStyleKey({ kind: 'shared_with', implicit: true })).toBe('shared_with_implicit');
    expect(edgeStyleKey({ kind: 'shared_with', implicit: false })).toBe('shared_with');
    expect(EDGE_STYLE.shared_with_implicit.dashed).toBe(true);
    expect(EDGE_STYLE.shared_with_implicit.color).not.toBe(EDGE_STYLE.shared_with.color);
    expect(edgeLabel({ kind: 'shared_with', implicit: true })).toBe('shared with (implicit, via app)');
    expect(edgeLabel({ kind: 'reaches', implicit: false, privilege: 'read_write' })).toBe('reaches · read write');
  });
});
