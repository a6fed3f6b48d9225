import type { GraphEdge, GraphView, WhatIfChange } from '../../../contract/graph';
import { humanize } from '../../../lib/format';

const PRINCIPALS = new Set(['person', 'group', 'service_account', 'app_registration']);

/**
 * An explicit share edge stands for one grant in the inventory; the graph names it `share:<share id>` (see
 * SharingGraph.edgeId in src/domain/graph). Implicit shares and folded (aggregate) edges stand for no single grant,
 * so they cannot be removed one by one.
 */
export function shareIdOf(edge: GraphEdge): string | undefined {
  if (edge.kind !== 'shared_with' || edge.implicit || !edge.id.startsWith('share:')) return undefined;
  const id = edge.id.slice('share:'.length);
  return id.length > 0 && id.length <= 200 ? id : undefined;
}

/** A change in words, with the names drawn in `view` where it has them (ids otherwise, e.g. after a reload). */
export function describeWhatIf(change: WhatIfChange, view: GraphView | undefined): string {
  const label = (id: string) => view?.nodes.find((n) => n.id === id)?.label ?? id;
  switch (change.type) {
    case 'remove_share': {
      const edge = view?.edges.find((e) => shareIdOf(e) === change.shareId);
      return edge ? `Remove the share of ${label(edge.target)} with ${label(edge.source)}` : `Remove share ${change.shareId}`;
    }
    case 'unshare_app': return `Unshare ${label(change.appId)} with everyone`;
    case 'replace_identity': return `Replace the identity of ${label(change.connectionId)} with a dedicated service account`;
    case 'drop_privilege': return `Drop the privilege of ${label(change.connectionId)} to ${humanize(change.privilege)}`;
  }
}

export interface WhatIfOption {
  change: WhatIfChange;
  label: string;
}

/** Most options offered for one node; a connection shared one by one with a whole department stays usable. */
export const MAX_OPTIONS = 200;

/**
 * The remediations that can be simulated from the selected node, as drawn: for a connection, replacing the identity
 * its credential acts as and removing each explicit share; for an app, unsharing it and removing each share; for a
 * principal, removing each share granted to it and replacing it where it is a connection's identity.
 */
export function whatIfOptions(view: GraphView, selected: string | undefined): WhatIfOption[] {
  const node = selected === undefined ? undefined : view.nodes.find((n) => n.id === selected);
  if (!node) return [];
  const changes: WhatIfChange[] = [];
  if (node.kind === 'connection') changes.push({ type: 'replace_identity', connectionId: node.id });
  if (node.kind === 'app') changes.push({ type: 'unshare_app', appId: node.id });
  for (const e of view.edges) {
    if (PRINCIPALS.has(node.kind) && e.kind === 'authenticates_as' && e.target === node.id) {
      changes.push({ type: 'replace_identity', connectionId: e.source });
    }
    const shareId = shareIdOf(e);
    if (shareId && (e.source === node.id || e.target === node.id)) changes.push({ type: 'remove_share', shareId });
  }
  return changes.slice(0, MAX_OPTIONS).map((change) => ({ change, label: describeWhatIf(change, view) }));
}
