import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { createAppRouter } from './router';
import { ApiError, call } from '../lib/apiClient';
import { createReachability } from '../lib/apiReachability';

type AppRouter = Pick<ReturnType<typeof createAppRouter>, 'state' | 'navigate'>;

/** Any 401 means the session is gone (expired, signed out elsewhere): go to sign-in and come back here after. */
function onUnauthorized(router: AppRouter) {
  return (err: unknown) => {
    if (!(err instanceof ApiError) || err.status !== 401) return;
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  };
}

/** The app's query client with its global error handling: sign-in on 401, the API-down banner on no answer. */
export function createClients(router: AppRouter) {
  const toLogin = onUnauthorized(router);
  const reachability = createReachability({
    probe: () => call('health', { signal: AbortSignal.timeout(10_000) }),
    // Views that failed while the API was away load again by themselves once it is back.
    onRecovered: () => void queryClient.invalidateQueries({ predicate: (q) => q.state.status === 'error' }),
  });
  const onError = (err: unknown) => {
    toLogin(err);
    reachability.suspect(err);
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError, onSuccess: () => reachability.answered() }),
    mutationCache: new MutationCache({ onError, onSuccess: () => reachability.answered() }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Client errors (bad filter, not found, forbidden) will not fix themselves; retrying only delays the message.
        retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      },
    },
  });
  return { queryClient, reachability };
}

