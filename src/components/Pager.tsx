import type { Page } from '../lib/usePage';
import { formatCount } from '../lib/format';

/** Previous/next for a paged table, with where we are said in words (and announced when it changes). */
export function Pager({ page, label }: { page: Page<unknown>; label: string }) {
  if (page.count <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      <button type="button" onClick={() => page.goTo(page.index - 1)} disabled={page.index === 0}>Previous rows</button>{' '}
      <span role="status">Rows {formatCount(page.first)}–{formatCount(page.last)} of {formatCount(page.total)}</span>{' '}
      <button type="button" onClick={() => page.goTo(page.index + 1)} disabled={page.index >= page.count - 1}>Next rows</button>
    </nav>
  );
}
