import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchRotaCost } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

export function useRotaCost(periodId: string, periodVersion: number) {
  return useQuery({ queryKey: payQueryKeys.rotaCost(periodId, periodVersion), queryFn: ({ signal }) => fetchRotaCost(periodId, signal), placeholderData: keepPreviousData });
}
