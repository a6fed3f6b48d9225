import { readEarlyAnswers, startEarlyRequests } from '../lib/earlyRequests';
import { supportsWebGL2 } from '../features/graph/model/webgl';

// Its own entry, listed ahead of the app's (the build keeps it apart: scripts/viteBootEntry.ts): it starts while the
// app's code is still being fetched and compiled; what the server answered in the page itself is not asked again. Only
// against the real server: the mock API exists only once the app has started it.
if (import.meta.env.VITE_API === 'server') {
  startEarlyRequests(window.location.pathname, window.location.search, fetch, '', readEarlyAnswers(document));
}

// The explorer's page and its WebGL renderer (the largest chunk) are fetched and compiled while the app's own code
// loads, instead of once the router has started and the page has rendered. A failed early load is not an error yet:
// the page's own lazy import retries it and reports a failure.
if (window.location.pathname === '/graph') {
  import('../features/graph/routes/GraphPage').catch(() => undefined);
  if (supportsWebGL2()) import('../features/graph/components/sigma/SigmaCanvas').catch(() => undefined);
}
