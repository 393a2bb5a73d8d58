import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchEstablishment, type BudgetScope } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

export function useEstablishment(scope: BudgetScope, enabled = true) {
  return useQuery({
    queryKey: payQueryKeys.establishment(scope.departmentId, scope.year),
    queryFn: ({ signal }) => fetchEstablishment(scope, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
