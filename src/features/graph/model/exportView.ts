import type { GraphEdge, GraphNode, GraphView, WhatIfChange } from '../../../contract/graph';
import { graphHref, toRawGraphUrl, type GraphUrlState, type Question, type RawGraphUrl } from '../state/graphUrlState';

/**
 * The drawn view as a file an analyst can attach to a ticket or load into another tool: exactly the nodes and edges
 * drawn, and the question that produced them (structured, and as the link that redraws it), so the file says what
 * it is an answer to. Inventory strings stay data: JSON.stringify escapes them, nothing here interprets them.
 */
export interface GraphExport {
  format: 'sharegraph.graph-view';
  version: 1;
  exportedAt: string;
  question: Question;
  whatIf: WhatIfChange | null;
  /** The explorer's URL parameters; `link` is the same as a path relative to the app. */
  params: RawGraphUrl;
  link: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  folded: GraphView['folded'];
  budget: number;
  truncated: boolean;
}

export function graphExport(view: GraphView, state: GraphUrlState, now: Date): GraphExport {
  return {
    format: 'sharegraph.graph-view',
    version: 1,
    exportedAt: now.toISOString(),
    question: state.question,
    whatIf: state.whatIf ?? null,
    params: toRawGraphUrl(state),
    link: graphHref(state),
    nodes: view.nodes,
    edges: view.edges,
    folded: view.folded,
    budget: view.budget,
    truncated: view.truncated,
  };
}

export function graphExportJson(view: GraphView, state: GraphUrlState, now: Date): string {
  return `${JSON.stringify(graphExport(view, state, now), null, 2)}\n`;
}

/**
 * `sharegraph-<question>-<UTC time>.<ext>`. Built from our own tokens only: node names are hostile and may hold
 * path separators or control characters, so they never reach a file name.
 */
export function exportFileName(state: GraphUrlState, ext: 'json' | 'png', now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `sharegraph-${state.question.type}-${stamp}.${ext}`;
}
