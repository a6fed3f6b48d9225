import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import type { createAppRouter } from './router';
import type { createClients } from './queryClient';
import { ApiDownBanner } from './ApiDownBanner';

/** The app around its router and query client, which `main.tsx` makes first so the landing data can be asked for early. */
export function App({ router, clients: { queryClient, reachability } }: { router: ReturnType<typeof createAppRouter>; clients: ReturnType<typeof createClients> }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiDownBanner reachability={reachability} />
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
