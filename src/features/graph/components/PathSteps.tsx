import type { GraphPath } from '../../../contract/graph';
import { edgeLabel } from '../model/visual';

/** A grant path step by step, like an attack path: who, by which grant, reaches what. */
export function PathSteps({ path, caption }: { path: GraphPath; caption: string }) {
  const label = new Map(path.nodes.map((n) => [n.id, n.label]));
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Step</th><th scope="col">From</th><th scope="col">Grant</th><th scope="col">To</th></tr></thead>
      <tbody>
        {path.edges.map((e, i) => (
          <tr key={e.id}>
            <td>{i + 1}</td>
            <td>{label.get(e.source) ?? e.source}</td>
            <td>{edgeLabel(e)}{e.implicit && <span className="badge warn">implicit</span>}</td>
            <td>{label.get(e.target) ?? e.target}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
