import { useQuery } from '@tanstack/react-query';
import { fetchCurrentUser } from '../api/auth-api';
import { currentUserQueryKey } from '../api/auth-query-keys';

/** The signed-in person: `data` is null when signed out, undefined while the first check runs. */
export function useCurrentUser() {
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: ({ signal }) => fetchCurrentUser(signal),
    staleTime: 5 * 60_000,
  });
}
