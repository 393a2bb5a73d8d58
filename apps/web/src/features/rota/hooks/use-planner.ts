import { useQuery } from '@tanstack/react-query';
import { fetchPeriods, fetchPlanner } from '../api/rota-api';
import { rotaQueryKeys } from '../api/rota-query-keys';

/** The department's rota periods, newest first. Admins and senior managers name the department. */
export function usePeriods(departmentId: string | null, enabled = true) {
  return useQuery({
    queryKey: [...rotaQueryKeys.periods(), departmentId],
    queryFn: ({ signal }) => fetchPeriods(departmentId, signal),
    enabled,
  });
}

/** Everything the planner grid draws. Always fresh: it changes under other planners' hands. */
export function usePlanner(periodId: string) {
  return useQuery({ queryKey: rotaQueryKeys.planner(periodId), queryFn: ({ signal }) => fetchPlanner(periodId, signal), staleTime: 0 });
}
