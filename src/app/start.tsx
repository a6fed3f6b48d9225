import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppRouter } from './router';
import { createClients } from './queryClient';
import { prefetchLanding } from './prefetchLanding';
import { serverRendered } from './serverPagePainted';

/**
 * How long the first render waits for the landing page's data. The data was asked for early (the boot script,
 * then `prefetchLanding`) and is often there already, only still being read and checked; rendering before it
 * would paint the page with a loading line, then render and paint it all again a few hundred ms later on a slow
 * machine. A slow server only delays the first paint by this much before the page shows it is loading.
 */
const LANDING_DATA_WAIT_MS = 150;

/**
 * The embedded default talks to the mock governance API in the browser; a build with VITE_API=server talks to
 * the real one. The mock is imported lazily so a server build does not carry it.
 */
export async function start() {
  if (import.meta.env.VITE_API !== 'server') {
    const { startMockApi } = await import('../../mocks/browser');
    await startMockApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const router = createAppRouter();
  const clients = createClients(router);
  const { paintWaitsFor } = prefetchLanding(clients.queryClient, router.state.location);
  // A page the server rendered came with the answers it was rendered from (src/lib/earlyRequests.ts): the app's
  // first render waits for them, so it paints the same page over the server's instead of a loading line.
  await (serverRendered(root) ? paintWaitsFor : Promise.race([paintWaitsFor, new Promise((resolve) => setTimeout(resolve, LANDING_DATA_WAIT_MS))]));
  createRoot(root).render(
    <StrictMode>
      <App router={router} clients={clients} />
    </StrictMode>,
  );
}
