import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../api/auth-api';
import { currentUserQueryKey } from '../api/auth-query-keys';

/** Ends the session, leaves for the sign-in page, then forgets every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      // Leave first: forgetting the person while still on a signed-in page would bounce through
      // RequireSignIn with a return address.
      await navigate('/sign-in', { replace: true, state: { signedOut: true } });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'health' });
      queryClient.setQueryData(currentUserQueryKey, null);
    },
  });
}
