import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchForecast, type BudgetScope } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

export function useForecast(scope: BudgetScope, enabled = true) {
  return useQuery({
    queryKey: payQueryKeys.forecast(scope.departmentId, scope.year),
    queryFn: ({ signal }) => fetchForecast(scope, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
