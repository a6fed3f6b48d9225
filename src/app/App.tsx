import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useState } from 'react';
import { createAppRouter } from './router';
import { ApiError } from '../lib/apiClient';

type AppRouter = ReturnType<typeof createAppRouter>;

/** Any 401 means the session is gone (expired, signed out elsewhere): go to sign-in and come back here after. */
function onUnauthorized(router: AppRouter) {
  return (err: unknown) => {
    if (!(err instanceof ApiError) || err.status !== 401) return;
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  };
}

function createQueryClient(router: AppRouter) {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onUnauthorized(router) }),
    mutationCache: new MutationCache({ onError: onUnauthorized(router) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (bad filter, not found, forbidden) will not fix themselves; retrying only delays the message.
        retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      },
    },
  });
}

export function App() {
  const [router] = useState(createAppRouter);
  const [queryClient] = useState(() => createQueryClient(router));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
