import type { GraphView, NodeKind } from '../../../contract/graph';

/**
 * The "who can act as" reading order, left to right: people (and folded people) → groups → apps → connections →
 * the identity whose credentials the connection holds → target systems. A principal that a connection
 * authenticates as sits in the identity column whatever its kind, because that is its role in the answer.
 */
export const COLUMNS = ['people', 'groups', 'apps', 'connections', 'identities', 'targets'] as const;
export type Column = (typeof COLUMNS)[number];

const BY_KIND: Record<NodeKind, Column> = {
  person: 'people',
  aggregate: 'people',
  service_account: 'people',
  app_registration: 'people',
  group: 'groups',
  app: 'apps',
  connection: 'connections',
  target: 'targets',
};

export const COLUMN_GAP = 100;
export const ROW_GAP = 12;
/** Long columns (250 actors) wrap into sub-columns so the picture stays roughly landscape. */
export const MAX_ROWS = 30;
export const SUB_COLUMN_GAP = 40;

export function columnOf(kind: NodeKind, isIdentity: boolean): Column {
  return isIdentity ? 'identities' : BY_KIND[kind];
}

/** Positions by node id. Within a column nodes sort by label then id, so the same answer draws the same way. */
export function hierarchicalLayout(view: Pick<GraphView, 'nodes' | 'edges'>): Map<string, { x: number; y: number }> {
  const identities = new Set(view.edges.filter((e) => e.kind === 'authenticates_as').map((e) => e.target));
  const columns = new Map<Column, { id: string; label: string }[]>(COLUMNS.map((c) => [c, []]));
  for (const n of view.nodes) columns.get(columnOf(n.kind, identities.has(n.id)))?.push({ id: n.id, label: n.label });

  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const column of COLUMNS) {
    const members = columns.get(column) ?? [];
    if (members.length === 0) continue;
    members.sort((a, b) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const subColumns = Math.ceil(members.length / MAX_ROWS);
    const rows = Math.min(members.length, MAX_ROWS);
    members.forEach((m, i) => {
      const sub = Math.floor(i / MAX_ROWS);
      const row = i % MAX_ROWS;
      // Sigma's y axis points up: the first row is drawn on top. Rows are centred on the axis.
      positions.set(m.id, { x: x + sub * SUB_COLUMN_GAP, y: ((rows - 1) / 2 - row) * ROW_GAP });
    });
    x += (subColumns - 1) * SUB_COLUMN_GAP + COLUMN_GAP;
  }
  return positions;
}
