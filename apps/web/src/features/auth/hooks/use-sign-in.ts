import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signIn } from '../api/auth-api';
import { currentUserQueryKey } from '../api/auth-query-keys';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      // Anything cached belonged to whoever was here before.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' && query.queryKey[0] !== 'health' });
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
