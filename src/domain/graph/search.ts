import type { GraphNode } from '../../contract/graph';
import type { SharingGraph } from './sharingGraph';

/**
 * Case-insensitive match on label or id. Ranked: exact id, then label prefix, then any substring; riskier
 * first within a rank, then by label, so the same query always lists the same nodes.
 */
export function searchNodes(g: SharingGraph, query: string, limit: number): GraphNode[] {
  const q = query.trim().toLowerCase();
  if (q === '' || limit <= 0) return [];
  const d = g.data;
  const texts = g.searchTexts();
  const hits: { i: number; rank: number }[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    const at = text.indexOf(q);
    if (at < 0) continue;
    const rank = (d.ids[i] as string).toLowerCase() === q ? 0 : at === 0 ? 1 : 2;
    hits.push({ i, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || (g.risk[b.i] as number) - (g.risk[a.i] as number) || ((d.labels[a.i] as string) < (d.labels[b.i] as string) ? -1 : 1));
  return hits.slice(0, limit).map((h) => g.nodeAt(h.i));
}
