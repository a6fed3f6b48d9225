import type { EdgeKind, GraphEdge, GraphNode, NodeKind } from '../../../contract/graph';

/**
 * How the graph looks, as pure data: the legend and the renderer read the same table, so they cannot disagree.
 * Colours are the Okabe–Ito palette (told apart with the common colour-vision deficiencies); shapes repeat the
 * distinction for anyone who cannot rely on colour at all.
 */
export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'rectangle';

export const NODE_STYLE: Record<NodeKind, { color: string; shape: NodeShape; label: string }> = {
  person: { color: '#0072B2', shape: 'circle', label: 'Person' },
  group: { color: '#56B4E9', shape: 'square', label: 'Group' },
  service_account: { color: '#009E73', shape: 'diamond', label: 'Service account' },
  app_registration: { color: '#117733', shape: 'diamond', label: 'App registration' },
  connection: { color: '#D55E00', shape: 'triangle', label: 'Connection' },
  app: { color: '#E69F00', shape: 'rectangle', label: 'App, flow, bot or script' },
  target: { color: '#CC79A7', shape: 'square', label: 'Target system' },
  aggregate: { color: '#6B7280', shape: 'circle', label: 'Folded people (click to expand)' },
};

export const EDGE_STYLE: Record<EdgeKind | 'shared_with_implicit', { color: string; label: string; dashed: boolean }> = {
  authenticates_as: { color: '#B91C1C', label: 'authenticates as (whose credentials)', dashed: false },
  shared_with: { color: '#1D4ED8', label: 'shared with (explicit grant)', dashed: false },
  shared_with_implicit: { color: '#D97706', label: 'shared with (implicit, via an app)', dashed: true },
  uses: { color: '#94A3B8', label: 'uses', dashed: false },
  member_of: { color: '#CBD5E1', label: 'member of', dashed: false },
  reaches: { color: '#475569', label: 'reaches (with privilege)', dashed: false },
  owns: { color: '#A8A29E', label: 'owns', dashed: false },
};

export const HIGHLIGHT_EDGE_COLOR = '#111827';

const MIN_SIZE = 4;
const MAX_SIZE = 14;

/** Risk drives size: the riskiest things are the first the eye finds. Aggregates grow with what they hold. */
export function nodeSize(node: Pick<GraphNode, 'kind' | 'risk' | 'count'>): number {
  const r = Math.min(100, Math.max(0, node.risk)) / 100;
  const base = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * r;
  if (node.kind === 'aggregate') return Math.min(MAX_SIZE + 6, base + Math.log2(1 + (node.count ?? 1)));
  return Math.round(base * 10) / 10;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Risk also drives colour intensity: a low-risk node is its kind's colour washed towards white. */
export function nodeColor(kind: NodeKind, risk: number): string {
  const r = Math.min(100, Math.max(0, risk)) / 100;
  const wash = 0.55 * (1 - r);
  const [red, green, blue] = hexToRgb(NODE_STYLE[kind].color).map((c) => Math.round(c + (255 - c) * wash)) as [number, number, number];
  return `#${((1 << 24) | (red << 16) | (green << 8) | blue).toString(16).slice(1)}`;
}

export function edgeStyleKey(edge: Pick<GraphEdge, 'kind' | 'implicit'>): keyof typeof EDGE_STYLE {
  return edge.kind === 'shared_with' && edge.implicit ? 'shared_with_implicit' : edge.kind;
}

/** The words drawn beside an edge (on hover or zoomed in), and read in the table twin. */
export function edgeLabel(edge: Pick<GraphEdge, 'kind' | 'implicit' | 'privilege' | 'role'>): string {
  const base = edge.kind.replace(/_/g, ' ');
  const how = edge.kind === 'shared_with' ? (edge.implicit ? ' (implicit, via app)' : ' (explicit)') : '';
  const priv = edge.privilege ? ` · ${edge.privilege.replace(/_/g, ' ')}` : '';
  return `${base}${how}${priv}`;
}
