import { useQuery } from '@tanstack/react-query';
import { fetchOrganisation, organisationQueryKey } from '../api/organisation-api';

export function useOrganisation() {
  return useQuery({ queryKey: organisationQueryKey, queryFn: ({ signal }) => fetchOrganisation(signal), staleTime: 10 * 60_000 });
}
