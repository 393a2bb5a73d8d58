import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserQueryKey } from '../features/auth/api/auth-query-keys';
import { isApiError } from './api-error';

/**
 * A 401 from any call means the session has ended: forget the signed-in person, and the
 * RequireSignIn layout sends the browser to the sign-in page.
 */
function endSessionOnUnauthorised(error: unknown): void {
  if (isApiError(error, 401)) queryClient.setQueryData(currentUserQueryKey, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: endSessionOnUnauthorised }),
  mutationCache: new MutationCache({ onError: endSessionOnUnauthorised }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retry only what might succeed next time: network failures and server errors, not 4xx answers.
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});
