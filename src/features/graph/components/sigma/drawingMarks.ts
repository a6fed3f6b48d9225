/**
 * User Timing marks the drawing sets, so a profiler (and `npm run bench`) can tell the layout's work from what follows
 * it: the force layout has settled; the node labels held back for the first frame are drawn.
 */
export const DRAWING_MARKS = { layoutSettled: 'sharegraph:layout-settled', labelsDrawn: 'sharegraph:labels-drawn' } as const;
