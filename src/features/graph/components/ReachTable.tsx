import type { Reach } from '../../../contract/graph';
import { humanize } from '../../../lib/format';

/** What a principal can reach, with the privilege and the identity it would act as. */
export function ReachTable({ reach, caption }: { reach: Reach; caption: string }) {
  if (reach.items.length === 0) return <p>Nothing: no chain of grants leads from this principal to a target system.</p>;
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Target system</th><th scope="col">Privilege</th><th scope="col">Path</th></tr></thead>
      <tbody>
        {reach.items.map((i) => (
          <tr key={`${i.targetId}:${i.connectionId}`}>
            <td>{i.targetName}</td>
            <td>{humanize(i.privilege)}</td>
            <td className="path">{i.path.nodes.map((n) => n.label).join(' → ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
