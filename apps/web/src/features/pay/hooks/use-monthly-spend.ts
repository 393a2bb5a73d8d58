import { useQuery } from '@tanstack/react-query';
import { fetchMonthlySpend, type BudgetScope } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';

export function useMonthlySpend(scope: BudgetScope, enabled = true) {
  return useQuery({ queryKey: payQueryKeys.monthlySpend(scope.departmentId, scope.year), queryFn: ({ signal }) => fetchMonthlySpend(scope, signal), enabled });
}
