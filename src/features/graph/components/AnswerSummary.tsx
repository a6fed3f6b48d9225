import type { PathAnswer, Reach, WhoCanActAs } from '../../../contract/graph';
import type { DrawnView } from '../model/answerView';
import type { GraphUrlState } from '../state/graphUrlState';

/** One sentence saying what is drawn and how much of it, announced politely when the answer changes. */
export function AnswerSummary({ state, drawn, actors, reach, path, layout }: {
  state: GraphUrlState;
  drawn: DrawnView;
  actors?: WhoCanActAs;
  reach?: Reach;
  path?: PathAnswer;
  layout: 'running' | 'done';
}) {
  const { view } = drawn;
  const name = (id: string) => view.nodes.find((n) => n.id === id)?.label ?? id;
  const size = `${view.nodes.length} nodes, ${view.edges.length} edges`;
  const q = state.question;
  let text: string;
  if (q.type === 'path') {
    text = path?.path
      ? `Shortest path from ${name(q.from)} to ${name(q.to)}: ${path.path.edges.length} steps`
      : `No chain of grants links ${q.from} to ${q.to}.`;
  } else if (q.type === 'actsAs' && actors) {
    const implicit = actors.actors.filter((a) => a.via === 'implicit_app_share').length;
    text = `Who can act as ${name(q.id)}: ${actors.total} principals, ${implicit} of them only through an implicit app share (${size})`;
  } else if (q.type === 'reach' && reach) {
    text = `What ${name(q.id)} can reach: ${reach.total} target systems (${size})`;
  } else if (q.type === 'focus') {
    text = `Neighbourhood of ${name(q.id)} at depth ${state.depth}: ${size} (budget ${view.budget})`;
  } else {
    text = `Riskiest part of the graph: ${size} (budget ${view.budget})`;
  }
  return (
    <p aria-live="polite">
      {text}
      {view.folded.length > 0 && ` · folded: ${view.folded.map((f) => f.label).join(', ')}`}
      {view.truncated && ' · truncated: some nodes were left out'}
      {layout === 'running' && <span className="muted"> · arranging the layout…</span>}
    </p>
  );
}
