import { useEffect, useSyncExternalStore } from 'react';
import type { Reachability } from '../lib/apiReachability';

/**
 * Shown above every page while the API cannot be reached, so the user learns once, plainly, why views fail
 * and that the app keeps trying; it goes away by itself when the API answers again.
 */
export function ApiDownBanner({ reachability }: { reachability: Reachability }) {
  const { down, checking } = useSyncExternalStore(reachability.subscribe, reachability.getSnapshot);
  useEffect(() => {
    // The browser knows when the network comes back before the next scheduled try does.
    const online = () => reachability.retryNow();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [reachability]);
  if (!down) return null;
  return (
    <div role="alert" className="api-down">
      <p>
        <strong>Can&apos;t reach the Sharegraph API — retrying…</strong> What you see may be out of date, and changes
        cannot be saved until it is back.
      </p>
      <button type="button" onClick={reachability.retryNow} disabled={checking}>{checking ? 'Checking…' : 'Retry'}</button>
    </div>
  );
}
