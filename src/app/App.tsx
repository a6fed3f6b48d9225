import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useState } from 'react';
import { createAppRouter } from './router';
import { createClients } from './queryClient';
import { ApiDownBanner } from './ApiDownBanner';
import { prefetchLanding } from './prefetchLanding';

export function App() {
  const [router] = useState(createAppRouter);
  const [{ queryClient, reachability }] = useState(() => {
    const clients = createClients(router);
    prefetchLanding(clients.queryClient, router.state.location);
    return clients;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <ApiDownBanner reachability={reachability} />
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
