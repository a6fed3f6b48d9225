import type { FindingGroup } from '../../../contract/findings';
import { formatCount } from '../../../lib/format';

/** Groups with no row on this page still count: they are listed with their size, so nothing looks missing. */
export function OtherGroups({ groups, shown, total }: { groups: FindingGroup[]; shown: ReadonlySet<string>; total: number }) {
  const rest = groups.filter((g) => !shown.has(g.key));
  const unlisted = total - groups.length;
  if (rest.length === 0 && unlisted <= 0) return null;
  return (
    <details className="other-groups">
      <summary>{formatCount(rest.length + Math.max(unlisted, 0))} more groups beyond this page</summary>
      <ul>
        {rest.map((g) => <li key={g.key}>{g.label} <span className="count">{formatCount(g.count)}</span></li>)}
        {unlisted > 0 && <li className="muted">and {formatCount(unlisted)} smaller groups</li>}
      </ul>
    </details>
  );
}
