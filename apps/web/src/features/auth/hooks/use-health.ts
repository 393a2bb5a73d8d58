import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from '../api/auth-api';
import { healthQueryKey } from '../api/auth-query-keys';

export function useHealth() {
  return useQuery({ queryKey: healthQueryKey, queryFn: ({ signal }) => fetchHealth(signal), staleTime: Number.POSITIVE_INFINITY, retry: false });
}
