import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { GraphView } from '../../../contract/graph';
import { drawnFromActors, drawnFromPath, drawnFromReach, drawnFromView, type DrawnView } from '../model/answerView';
import type { GraphUrlState } from '../state/graphUrlState';
import { useGraphView, useReach, useShortestPath, useWhoCanActAs } from './useGraph';

/**
 * The one query whose data the page draws: the base view (overview or neighbourhood) or the answer to the
 * question in the URL, turned into a DrawnView. Answers borrow node facts (risk, platform) from the base view.
 */
export function useDrawnView(s: GraphUrlState) {
  const base = useGraphView(s);
  const q = s.question;
  const actors = useWhoCanActAs(q.type === 'actsAs' ? q.id : undefined);
  const reach = useReach(q.type === 'reach' ? q.id : undefined);
  const path = useShortestPath(q.type === 'path' ? q.from : undefined, q.type === 'path' ? q.to : undefined);
  const known: GraphView | undefined = base.data;

  const active: UseQueryResult<unknown> = q.type === 'actsAs' ? actors : q.type === 'reach' ? reach : q.type === 'path' ? path : base;
  const drawn = useMemo<DrawnView | undefined>(() => {
    if (q.type === 'actsAs') return actors.data && drawnFromActors(actors.data, s.budget, known);
    if (q.type === 'reach') return reach.data && drawnFromReach(reach.data, s.budget, known);
    if (q.type === 'path') return path.data && drawnFromPath(path.data, s.budget, known);
    return known && drawnFromView(known, s.focus);
  }, [q.type, actors.data, reach.data, path.data, known, s.budget, s.focus]);

  return { drawn, active, base, actors, reach, path };
}
