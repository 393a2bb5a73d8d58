import { useQuery } from '@tanstack/react-query';
import { fetchPayTables } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

/** The nation's pay tables change with a data release, not during a session. */
export function usePayTables() {
  return useQuery({ queryKey: payQueryKeys.tables(), queryFn: ({ signal }) => fetchPayTables(signal), staleTime: 60 * 60_000 });
}
