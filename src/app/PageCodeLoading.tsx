/**
 * What a link opened straight onto a page whose code loads on demand shows until that code is in (the router renders
 * it instead of the layout; without it the page stays blank and React Router warns on every such load).
 */
export function PageCodeLoading() {
  return <p className="loading" role="status">Loading the page…</p>;
}
