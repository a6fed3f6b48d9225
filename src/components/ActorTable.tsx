import { Link } from 'react-router';
import type { ActorAnswer } from '../contract/graph';
import { humanize } from '../lib/format';
import { nodeHref } from '../lib/links';

/** Who can act through something, how (explicit vs implicit), and the chain of grants that proves it. */
export function ActorTable({ actors, caption }: { actors: readonly ActorAnswer[]; caption: string }) {
  if (actors.length === 0) return <p>Nobody besides the identity itself.</p>;
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Principal</th><th scope="col">How</th><th scope="col">Path</th></tr></thead>
      <tbody>
        {actors.map((a) => {
          const href = nodeHref(a.kind, a.principalId);
          return (
            <tr key={a.principalId}>
              <td>{href ? <Link to={href}>{a.name}</Link> : a.name}</td>
              <td>{a.via === 'implicit_app_share' ? <span className="badge warn">implicit (app shared)</span> : humanize(a.via)}</td>
              <td className="path">{a.path.nodes.map((n) => n.label).join(' → ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
